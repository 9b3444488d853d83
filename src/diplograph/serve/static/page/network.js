// Countries and people in the window, joined by the events between them. A fixed layout, the
// same for the same data: the two countries of the pair left and right, their people on arcs
// beside them, others above and below. Edge width grows with the number of events.

import { actionable, clip, empty, fill, h, s } from "./dom.js";

/** Nodes and weighted edges from events; `countryOf(name)` gives a person's country or null. */
export function buildNetwork(events, countryOf) {
  const nodes = new Map();
  const edges = new Map();
  const node = (id, kind, label, country) => {
    if (!nodes.has(id)) nodes.set(id, { id, kind, label, country, events: 0 });
    nodes.get(id).events += 1;
  };
  const link = (p, q, event) => {
    if (p === q) return;
    const [one, two] = p < q ? [p, q] : [q, p];
    const key = `${one}|${two}`;
    if (!edges.has(key)) edges.set(key, { key, one, two, events: [] });
    edges.get(key).events.push(event);
  };
  for (const event of events) {
    for (const code of event.countries) node(`c:${code}`, "country", code, code);
    for (const name of event.people) node(`p:${name}`, "person", name, countryOf(name));
    event.countries.forEach((p, i) => {
      for (const q of event.countries.slice(i + 1)) link(`c:${p}`, `c:${q}`, event);
    });
    if (event.people.length > 1) {
      event.people.forEach((p, i) => {
        for (const q of event.people.slice(i + 1)) link(`p:${p}`, `p:${q}`, event);
      });
    } else if (event.people.length === 1) {
      // One person named: a visit or a statement towards the other country.
      const [person] = event.people;
      const home = countryOf(person);
      for (const code of event.countries) {
        if (code !== home) link(`p:${person}`, `c:${code}`, event);
      }
    }
  }
  return { nodes: [...nodes.values()], edges: [...edges.values()] };
}

function arc(group, centre, radii, positions) {
  const span = Math.min(Math.PI * 0.8, group.length * 0.55);
  group.forEach((n, i) => {
    const t = group.length === 1 ? 0 : i / (group.length - 1) - 0.5;
    const angle = centre + t * span;
    positions.set(n.id, { x: radii.cx + radii.rx * Math.cos(angle),
      y: radii.cy + radii.ry * Math.sin(angle), angle });
  });
}

/** Where each node goes, and the height that leaves room for the largest group of people. */
function layout(network, a, b, width) {
  const byName = (p, q) => p.label.localeCompare(q.label);
  const people = network.nodes.filter((n) => n.kind === "person").sort(byName);
  const others = network.nodes.filter((n) => n.kind === "country" && n.label !== a &&
    n.label !== b).sort(byName);
  const left = people.filter((n) => n.country === a);
  const right = people.filter((n) => n.country === b);
  const rest = people.filter((n) => n.country !== a && n.country !== b);
  const tallest = Math.max(left.length, right.length, others.length, 2);
  const height = Math.min(440, Math.max(230, 90 + tallest * 38));
  // Room for names beside the nodes: about 120 px on each side.
  const radii = { cx: width / 2, cy: height / 2, rx: Math.max(50, width / 2 - 130),
    ry: height / 2 - 28 };
  const positions = new Map();
  positions.set(`c:${a}`, { x: radii.cx - radii.rx * 0.45, y: radii.cy, angle: Math.PI });
  positions.set(`c:${b}`, { x: radii.cx + radii.rx * 0.45, y: radii.cy, angle: 0 });
  others.forEach((n, i) => {
    positions.set(n.id, { x: radii.cx, y: radii.cy + (i - (others.length - 1) / 2) * 40,
      angle: 0 });
  });
  arc(left, Math.PI, radii, positions);
  arc(right, 0, radii, positions);
  arc(rest.filter((_, i) => i % 2 === 0), -Math.PI / 2, radii, positions);
  arc(rest.filter((_, i) => i % 2 === 1), Math.PI / 2, radii, positions);
  return { positions, height };
}

function edgeLabel(edge, nodes) {
  const name = (id) => nodes.get(id).label;
  const count = edge.events.length;
  return `${name(edge.one)} – ${name(edge.two)}: ${count} event${count > 1 ? "s" : ""}`;
}

/** view: {events, a, b, countryOf, width, onEdge(edge, label), onPerson(name)}; `width` is
 *  the container's, measured before the page changes. */
export function renderNetwork(container, list, view) {
  const network = buildNetwork(view.events, view.countryOf);
  if (!network.edges.length) {
    fill(container, empty("No interactions in this window."));
    fill(list);
    return;
  }
  const width = Math.max(300, view.width || container.clientWidth || 400);
  const { positions, height } = layout(network, view.a, view.b, width);
  const nodes = new Map(network.nodes.map((n) => [n.id, n]));
  const svg = s("svg", { class: "network-svg", width, height,
    viewBox: `0 0 ${width} ${height}`, role: "group",
    "aria-label": "Network of countries and people; each line opens the citations of its events" });
  const edges = [...network.edges].sort((p, q) => q.events.length - p.events.length);
  const edgeLayer = s("g", { class: "edges" });
  for (const edge of [...edges].reverse()) {
    const [p, q] = [positions.get(edge.one), positions.get(edge.two)];
    const label = edgeLabel(edge, nodes);
    const group = s("g", { class: "edge" },
      s("line", { class: "hit", x1: p.x, y1: p.y, x2: q.x, y2: q.y }),
      s("line", { class: "stroke", x1: p.x, y1: p.y, x2: q.x, y2: q.y,
        "stroke-width": Math.min(1.5 + (edge.events.length - 1) * 1.5, 9) }));
    edgeLayer.append(actionable(group, `${label}. Open the citations.`, () =>
      view.onEdge(edge, label)));
  }
  svg.append(edgeLayer);
  const room = Math.floor((width - Math.max(...[...positions.values()].map((p) => p.x))) / 6.3);
  for (const n of network.nodes) svg.append(drawNode(n, positions.get(n.id), room, view));
  fill(container, svg);
  fill(list, edges.slice(0, 12).map((edge) =>
    h("li", {}, h("button", { type: "button", class: "cite",
      on: { click: () => view.onEdge(edge, edgeLabel(edge, nodes)) } },
    edgeLabel(edge, nodes)))));
  if (edges.length > 12) list.append(h("li", { class: "empty" }, `and ${edges.length - 12} more`));
}

function drawNode(n, at, room, view) {
  if (n.kind === "country") {
    return s("g", { class: "node country" },
      s("circle", { cx: at.x, cy: at.y, r: 17 }),
      s("text", { x: at.x, y: at.y + 4, "text-anchor": "middle", text: n.label }));
  }
  const cos = Math.cos(at.angle);
  const anchor = cos > 0.3 ? "start" : cos < -0.3 ? "end" : "middle";
  const dx = anchor === "start" ? 10 : anchor === "end" ? -10 : 0;
  const dy = anchor === "middle" ? (Math.sin(at.angle) < 0 ? -11 : 17) : 4;
  const group = s("g", { class: "node person" },
    s("circle", { cx: at.x, cy: at.y, r: 6 }),
    s("text", { x: at.x + dx, y: at.y + dy, "text-anchor": anchor, text: clip(n.label, Math.max(8, Math.min(22, room))) }));
  return actionable(group, `${n.label}${n.country ? ` (${n.country})` : ""}: show their offices`,
    () => view.onPerson(n.label));
}
