// Building the page's DOM. Every string from the API or an article is untrusted: it only ever
// becomes a text node or an attribute value here, never markup. With the page's
// Content-Security-Policy (require-trusted-types-for 'script') the browser also refuses any
// string assigned to innerHTML, so a slip elsewhere fails loudly instead of running code.

const SVG_NS = "http://www.w3.org/2000/svg";

function assign(node, props) {
  for (const [name, value] of Object.entries(props || {})) {
    if (value === undefined || value === null || value === false) continue;
    if (name === "text") node.textContent = String(value);
    else if (name === "on") {
      for (const [type, listener] of Object.entries(value)) node.addEventListener(type, listener);
    } else if (/^on/i.test(name) || name === "style" || name === "srcdoc") {
      throw new Error(`refusing to set ${name} as an attribute`);
    } else if (name === "href" && !String(value).startsWith("#")) {
      throw new Error("links only go to views inside this page");
    } else node.setAttribute(name, value === true ? "" : String(value));
  }
  return node;
}

function append(node, children) {
  for (const child of children.flat(Infinity)) {
    if (child === undefined || child === null || child === false) continue;
    node.append(typeof child === "string" || typeof child === "number" ? String(child) : child);
  }
  return node;
}

/** An HTML element: h("button", {class: "x", on: {click}}, "label", child...). */
export function h(tag, props, ...children) {
  return append(assign(document.createElement(tag), props), children);
}

/** An SVG element, built the same way. */
export function s(tag, props, ...children) {
  return append(assign(document.createElementNS(SVG_NS, tag), props), children);
}

/** Make an SVG shape act as a button: focusable, labelled, Enter and Space activate it. */
export function actionable(node, label, action) {
  node.setAttribute("tabindex", "0");
  node.setAttribute("role", "button");
  node.setAttribute("aria-label", label);
  node.classList.add("action");
  node.append(s("title", { text: label }));
  node.addEventListener("click", action);
  node.addEventListener("keydown", (event) => {
    if (event.key === "Enter" || event.key === " ") {
      event.preventDefault();
      action(event);
    }
  });
  return node;
}

/** Replace a container's content. */
export function fill(container, ...children) {
  container.replaceChildren();
  return append(container, children);
}

/** A short message in place of a view that has nothing to show. */
export function empty(text) {
  return h("p", { class: "empty" }, text);
}

/** Shorten long text for labels (the full text stays in the title or the article view). */
export function clip(text, length) {
  const clean = String(text).replace(/\s+/g, " ").trim();
  return clean.length > length ? `${clean.slice(0, length - 1).trimEnd()}…` : clean;
}
