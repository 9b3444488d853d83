// What the page says about the API's items: labels, colours, figures with their hedges, and
// the citations behind each item (article id, character offsets, the sentence).

import { dateRange } from "./time.js";

// The order of diplograph's EVENT_TYPES; colours from the Okabe-Ito palette (colour-blind safe).
const TYPES = ["AGREE", "CONSULT", "SUPPORT", "CONCEDE", "COOPERATE", "AID", "RETREAT",
  "REQUEST", "ACCUSE", "REJECT", "THREATEN", "PROTEST", "SANCTION", "MOBILIZE", "COERCE", "ASSAULT"];
const PALETTE = ["#0072b2", "#d55e00", "#009e73", "#cc79a7", "#e69f00", "#56b4e9", "#8a6d00",
  "#7a4d9c", "#b8341c", "#555555"];

export const INDICATORS = [
  { id: "trade_turnover", title: "Trade turnover", pair: (o, i) => `${o}–${i}` },
  { id: "exports", title: "Exports", pair: (o, i) => `${o} exports to ${i}` },
  { id: "imports", title: "Imports", pair: (o, i) => `${o} imports from ${i}` },
  { id: "investment_stock", title: "Investment", pair: (o, i) => `${o} investment in ${i}` },
  { id: "companies", title: "Companies", pair: (o, i) => `${o} companies in ${i}` },
];

export const HEDGES = {
  more_than: { word: "over", mark: "▲", hint: "at least this much (a floor)" },
  less_than: { word: "under", mark: "▼", hint: "at most this much (a ceiling)" },
  about: { word: "about", mark: "≈", hint: "an approximate value" },
  exact: { word: "", mark: "●", hint: "stated exactly" },
};

export function typeColor(type) {
  const index = TYPES.indexOf(type);
  return PALETTE[(index < 0 ? TYPES.length : index) % PALETTE.length];
}

export function typeOrder(type) {
  const index = TYPES.indexOf(type);
  return index < 0 ? TYPES.length : index;
}

/** "CONSULT/meet" */
export function kind(event) {
  return event.mode ? `${event.type}/${event.mode}` : event.type;
}

/** Who and where: "Kassym-Jomart Tokayev – Emmanuel Macron, Paris". */
export function eventLabel(event) {
  const who = event.people.length ? event.people.join(" – ") : event.countries.join(" – ");
  return event.place ? `${who}, ${event.place}` : who;
}

/** The date as reported, or what is known when there is none. */
export function eventWhen(event) {
  if (event.date) return event.date;
  const reported = [...new Set(event.sources.map((c) => c.published_on).filter(Boolean))];
  const prefix = event.status === "planned" ? "planned, no date" : "no date";
  return reported.length ? `${prefix} (reported ${reported.join(", ")})` : prefix;
}

/** Each event with its date range (null when undated) and a stable key. */
export function withRanges(events) {
  return events.map((event, index) => ({
    ...event,
    key: `${event.status}-${index}`,
    range: dateRange(event.date),
  }));
}

/** The citations of an event or a figure: {doc, start, end, sentence, published_on}. */
export function citationsOf(item) {
  return (item.sources || []).map((c) => ({ ...c }));
}

/** The citation of one step of an agreement's lifecycle. */
export function stepCitation(step) {
  return {
    doc: step.article_id,
    start: step.start,
    end: step.end,
    sentence: step.sentence,
    published_on: step.reported_on,
  };
}

const compact = new Intl.NumberFormat("en", { notation: "compact", maximumFractionDigits: 1 });

/** A number in its unit: "$50B", "170", "60%", "EUR 2.1B". */
export function amount(value, unit) {
  const number = compact.format(value);
  if (unit === "USD") return `$${number}`;
  if (unit === "count" || unit === "rank" || !unit) return number;
  if (unit === "percent") return `${number}%`;
  return `${unit} ${number}`;
}

/** A figure as reported, its hedge in words: "over $50B". */
export function figureValue(obs) {
  const hedge = HEDGES[obs.qualifier];
  const text = amount(obs.value, obs.unit);
  return hedge && hedge.word ? `${hedge.word} ${text}` : text;
}

/** The span a figure stands for: its period, else the date it was reported as of. */
export function figureRange(obs) {
  return dateRange(obs.period) || dateRange(obs.as_of);
}

/** Items that are the same observation, asked for in both directions, kept once. */
export function uniqueFigures(figures) {
  const seen = new Set();
  return figures.filter((obs) => {
    const key = JSON.stringify([obs.indicator, obs.of, obs.in, obs.period, obs.value,
      obs.unit, obs.qualifier, obs.status]);
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}

/** "head_of_state" -> "head of state". */
export function words(id) {
  return String(id).replace(/_/g, " ");
}
