// The analysts' page: pick two countries; the timeline, figures, network, people and
// agreements follow, all filtered by the window brushed on the timeline's axis. Every item
// opens its citations in the article pane.

import { getAll, getJSON, getTimeline } from "./api.js";
import { ArticlePane } from "./article.js";
import { fill, h, s } from "./dom.js";
import { renderFigures } from "./figures.js";
import {
  INDICATORS, citationsOf, eventLabel, eventWhen, figureRange, kind, typeColor, typeOrder,
  uniqueFigures, withRanges,
} from "./model.js";
import { renderNetwork } from "./network.js";
import { renderAgreements, renderPeople } from "./panels.js";
import { renderSearch } from "./search.js";
import { extent, inWindow, isoDay, parseDay } from "./time.js";
import { renderTimeline } from "./timeline.js";

const $ = (id) => document.getElementById(id);

const state = {
  a: null,
  b: null,
  events: [],
  figures: [],
  agreements: [],
  identities: new Map(),
  offices: new Map(),
  hiddenTypes: new Set(),
  selected: null,
  window: null,
  domain: null,
  cards: new Map(),
  loading: 0,
};

const pane = new ArticlePane($("article-pane"));

function announce(text) {
  $("announce").textContent = text;
}

function cite(citations, label) {
  pane.show(citations, label, document.activeElement);
}

function openEvent(event) {
  state.selected = event.key;
  markSelected();
  cite(citationsOf(event), `${kind(event)} ${eventLabel(event)}, ${eventWhen(event)}`);
}

/** The event whose sources are open, marked on the timeline and in its list. */
function markSelected() {
  for (const node of document.querySelectorAll("#timeline-section [data-key]")) {
    node.classList.toggle("selected", node.dataset.key === state.selected);
  }
}

function countryOf(name) {
  return state.identities.get(name)?.country || null;
}

function offices(name) {
  if (!state.offices.has(name)) {
    state.offices.set(name, getJSON("role-of", { name }).then((answer) => answer.items));
  }
  return state.offices.get(name);
}

function showPerson(name) {
  const card = state.cards.get(name);
  if (!card) return;
  card.scrollIntoView({ block: "center" });
  card.focus();
  card.classList.remove("flash");
  void card.offsetWidth; // restart the highlight animation
  card.classList.add("flash");
}

function setWindow(window) {
  state.window = window && window.end > window.start ? window : null;
  writeHash();
  render();
}

/** Draw every view from the state: the pair's data, the chosen types and the window. */
function render() {
  if (!state.domain) return;
  // Widths first: reading one after the page has changed makes the browser lay it out again.
  const widths = { timeline: $("timeline-chart").clientWidth, figures: $("figures").clientWidth,
    network: $("network").clientWidth };
  const typed = state.events.filter((e) => !state.hiddenTypes.has(e.type));
  const inside = typed.filter((e) => inWindow(e.range, state.window));
  $("from").value = state.window ? isoDay(state.window.start) : "";
  $("to").value = state.window ? isoDay(state.window.end) : "";
  $("clear-window").disabled = !state.window;
  renderTimeline($("timeline-chart"), { occurred: $("occurred"), planned: $("planned") }, {
    events: typed, domain: state.domain, window: state.window, width: widths.timeline,
    onBrush: setWindow,
    onOpen: openEvent,
  });
  renderFigures($("figures"), {
    figures: state.figures, a: state.a, b: state.b, window: state.window, width: widths.figures,
    domain: state.window || state.domain, onOpen: (obs, label) => cite(citationsOf(obs), label),
  });
  renderNetwork($("network"), $("edges"), {
    events: inside, a: state.a, b: state.b, countryOf, width: widths.network,
    onEdge: (edge, label) => cite(edge.events.flatMap(citationsOf), label), onPerson: showPerson,
  });
  state.cards = renderPeople($("people"), {
    events: inside, identityOf: (name) => state.identities.get(name), offices, onCite: cite,
  });
  renderAgreements($("agreements"), {
    agreements: state.agreements, a: state.a, b: state.b, window: state.window, onCite: cite,
  });
  markSelected();
  const planned = inside.filter((e) => e.status === "planned").length;
  const span = state.window
    ? `from ${isoDay(state.window.start)} to ${isoDay(state.window.end)}`
    : "over the whole period";
  announce(`${state.a} and ${state.b}: ${inside.length - planned} events and ${planned} planned ${
    span}.`);
}

function renderTypeFilter() {
  const counts = new Map();
  for (const event of state.events) counts.set(event.type, (counts.get(event.type) || 0) + 1);
  const types = [...counts.keys()].sort((p, q) => typeOrder(p) - typeOrder(q));
  const box = $("type-filter");
  fill(box, h("legend", {}, "Event types"), types.map((type) => {
    const input = h("input", { type: "checkbox", value: type,
      checked: !state.hiddenTypes.has(type), on: { change: (e) => {
        if (e.target.checked) state.hiddenTypes.delete(type);
        else state.hiddenTypes.add(type);
        render();
      } } });
    return h("label", { class: "type" }, input,
      s("svg", { class: "swatch", width: 12, height: 12, "aria-hidden": "true",
        color: typeColor(type) }, s("circle", { cx: 6, cy: 6, r: 5 })),
      ` ${type} (${counts.get(type)})`);
  }));
}

