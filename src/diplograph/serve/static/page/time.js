// Dates as diplograph writes them: YYYY, YYYY-MM, YYYY-MM-DD or an interval A/B; null when a
// report names no date. Positions are milliseconds since 1970 (UTC).

const DAY = 86_400_000;
const PARTIAL = /^(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?$/;

function bounds(text) {
  const match = PARTIAL.exec(text.trim());
  if (!match) return null;
  const [, year, month, day] = match.map(Number);
  if (match[3]) return [Date.UTC(year, month - 1, day), Date.UTC(year, month - 1, day) + DAY - 1];
  if (match[2]) return [Date.UTC(year, month - 1, 1), Date.UTC(year, month, 1) - 1];
  return [Date.UTC(year, 0, 1), Date.UTC(year + 1, 0, 1) - 1];
}

/** {start, end, mid} of a partial date or interval; null when it names no date. */
export function dateRange(text) {
  if (!text) return null;
  const [first, last] = String(text).split("/");
  const from = bounds(first);
  const to = last === undefined ? from : bounds(last);
  if (!from || !to) return null;
  return { start: from[0], end: to[1], mid: (from[0] + to[1]) / 2 };
}

/** Whether a date range meets the window; an undated item stays in every window. */
export function inWindow(range, window) {
  if (!window || !range) return true;
  return range.end >= window.start && range.start <= window.end;
}

/** YYYY-MM-DD of a position. */
export function isoDay(ms) {
  return new Date(ms).toISOString().slice(0, 10);
}

/** The position of a YYYY-MM-DD (from a date input): its first or last millisecond. */
export function parseDay(text, endOfDay) {
  const range = dateRange(text);
  if (!range) return null;
  return endOfDay ? range.end : range.start;
}

/** The extent of many ranges, padded so marks do not sit on the edges. */
export function extent(ranges) {
  const known = ranges.filter(Boolean);
  if (!known.length) return null;
  let start = Math.min(...known.map((r) => r.start));
  let end = Math.max(...known.map((r) => r.end));
  const pad = Math.max((end - start) * 0.04, 120 * DAY);
  start -= pad;
  end += pad;
  return { start, end };
}

/** Ticks for an axis: years (every 1, 2, 5 or 10) or, over a short span, months. */
export function ticks(domain, width) {
  const most = Math.max(2, Math.floor(width / 70));
  const years = (domain.end - domain.start) / (365.25 * DAY);
  const out = [];
  if (years < 2) {
    const step = [1, 2, 3, 6].find((m) => (years * 12) / m <= most) || 12;
    const first = new Date(domain.start);
    let y = first.getUTCFullYear();
    let m = first.getUTCMonth() + 1;
    for (;;) {
      if (m > 11) {
        y += Math.floor(m / 12);
        m %= 12;
      }
      const at = Date.UTC(y, m, 1);
      if (at > domain.end) break;
      if (m % step === 0) out.push({ at, label: `${y}-${String(m + 1).padStart(2, "0")}` });
      m += 1;
    }
    return out;
  }
  // 1, 2, 5, 10, 20, 50, 100, ... years: the first step that leaves room for each label.
  let step = 1;
  for (let k = 1; years / step > most; k += 1) step = [1, 2, 5][k % 3] * 10 ** Math.floor(k / 3);
  const firstYear = new Date(domain.start).getUTCFullYear() + 1;
  for (let y = Math.ceil(firstYear / step) * step; ; y += step) {
    const at = Date.UTC(y, 0, 1);
    if (at > domain.end) break;
    out.push({ at, label: String(y) });
  }
  return out;
}

/** A linear scale from a domain onto [left, right] pixels. */
export function scale(domain, left, right) {
  const span = domain.end - domain.start || 1;
  const fn = (ms) => left + ((ms - domain.start) / span) * (right - left);
  fn.invert = (px) => domain.start + ((px - left) / (right - left)) * span;
  return fn;
}
