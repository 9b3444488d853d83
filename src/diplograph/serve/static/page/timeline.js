// The pair's timeline: one lane per event type, occurred events solid, planned ones hollow
// (undated planned events in a column of their own), and a brush: dragging across the axis
// sets the date window every other view follows.

import { actionable, clip, empty, fill, h, s } from "./dom.js";
import { eventLabel, eventWhen, kind, typeColor, typeOrder } from "./model.js";
import { inWindow, scale, ticks } from "./time.js";

const LANE = 34;
const TOP = 10;
const AXIS = 40;

/**
 * Draw the timeline into `chart` and the two lists into `lists`.
 * view: {events, domain, window, width, onBrush(window | null), onOpen(event)}; `width` is
 * the chart's, measured before the page changes (reading it later forces a layout).
 */
export function renderTimeline(chart, lists, view) {
  const shown = view.events;
  if (!shown.length) {
    fill(chart, empty("No events between these two countries (or none of the chosen types)."));
    fill(lists.occurred);
    fill(lists.planned);
    return;
  }
  fill(chart, drawChart(view.width || chart.clientWidth || 800, view));
  const inside = shown.filter((e) => inWindow(e.range, view.window));
  renderList(lists.occurred, inside.filter((e) => e.status !== "planned"), view.onOpen,
    "No event in this window.");
  renderList(lists.planned, inside.filter((e) => e.status === "planned"), view.onOpen,
    "No planned event reported in this window.");
}

function drawChart(width, view) {
  const types = [...new Set(view.events.map((e) => e.type))].sort(
    (p, q) => typeOrder(p) - typeOrder(q),
  );
  const undated = view.events.filter((e) => !e.range);
  const left = width < 500 ? 70 : 92;
  const right = width - (undated.length ? 64 : 14);
  const axisY = TOP + types.length * LANE;
  const height = axisY + AXIS;
  const x = scale(view.domain, left, right);
  const svg = s("svg", {
    class: "timeline-svg",
    width,
    height,
    viewBox: `0 0 ${width} ${height}`,
    role: "group",
    "aria-label": "Timeline of events; drag across the axis to choose a window",
  });

  types.forEach((type, row) => {
    const y = TOP + row * LANE;
    svg.append(
      s("rect", { class: "lane", x: left, y, width: right - left, height: LANE }),
      s("text", { class: "lane-label", x: left - 8, y: y + LANE / 2 + 4, "text-anchor": "end",
        text: type }),
    );
  });
  const area = s("rect", { class: "brush-area", x: left, y: TOP, width: right - left,
    height: axisY - TOP + AXIS - 4 });
  svg.append(area);
  svg.append(drawAxis(x, view.domain, axisY, right - left));
  if (view.window) {
    const from = Math.max(left, x(view.window.start));
    const to = Math.min(right, x(view.window.end));
    if (to > from) {
      svg.append(s("rect", { class: "window", x: from, y: TOP, width: to - from,
        height: axisY - TOP + 22 }));
    }
  }
  svg.append(drawMarks(view, types, x, right));
  addBrush(svg, area, x, { left, right, top: TOP, height: axisY - TOP + 22 }, view.onBrush);
  return svg;
}

function drawAxis(x, domain, axisY, span) {
  const axis = s("g", { class: "axis" });
  axis.append(s("line", { x1: x(domain.start), x2: x(domain.end), y1: axisY, y2: axisY }));
  for (const tick of ticks(domain, span)) {
    const at = x(tick.at);
    axis.append(
      s("line", { x1: at, x2: at, y1: axisY, y2: axisY + 5 }),
      s("text", { x: at, y: axisY + 18, "text-anchor": "middle", text: tick.label }),
    );
  }
  axis.append(s("text", { class: "hint", x: x(domain.end), y: axisY + 34, "text-anchor": "end",
    text: "drag to choose a window" }));
  return axis;
}

