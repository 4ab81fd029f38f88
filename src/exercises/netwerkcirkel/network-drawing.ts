/**
 * The netwerkcirkel's drawing: rings and name labels laid out in screen pixels, so text keeps its
 * size on any screen (a drawing scaled down to a phone would shrink its names below 12 px).
 * Names are written along the middle of their ring, so a name never crosses a ring's line, the
 * client in the centre or another name: each gets its own stretch of arc in the upper or lower part
 * of the ring (the sides are left free, where text would stand on end), and a name longer than its
 * stretch is shortened with "…" (the full name is in the table and in the label's tooltip).
 */
import type { NetworkPerson, Ring } from './network';

/** Measures a text's width in pixels at the label font. */
export type Measure = (text: string) => number;

export interface Geometry {
  size: number;
  centre: number;
  /** Outer radius of each ring, from the centre outwards. */
  radii: readonly [number, number, number, number];
  /** Height of one line of labels. */
  line: number;
}

/** Label text is 13 px; the client's name is set in lines of 18 px. */
export const LABEL_FONT_PX = 13;
const LINE = 18;
/** Room kept around the client's name inside the centre circle. */
const PAD = 4;
/** Room between two names on one ring, in pixels of arc. */
const SPACING = 8;
/** Half the height of a capital, to centre text on the ring's middle line. */
const HALF_CAP = 4.5;
const ELLIPSIS = '…';

/** The rings' outer radii as shares of half the drawing; the centre is large enough for a name. */
const SHARES = [0.32, 0.54, 0.77, 0.99] as const;

export function geometry(size: number): Geometry {
  const half = size / 2;
  return {
    size,
    centre: half,
    radii: SHARES.map((s) => Math.round(s * half)) as unknown as Geometry['radii'],
    line: LINE,
  };
}

/** The ring a point of the drawing falls in (clamped to the outermost), for dropping a dragged person. */
export function ringAt(x: number, y: number, g: Geometry): Ring {
  const distance = Math.hypot(x - g.centre, y - g.centre);
  const index = g.radii.findIndex((r) => distance <= r);
  return (index === -1 ? 3 : index) as Ring;
}

/** `text` as it fits in `width`: whole, or cut with an ellipsis; empty when not even one letter fits. */
export function fitText(text: string, width: number, measure: Measure): string {
  if (measure(text) <= width) return text;
  const chars = [...text];
  for (let n = chars.length - 1; n > 0; n--) {
    const cut = `${chars.slice(0, n).join('').trimEnd()}${ELLIPSIS}`;
    if (measure(cut) <= width) return cut;
  }
  return '';
}

/** Half the width of a circle of radius r at height y from its centre; 0 when it does not reach. */
const halfChord = (r: number, y: number) => (Math.abs(y) >= r ? 0 : Math.sqrt(r * r - y * y));

/** The client's name in the centre circle, in as many lines (at most three) as it needs. */
export function clientLines(name: string, g: Geometry, measure: Measure): string[] {
  const words = name.trim().split(/\s+/).filter(Boolean);
  const r = g.radii[0] - PAD;
  const widths = (count: number) =>
    Array.from({ length: count }, (_, i) => 2 * halfChord(r, Math.abs((i - (count - 1) / 2) * g.line) + g.line / 2));
  for (let count = 1; count <= Math.min(3, words.length); count++) {
    const room = widths(count);
    const lines: string[] = [];
    let rest = [...words];
    for (const [i, width] of room.entries()) {
      let n = i === room.length - 1 ? rest.length : Math.max(1, rest.length - (room.length - 1 - i));
      while (n > 1 && measure(rest.slice(0, n).join(' ')) > width) n--;
      lines.push(rest.slice(0, n).join(' '));
      rest = rest.slice(n);
    }
    if (!rest.length && lines.every((line, i) => measure(line) <= room[i]!)) return lines;
  }
  // Words wider than the circle: as many lines as there are words (at most three), each shortened.
  const count = Math.min(3, Math.max(1, words.length));
  const room = widths(count);
  const lines = [...words.slice(0, count - 1), words.slice(count - 1).join(' ')];
  return lines.map((line, i) => fitText(line, room[i]!, measure)).filter(Boolean);
}

/** A stretch of a ring's middle line, between two angles (radians, clockwise from 3 o'clock). */
interface Stretch {
  from: number;
  to: number;
}

/** A label written along a ring: its path (an arc that reads left to right) and its text. */
export interface ArcLabel {
  /** SVG path data of the arc the text follows. */
  path: string;
  text: string;
}

