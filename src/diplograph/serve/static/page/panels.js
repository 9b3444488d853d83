// The people in the window with their offices over time, and the pair's agreements with their
// lifecycles (each planned or signed mention, dated and cited).

import { empty, fill, h } from "./dom.js";
import { citationsOf, stepCitation, words } from "./model.js";
import { dateRange, inWindow } from "./time.js";

/**
 * view: {events, identityOf(name), offices(name) -> Promise<terms>, onCite(citations, label)}.
 * Returns the cards by name, so the network can bring one into view.
 */
export function renderPeople(container, view) {
  const events = new Map();
  for (const event of view.events) {
    for (const name of event.people) {
      if (!events.has(name)) events.set(name, []);
      events.get(name).push(event);
    }
  }
  const names = [...events.keys()].sort(
    (p, q) => events.get(q).length - events.get(p).length || p.localeCompare(q),
  );
  const cards = new Map();
  if (!names.length) {
    fill(container, empty("No person is named in the events of this window."));
    return cards;
  }
  fill(container, h("ul", { class: "cards" }, names.map((name) => {
    const card = personCard(name, events.get(name), view);
    cards.set(name, card);
    return h("li", {}, card);
  })));
  return cards;
}

function personCard(name, events, view) {
  const identity = view.identityOf(name);
  const offices = h("ul", { class: "offices" }, h("li", { class: "empty" }, "Looking up offices…"));
  const count = events.length;
  const citations = events.flatMap(citationsOf);
  const card = h(
    "article",
    { class: "person-card", tabindex: "-1" },
    h("h3", {}, name),
    h("p", { class: "meta" }, [
      identity?.country ? identity.country : "country unknown",
      identity?.roles?.length ? ` · named as ${identity.roles.map(words).join(", ")}` : "",
    ]),
    offices,
    h("button", { type: "button", class: "more", on: { click: () =>
      view.onCite(citations, `${name}: ${count} event${count > 1 ? "s" : ""} in the window`) } },
    `${count} event${count > 1 ? "s" : ""} in the window: sources`),
  );
  view.offices(name).then(
    (terms) => fill(offices, terms.length
      ? terms.map((t) => h("li", {}, h("strong", {}, words(t.role)), ` of ${t.country}, `,
        `${t.start || "?"} – ${t.end || "present"}`, h("span", { class: "src" }, ` (${t.source})`)))
      : h("li", { class: "empty" }, "No office on record for this name.")),
    (error) => fill(offices, h("li", { class: "error" }, `Offices unavailable: ${error.message}`)),
  );
  return card;
}

/** view: {agreements, a, b, window, onCite(citations, label)} */
export function renderAgreements(container, view) {
  const ours = view.agreements.filter((g) => g.parties.includes(view.a) &&
    g.parties.includes(view.b));
  const shown = ours
    .map((g) => ({ ...g, steps: g.steps.filter((step) => inWindow(stepRange(step), view.window)) }))
    .filter((g) => g.steps.length);
  if (!shown.length) {
    fill(container, empty(ours.length ? "No agreement step in this window."
      : `No agreement between ${view.a} and ${view.b} is reported.`));
    return;
  }
  fill(container, h("ul", { class: "cards" }, shown.map((g) => h("li", {}, agreementCard(g, view)))));
}

function stepRange(step) {
  return dateRange(step.date) || dateRange(step.reported_on);
}

function agreementCard(agreement, view) {
  return h(
    "article",
    { class: "agreement-card" },
    h("h3", {}, agreement.name, " ", h("span", { class: `badge ${agreement.status}` },
      agreement.status)),
    h("p", { class: "meta" }, `${agreement.parties.join(", ")} · first reported ${
      agreement.first_reported || "?"}, last ${agreement.last_reported || "?"}`),
    h("ol", { class: "lifecycle" }, agreement.steps.map((step) => {
      const when = step.date ? step.date : "no date";
      const label = `${agreement.name}: ${step.status}, ${when}, reported ${step.reported_on}`;
      return h("li", { class: step.status },
        h("button", { type: "button", class: "cite", on: { click: () =>
          view.onCite([stepCitation(step)], label) } },
        h("strong", {}, step.status), ` ${when}`,
        h("span", { class: "src" }, ` reported ${step.reported_on} [${step.article_id}]`)));
    })),
  );
}
