// Each indicator between the pair over time: one small chart per indicator (units differ),
// one line per direction, the hedge of each figure drawn on its point (a floor points up, a
// ceiling down, an approximation is ringed) and conflicting figures ringed in red, side by side.

import { actionable, empty, fill, h, s } from "./dom.js";
import { HEDGES, INDICATORS, amount, figureRange, figureValue } from "./model.js";
import { inWindow, scale, ticks } from "./time.js";

const HEIGHT = 180;
const PAD = { left: 52, right: 14, top: 20, bottom: 26 };
const SIDE_COLOURS = ["#0072b2", "#d55e00", "#6b6b6b"];

/** At most LIST_MOST figures per indicator are listed (the latest); all are on its chart. */
const LIST_MOST = 200;

/** view: {figures, a, b, domain, window, width, onOpen(obs)}; `width` is the container's,
 *  measured before the page changes. */
export function renderFigures(container, view) {
  const width = view.width || container.clientWidth || 800;
  const columns = width >= 680 ? 2 : 1;
  const panelWidth = Math.floor((width - (columns - 1) * 16) / columns);
  const panels = [];
  const missing = [];
  for (const indicator of INDICATORS) {
    const all = view.figures
      .filter((o) => o.indicator === indicator.id)
      .map((o) => ({ ...o, range: figureRange(o) }));
    if (!all.length) missing.push(indicator.title.toLowerCase());
    else panels.push(drawPanel(indicator, all, panelWidth, view));
  }
  fill(
    container,
    panels.length ? h("div", { class: "figure-grid" }, panels) : null,
    missing.length
      ? empty(`No figures reported between ${view.a} and ${view.b} for: ${missing.join(", ")}.`)
      : null,
  );
}

function drawPanel(indicator, all, width, view) {
  const inside = all.filter((o) => inWindow(o.range, view.window));
  const hidden = all.length - inside.length;
  return h(
    "section",
    { class: "figure-panel", "aria-label": indicator.title },
    h("h3", {}, indicator.title),
    inside.length ? drawChart(indicator, inside, width, view) : null,
    h("ul", { class: "figure-list" },
      inside.slice(-LIST_MOST).map((obs) => figureItem(indicator, obs, view))),
    inside.length > LIST_MOST ? empty(`${(inside.length - LIST_MOST).toLocaleString("en")} ${
      ""}earlier figures in the window are on the chart only.`) : null,
    hidden ? empty(`${hidden} figure${hidden > 1 ? "s" : ""} outside the window.`) : null,
  );
}

function sideOf(obs, view) {
  if (obs.indicator === "trade_turnover") return 0;
  if (obs.of === view.a) return 0;
  return obs.of === view.b ? 1 : 2;
}

function niceMax(value) {
  if (!(value > 0)) return 1;
  const power = 10 ** Math.floor(Math.log10(value));
  const step = [1, 1.5, 2, 2.5, 3, 4, 5, 6, 8, 10].find((m) => m * power >= value);
  return step * power;
}

function drawChart(indicator, figures, width, view) {
  const top = niceMax(Math.max(...figures.map((o) => o.value)) * 1.1);
  const x = scale(view.domain, PAD.left, width - PAD.right);
  const y = (value) => HEIGHT - PAD.bottom - (value / top) * (HEIGHT - PAD.top - PAD.bottom);
  const unit = figures[0].unit;
  const svg = s("svg", { class: "figure-svg", width, height: HEIGHT,
    viewBox: `0 0 ${width} ${HEIGHT}`, role: "group",
    "aria-label": `${indicator.title} over time; each point opens its citation` });
  for (const step of [0, 0.5, 1]) {
    svg.append(
      s("line", { class: "grid", x1: PAD.left, x2: width - PAD.right, y1: y(top * step),
        y2: y(top * step) }),
      s("text", { class: "tick", x: PAD.left - 6, y: y(top * step) + 4, "text-anchor": "end",
        text: amount(top * step, unit) }),
    );
  }
  for (const tick of ticks(view.domain, width - PAD.left - PAD.right)) {
    svg.append(s("text", { class: "tick", x: x(tick.at), y: HEIGHT - 8, "text-anchor": "middle",
      text: tick.label }));
  }
  const sides = new Map();
  for (const obs of figures) {
    const side = sideOf(obs, view);
    if (!sides.has(side)) sides.set(side, []);
    sides.get(side).push(obs);
  }
  for (const [side, points] of sides) {
    points.sort((p, q) => p.range.end - q.range.end);
    const group = s("g", { class: "series", color: SIDE_COLOURS[side] });
    for (let i = 1; i < points.length; i += 1) {
      const [p, q] = [points[i - 1], points[i]];
      if (Math.abs(x(q.range.end) - x(p.range.end)) < 1) continue; // side by side, never joined
      group.append(s("line", { class: "trend", x1: x(p.range.end), y1: y(p.value),
        x2: x(q.range.end), y2: y(q.value) }));
    }
    for (const obs of points) group.append(drawPoint(indicator, obs, x, y, view));
    svg.append(group);
  }
  return svg;
}