function drawMarks(view, types, x, right) {
  const marks = s("g", { class: "marks" });
  const lastX = new Map();
  const dated = view.events.filter((e) => e.range).sort((p, q) => p.range.mid - q.range.mid);
  const undated = view.events.filter((e) => !e.range);
  for (const event of [...dated, ...undated]) {
    const row = types.indexOf(event.type);
    const cx = event.range ? x(event.range.mid) : right + 30;
    // Marks that would overlap in a lane step up and down around its middle.
    const near = lastX.get(row);
    const level = near && Math.abs(cx - near.x) < 11 ? near.level + 1 : 0;
    lastX.set(row, { x: cx, level });
    const cy = TOP + row * LANE + LANE / 2 + [0, -8, 8, -4, 4][level % 5];
    marks.append(drawMark(event, cx, cy, x, view));
  }
  if (undated.length) {
    marks.append(s("text", { class: "lane-label", x: right + 30, y: TOP - 1,
      "text-anchor": "middle", text: "no date" }));
  }
  return marks;
}

function drawMark(event, cx, cy, x, view) {
  const planned = event.status === "planned";
  const outside = !inWindow(event.range, view.window);
  const group = s("g", {
    class: `mark ${planned ? "planned" : "occurred"}${outside ? " outside" : ""}`,
    color: typeColor(event.type),
    "data-key": event.key,
  });
  if (event.range) {
    const from = x(event.range.start);
    const to = x(event.range.end);
    if (to - from > 4) {
      group.append(s("rect", { class: "span", x: from, y: cy - 2, width: to - from, height: 4 }));
    }
  }
  group.append(s("circle", { cx, cy, r: 6.5 }));
  const label = `${planned ? "Planned" : "Occurred"}: ${kind(event)} ${eventLabel(event)}, ${
    eventWhen(event)}. Open the citation.`;
  return actionable(group, label, () => view.onOpen(event));
}

function addBrush(svg, area, x, box, onBrush) {
  let startX = null;
  let band = null;
  const at = (event) => {
    const rect = svg.getBoundingClientRect();
    return Math.min(box.right, Math.max(box.left, event.clientX - rect.left));
  };
  area.addEventListener("pointerdown", (event) => {
    startX = at(event);
    area.setPointerCapture(event.pointerId);
    band = s("rect", { class: "window drawing", x: startX, y: box.top, width: 0,
      height: box.height });
    svg.append(band);
  });
  area.addEventListener("pointermove", (event) => {
    if (startX === null) return;
    const now = at(event);
    band.setAttribute("x", Math.min(startX, now));
    band.setAttribute("width", Math.abs(now - startX));
  });
  const finish = (event) => {
    if (startX === null) return;
    const now = at(event);
    const [from, to] = [Math.min(startX, now), Math.max(startX, now)];
    startX = null;
    band.remove();
    onBrush(to - from < 4 ? null : { start: x.invert(from), end: x.invert(to) });
  };
  area.addEventListener("pointerup", finish);
  area.addEventListener("pointercancel", () => {
    startX = null;
    band?.remove();
  });
}

/** At most LIST_MOST events are listed (the latest in the window): every event stays on the
 *  chart, and a long list would only slow the page down. */
const LIST_MOST = 500;

function renderList(list, events, onOpen, none) {
  if (!events.length) {
    fill(list, h("li", { class: "empty" }, none));
    return;
  }
  const more = Math.max(0, events.length - LIST_MOST);
  fill(
    list,
    more ? h("li", { class: "empty" }, `${more.toLocaleString("en")} earlier event${
      more > 1 ? "s" : ""} in this window are on the chart only: drag across the axis to narrow ${
      ""}the window.`) : null,
    events.slice(more).map((event) =>
      h(
        "li",
        { class: event.status === "planned" ? "planned" : "occurred" },
        h(
          "button",
          { type: "button", class: "cite", "data-key": event.key, on: { click: () => onOpen(event) } },
          s("svg", { class: "swatch", width: 14, height: 14, "aria-hidden": "true",
            color: typeColor(event.type) }, s("circle", { cx: 7, cy: 7, r: 5 })),
          h("span", { class: "when" }, eventWhen(event)),
          h("span", { class: "what" }, `${kind(event)} `, h("strong", {}, eventLabel(event))),
          h("span", { class: "src" }, sourcesNote(event)),
        ),
      ),
    ),
  );
}

function sourcesNote(event) {
  const docs = [...new Set(event.sources.map((c) => c.doc))];
  const first = docs.length ? clip(docs[0], 28) : "no source";
  return docs.length > 1 ? `[${first} +${docs.length - 1}]` : `[${first}]`;
}
