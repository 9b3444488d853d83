// The search box: "Search" lists the sentences that match (BM25 over every stored sentence);
// "Ask" answers a question in English with its date and citations. Each result opens the
// article with the sentence highlighted.

import { getJSON } from "./api.js";
import { clip, empty, fill, h } from "./dom.js";

/** view: {announce(text), cite(citations, label)} */
export function renderSearch(form, results, view) {
  const body = results.querySelector("#results-body");
  const close = results.querySelector("#results-close");
  close.addEventListener("click", () => {
    results.hidden = true;
    form.querySelector("input").focus();
  });
  form.addEventListener("submit", async (event) => {
    event.preventDefault();
    const q = form.querySelector("input").value.trim();
    if (!q) return;
    const asking = event.submitter?.value === "ask";
    results.hidden = false;
    fill(body, empty(asking ? "Asking…" : "Searching…"));
    try {
      if (asking) showAnswer(body, q, await getJSON("ask", { q }), view);
      else showHits(body, q, (await getJSON("search", { q, limit: 20 })).items, view);
    } catch (error) {
      fill(body, h("p", { class: "error" }, error.message));
      view.announce(error.message);
    }
  });
}

function citationButton(citation, label, view) {
  return h("button", { type: "button", class: "cite",
    on: { click: () => view.cite([citation], label) } },
  h("span", { class: "src" }, `${citation.doc}${citation.published_on ? ` · ${
    citation.published_on}` : ""}`), ` ${clip(citation.sentence, 220)}`);
}

function showHits(body, q, hits, view) {
  const count = `${hits.length} sentence${hits.length === 1 ? "" : "s"} for “${q}”`;
  view.announce(count);
  fill(body, h("p", { class: "meta" }, count),
    hits.length ? h("ol", { class: "hits" }, hits.map((hit) =>
      h("li", {}, citationButton(hit, `search “${q}”`, view)))) : null);
}

function showAnswer(body, q, answer, view) {
  const text = answer.answer || "No answer in the stored articles.";
  view.announce(text);
  const cited = (list, label) => h("ol", { class: "hits" }, list.map((c) =>
    h("li", {}, citationButton(c, label, view))));
  const related = answer.related?.length
    ? [h("p", { class: "meta" }, "Related sentences (not an answer):"),
      cited(answer.related, `related to “${q}”`)]
    : [];
  fill(body, h("p", { class: "answer" }, h("strong", {}, text)),
    answer.sources?.length ? cited(answer.sources, `answer to “${q}”`)
      : empty(answer.found === false ? "No answer in the graph." : "No citation."),
    ...related);
}