function drawPoint(indicator, obs, x, y, view) {
  const cx = x(obs.range.end);
  const cy = y(obs.value);
  const hedge = obs.qualifier in HEDGES ? obs.qualifier : "exact";
  const point = s("g", { class: `point ${hedge}${obs.conflict ? " conflict" : ""}` });
  const from = x(obs.range.start);
  if (cx - from > 4) {
    point.append(s("line", { class: "period", x1: from, x2: cx, y1: cy, y2: cy }));
  }
  if (obs.conflict) point.append(s("circle", { class: "conflict-ring", cx, cy, r: 11 }));
  if (hedge === "about") point.append(s("circle", { class: "about-ring", cx, cy, r: 9 }));
  if (hedge === "more_than") {
    point.append(s("path", { class: "hedge", d: `M${cx} ${cy - 6}V${cy - 15}M${cx - 4} ${cy - 11}L${cx} ${cy - 15}L${cx + 4} ${cy - 11}` }));
  }
  if (hedge === "less_than") {
    point.append(s("path", { class: "hedge", d: `M${cx} ${cy + 6}V${cy + 15}M${cx - 4} ${cy + 11}L${cx} ${cy + 15}L${cx + 4} ${cy + 11}` }));
  }
  point.append(s("circle", { class: "dot", cx, cy, r: 4.5 }));
  return actionable(point, `${describe(indicator, obs)}. Open the citation.`, () =>
    view.onOpen(obs, describe(indicator, obs)),
  );
}

function describe(indicator, obs) {
  const when = obs.period ? `for ${obs.period}` : `as of ${obs.as_of}`;
  const hedge = HEDGES[obs.qualifier];
  const note = hedge && hedge.word ? ` (${hedge.hint})` : "";
  const conflict = obs.conflict ? "; conflicts with another figure for the same period" : "";
  const target = obs.status === "target" ? "target: " : "";
  return `${indicator.title}, ${indicator.pair(obs.of, obs.in)}: ${target}${figureValue(obs)} ${
    when}${note}${conflict}`;
}

function figureItem(indicator, obs, view) {
  const hedge = HEDGES[obs.qualifier] || HEDGES.exact;
  const docs = [...new Set(obs.sources.map((c) => c.doc))];
  return h(
    "li",
    { class: obs.conflict ? "conflict" : null },
    h(
      "button",
      { type: "button", class: "cite", title: describe(indicator, obs),
        on: { click: () => view.onOpen(obs, describe(indicator, obs)) } },
      h("span", { class: `glyph side-${sideOf(obs, view)}`, "aria-hidden": "true" }, hedge.mark),
      h("strong", { class: "value" }, figureValue(obs)),
      h("span", { class: "what" }, indicator.pair(obs.of, obs.in)),
      h("span", { class: "when" }, obs.period ? obs.period : `as of ${obs.as_of}`),
      obs.conflict ? h("span", { class: "badge conflict" }, "conflict") : null,
      h("span", { class: "src" }, docs.length ? `[${docs.join(", ")}]` : "[no source]"),
    ),
  );
}