export interface PlacedPerson extends ArcLabel {
  /** The person's index in the saved list. */
  index: number;
}

export interface Drawing {
  client: string[];
  people: PlacedPerson[];
  /** People who did not fit on their ring: one "+n" label per ring (all of them are in the table). */
  more: (ArcLabel & { ring: Ring; count: number })[];
}

const DEG = Math.PI / 180;
/** Degrees left free at 3 and 9 o'clock, where text along the ring would stand on end. */
const SIDE = 15;

/** The middle line of a ring, where its names are written. */
function middle(g: Geometry, ring: Ring): number {
  return ring === 0 ? g.radii[0] - 11 : (g.radii[(ring - 1) as Ring] + g.radii[ring]) / 2;
}

/**
 * The arc for text centred on a stretch: in the upper half it runs clockwise with the letters
 * standing outward, in the lower half anticlockwise with the letters standing inward, so both read
 * left to right; the baseline is shifted so the letters sit on the middle line.
 */
function arcPath(g: Geometry, radius: number, { from, to }: Stretch): string {
  const upper = Math.sin((from + to) / 2) < 0;
  const r = upper ? radius - HALF_CAP : radius + HALF_CAP;
  const [a, b] = upper ? [from, to] : [to, from];
  const point = (angle: number) =>
    `${(g.centre + r * Math.cos(angle)).toFixed(1)} ${(g.centre + r * Math.sin(angle)).toFixed(1)}`;
  return `M ${point(a)} A ${r.toFixed(1)} ${r.toFixed(1)} 0 0 ${upper ? 1 : 0} ${point(b)}`;
}

/**
 * Splits stretches into `count` parts: each next part goes to the stretch where parts would stay
 * longest (the largest-quotient rule), so the shortest place for a name is as long as it can be.
 */
function share(stretches: Stretch[], count: number): Stretch[] {
  const counts = stretches.map(() => 0);
  const length = (s: Stretch) => s.to - s.from;
  for (let k = 0; k < count; k++) {
    let best = 0;
    stretches.forEach((s, i) => {
      if (length(s) / (counts[i]! + 1) > length(stretches[best]!) / (counts[best]! + 1)) best = i;
    });
    counts[best]!++;
  }
  return stretches.flatMap((s, i) => {
    const n = counts[i]!;
    const step = length(s) / Math.max(n, 1);
    return Array.from({ length: n }, (_, k) => ({ from: s.from + k * step, to: s.from + (k + 1) * step }));
  });
}

/**
 * Places the client and every person. Each ring is written on above and below (all but the
 * sides). The rings' names are not drawn: on a phone they would take the room names need; the
 * element says them below the drawing, and the table gives each person's ring.
 */
export function drawNetwork(
  people: readonly NetworkPerson[],
  clientName: string,
  g: Geometry,
  measure: Measure,
): Drawing {
  const drawing: Drawing = { client: clientLines(clientName, g, measure), people: [], more: [] };
  for (const ring of [0, 1, 2, 3] as Ring[]) {
    const radius = middle(g, ring);
    // The centre circle: only the lower part, below the client's name.
    const stretches: Stretch[] =
      ring === 0
        ? [{ from: 50 * DEG, to: 130 * DEG }]
        : [
            { from: -(180 - SIDE) * DEG, to: -SIDE * DEG },
            { from: SIDE * DEG, to: (180 - SIDE) * DEG },
          ];
    const here = people.map((p, index) => ({ p, index })).filter(({ p }) => p.r === ring);
    if (!here.length) continue;
    const length = stretches.reduce((sum, s) => sum + (s.to - s.from), 0) * radius;
    // Every name gets room for at least a letter and "…"; beyond that, the last place says "+n".
    const room = Math.max(1, Math.floor(length / (measure(`MM${ELLIPSIS}`) + SPACING)));
    const shown = here.length > room ? room - 1 : here.length;
    const places = share(stretches, shown + (shown < here.length ? 1 : 0));
    here.slice(0, shown).forEach(({ p, index }, i) => {
      const place = places[i]!;
      const text = fitText(p.n, (place.to - place.from) * radius - SPACING, measure);
      drawing.people.push({ index, text, path: arcPath(g, radius, place) });
    });
    const last = places[shown];
    if (shown < here.length && last) {
      const count = here.length - shown;
      drawing.more.push({ ring, count, text: `+${count}`, path: arcPath(g, radius, last) });
    }
  }
  return drawing;
}
