// The article pane: the sources of the item the reader clicked, and the article with the cited
// sentence highlighted from its character offsets. The article text is shown as text only.

import { clip, empty, fill, h } from "./dom.js";
import { getJSON } from "./api.js";

export class ArticlePane {
  constructor(root) {
    this.root = root;
    this.sources = root.querySelector("#sources");
    this.body = root.querySelector("#article");
    this.heading = root.querySelector("#article-heading");
    this.back = root.querySelector("#article-back");
    this.cache = new Map();
    this.opener = null;
    this.back.addEventListener("click", () => this.opener?.focus());
  }

  /** Show the citations of an item and open the first; focus returns to `opener` on Back. */
  show(citations, label, opener) {
    this.opener = opener instanceof Element ? opener : null;
    this.back.hidden = !this.opener;
    const buttons = citations.map((c) =>
      h("button", { type: "button", class: "cite", on: { click: (e) => this.open(c, e.currentTarget) } },
        h("span", { class: "src" }, `${c.doc}${c.published_on ? ` · ${c.published_on}` : ""}`),
        ` “${clip(c.sentence || "", 110)}”`));
    fill(this.sources,
      h("p", { class: "for" }, "Sources for: ", h("strong", {}, label)),
      citations.length ? h("ol", {}, buttons.map((b) => h("li", {}, b)))
        : empty("This item carries no citation."));
    if (citations.length) this.open(citations[0], buttons[0]);
  }

  async open(citation, button) {
    for (const other of this.sources.querySelectorAll("button[aria-current]")) {
      other.removeAttribute("aria-current");
    }
    button?.setAttribute("aria-current", "true");
    fill(this.body, empty(`Opening ${citation.doc}…`));
    let article;
    try {
      if (!this.cache.has(citation.doc)) {
        this.cache.set(citation.doc, await getJSON(`articles/${encodeURIComponent(citation.doc)}`));
      }
      article = this.cache.get(citation.doc);
    } catch (error) {
      fill(this.body, h("p", { class: "error" }, `Could not open ${citation.doc}: ${error.message}`));
      return;
    }
    this.render(article, citation);
  }

  render(article, citation) {
    const text = article.text || "";
    const span = locate(text, citation);
    const content = h("div", { class: "article-text", tabindex: "0",
      "aria-label": "Article text" });
    let mark = null;
    if (span) {
      mark = h("mark", { class: "cited" }, text.slice(span[0], span[1]));
      content.append(text.slice(0, span[0]), mark, text.slice(span[1]));
    } else {
      content.append(text);
    }
    fill(this.body,
      h("h3", {}, article.title || article.id),
      h("p", { class: "meta" }, [article.id, article.published_on, article.source]
        .filter(Boolean).join(" · ")),
      article.url ? h("p", { class: "meta url" }, "Original address (not opened): ",
        h("span", {}, article.url)) : null,
      article.copies?.length ? h("p", { class: "meta" }, `Also published as: ${
        article.copies.join(", ")}`) : null,
      span ? null : h("p", { class: "error" }, "The cited sentence is not at its offsets in the " +
        `stored text: “${citation.sentence}”`),
      content);
    this.heading.focus({ preventScroll: true });
    this.root.scrollIntoView({ block: "start" });
    if (mark) {
      content.scrollTop = Math.max(0, mark.offsetTop - content.offsetTop - 40);
      mark.scrollIntoView({ block: "nearest" });
    }
  }
}

/** [start, end] of the cited sentence in JS string units, or null when it cannot be found. */
export function locate(text, citation) {
  const sentence = (citation.sentence || "").trim();
  const [start, end] = codeUnits(text, citation.start, citation.end);
  const slice = text.slice(start, end);
  if (!Number.isInteger(start) || slice.trim() !== sentence) {
    const at = sentence ? text.indexOf(sentence) : -1;
    return at < 0 ? null : [at, at + sentence.length];
  }
  const lead = slice.length - slice.trimStart().length;
  const trail = slice.length - slice.trimEnd().length;
  return [start + lead, end - trail];
}

// The API counts characters (code points); JavaScript strings count UTF-16 units.
function codeUnits(text, start, end) {
  if (!/[\uD800-\uDFFF]/.test(text)) return [start, end];
  const points = Array.from(text);
  const units = (n) => points.slice(0, n).join("").length;
  return [units(start), units(end)];
}