async function loadPair() {
  const { a, b } = state;
  if (!a || !b) return;
  if (a === b) {
    announce("Choose two different countries.");
    return;
  }
  const ticket = ++state.loading;
  document.body.setAttribute("aria-busy", "true");
  announce(`Loading ${a} and ${b}…`);
  try {
    const series = INDICATORS.flatMap((indicator) => [[a, b], [b, a]].map(([one, two]) =>
      getAll("series", { indicator: indicator.id, a: one, b: two })));
    const [timeline, ...figures] = await Promise.all([getTimeline(a, b), ...series]);
    if (ticket !== state.loading) return; // a newer choice is loading
    state.events = withRanges([...timeline.occurred, ...timeline.planned]);
    showCut(timeline);
    state.selected = null;
    state.figures = uniqueFigures(figures.flat());
    state.domain = extent([...state.events.map((e) => e.range),
      ...state.figures.map(figureRange)]) || extent([{ start: Date.now(), end: Date.now() }]);
    renderTypeFilter();
    writeHash();
    render();
  } catch (error) {
    fill($("timeline-chart"), h("p", { class: "error" }, `Could not load ${a} and ${b}: ${
      error.message}`));
    announce(`Could not load ${a} and ${b}.`);
  } finally {
    if (ticket === state.loading) document.body.removeAttribute("aria-busy");
  }
}

/** Say so when the page holds only part of a long timeline (the oldest events of each list). */
function showCut(timeline) {
  const cut = ["occurred", "planned"].filter((list) => timeline[list].length < timeline.total[list])
    .map((list) => `the first ${timeline[list].length.toLocaleString("en")} of ${
      timeline.total[list].toLocaleString("en")} ${list} events`);
  $("timeline-cut").hidden = !cut.length;
  $("timeline-cut").textContent = cut.length
    ? `Showing ${cut.join(" and ")}; the API pages through all of them (api/timeline).` : "";
}

function readHash() {
  const params = new URLSearchParams(location.hash.slice(1));
  const from = parseDay(params.get("from") || "", false);
  const to = parseDay(params.get("to") || "", true);
  return { a: params.get("a"), b: params.get("b"),
    window: from !== null && to !== null && to > from ? { start: from, end: to } : null };
}

function writeHash() {
  const params = new URLSearchParams({ a: state.a, b: state.b });
  if (state.window) {
    params.set("from", isoDay(state.window.start));
    params.set("to", isoDay(state.window.end));
  }
  history.replaceState(null, "", `#${params}`);
}

/** The picker's countries ([code, name, reports]) and the busiest pair, busier country first
 *  ("KAZ and FRA" on a Kazakhstan desk's store), from /api/countries. */
function countriesOf(answer) {
  const countries = answer.items.map((c) => [c.code, c.name, c.events]);
  const counts = new Map(countries.map(([code, , count]) => [code, count]));
  const pair = answer.pairs.length ? [answer.pairs[0].a, answer.pairs[0].b] : [];
  pair.sort((p, q) => counts.get(q) - counts.get(p) || p.localeCompare(q));
  return { countries, busiest: pair };
}

function fillCountries(countries) {
  const named = [...countries].sort((p, q) => p[1].localeCompare(q[1]));
  for (const select of [$("country-a"), $("country-b")]) {
    fill(select, named.map(([code, name, count]) => h("option", { value: code },
      `${name === code ? code : `${name} (${code})`} · ${count} event report${
        count > 1 ? "s" : ""}`)));
  }
}

function wireControls() {
  const choose = () => {
    state.a = $("country-a").value;
    state.b = $("country-b").value;
    state.window = null;
    loadPair();
  };
  $("country-a").addEventListener("change", choose);
  $("country-b").addEventListener("change", choose);
  $("swap").addEventListener("click", () => {
    [$("country-a").value, $("country-b").value] = [state.b, state.a];
    choose();
  });
  const fromInputs = () => {
    if (!state.domain) return;
    const from = parseDay($("from").value, false);
    const to = parseDay($("to").value, true);
    if (from === null && to === null) setWindow(null);
    else setWindow({ start: from ?? state.domain.start, end: to ?? state.domain.end });
  };
  $("from").addEventListener("change", fromInputs);
  $("to").addEventListener("change", fromInputs);
  $("clear-window").addEventListener("click", () => setWindow(null));
  let width = window.innerWidth;
  let timer = null;
  window.addEventListener("resize", () => {
    clearTimeout(timer);
    timer = setTimeout(() => {
      if (window.innerWidth !== width) {
        width = window.innerWidth;
        render();
      }
    }, 150);
  });
  renderSearch($("search-form"), $("results"), { announce, cite });
}

async function start() {
  wireControls();
  try {
    const [status, countries, people, agreements] = await Promise.all([
      getJSON("status"), getJSON("countries", { pairs: 1 }), getAll("people"),
      getAll("agreements"),
    ]);
    $("store-status").textContent = `${status.articles} articles · ${status.events} events · ${
      status.facts} figures · ${status.people} people`;
    for (const identity of people) {
      for (const name of [identity.name, ...Object.keys(identity.spellings)]) {
        state.identities.set(name, identity);
      }
    }
    state.agreements = agreements;
    const { countries: choices, busiest } = countriesOf(countries);
    if (!choices.length) {
      fill($("timeline-chart"), h("p", { class: "empty" },
        "This store holds no events yet: ingest some articles (diplograph ingest PATH)."));
      return;
    }
    fillCountries(choices);
    const wanted = readHash();
    const known = new Set(choices.map(([code]) => code));
    const [a, b] = known.has(wanted.a) && known.has(wanted.b) ? [wanted.a, wanted.b]
      : busiest.length ? busiest : [choices[0][0], choices.at(-1)[0]];
    [state.a, state.b] = [a, b];
    [$("country-a").value, $("country-b").value] = [a, b];
    state.window = wanted.window;
    await loadPair();
  } catch (error) {
    fill($("timeline-chart"), h("p", { class: "error" }, `Could not read the store: ${
      error.message}`));
  }
}

start();
