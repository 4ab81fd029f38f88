import { describe, expect, it } from 'vitest';
import type { NetworkPerson, Ring } from './network';
import { clientLines, drawNetwork, fitText, geometry, ringAt } from './network-drawing';

/** A stand-in for the browser's text width: 7.5 px a character, about 13 px system-ui bold. */
const measure = (text: string) => [...text].length * 7.5;

/** The arc a label follows, read back from its path: radius and both ends' angles. */
function arc(path: string, centre: number) {
  const [x1, y1, r, , , , , x2, y2] = path.replace(/[MA]/g, ' ').trim().split(/\s+/).map(Number);
  const angle = (x: number, y: number) => Math.atan2(y - centre, x - centre);
  return { r: r!, from: angle(x1!, y1!), to: angle(x2!, y2!) };
}

describe('Netwerkcirkel drawing', () => {
  it('drops a point into the ring under it, at any size', () => {
    for (const size of [262, 334, 400]) {
      const g = geometry(size);
      expect(ringAt(g.centre, g.centre, g)).toBe(0);
      expect(ringAt(g.centre + (g.radii[0] + g.radii[1]) / 2, g.centre, g)).toBe(1);
      expect(ringAt(g.centre, g.centre - (g.radii[1] + g.radii[2]) / 2, g)).toBe(2);
      expect(ringAt(0, 0, g)).toBe(3);
    }
  });

  it('shortens a name with an ellipsis to the room it has', () => {
    expect(fitText('Ans', 100, measure)).toBe('Ans');
    expect(fitText('Buurvrouw Marleen van Dijk', 80, measure)).toBe('Buurvrouw…');
    expect(fitText('Buurvrouw', 5, measure)).toBe('');
  });

  it('sets the client in the centre in lines that fit the circle, also on a 320 px phone', () => {
    const g = geometry(262);
    const lines = clientLines('Mevrouw Jansen', g, measure);
    expect(lines).toEqual(['Mevrouw', 'Jansen']);
    const r = g.radii[0];
    lines.forEach((line, i) => {
      const dy = Math.abs((i - (lines.length - 1) / 2) * g.line) + g.line / 2;
      expect(measure(line)).toBeLessThanOrEqual(2 * Math.sqrt(r * r - dy * dy));
    });
    expect(clientLines('Meneer Abdelkader-Vermeulen', g, measure).every((l) => measure(l) < 2 * r)).toBe(true);
  });

  it('writes every name on its own stretch of its ring, between the ring lines, never overlapping', () => {
    const family = ['Dochter Anna', 'Zoon Peter', 'Buurvrouw Marleen van Dijk', 'Vriendin Els', 'Broer Kees'];
    const people: NetworkPerson[] = [
      ...family.map((n): NetworkPerson => ({ n, r: 1 })),
      { n: 'Maatje van de Zonnebloem', r: 2 },
      { n: 'Huisarts dokter Visser', r: 3 },
      { n: 'Wijkverpleegkundige', r: 3 },
    ];
    for (const size of [262, 334, 400]) {
      const g = geometry(size);
      const drawing = drawNetwork(people, 'Mevrouw Jansen', g, measure);
      // On the smallest phone the inner ring may hold fewer names; the rest are counted in "+n".
      const counted = drawing.people.length + drawing.more.reduce((sum, m) => sum + m.count, 0);
      expect(counted).toBe(people.length);
      if (size >= 334) expect(drawing.people.map((p) => p.index).sort()).toEqual(people.map((_, i) => i));
      const labels = [...drawing.people.map((p) => ({ ...p, r: people[p.index]!.r }))];
      for (const label of labels) {
        const a = arc(label.path, g.centre);
        const inner = label.r === 0 ? 0 : g.radii[(label.r - 1) as Ring];
        // The letters (about 9 px high) stay between the ring's lines.
        expect(a.r - 9.5, label.text).toBeGreaterThan(inner);
        expect(a.r + 9.5, label.text).toBeLessThan(g.radii[label.r]);
        // The text fits the length of its arc.
        let sweep = Math.abs(a.to - a.from);
        if (sweep > Math.PI) sweep = 2 * Math.PI - sweep;
        expect(measure(label.text), label.text).toBeLessThanOrEqual(sweep * a.r);
      }
      // Stretches on one ring do not overlap: their angles are disjoint.
      for (const ring of [1, 2, 3] as Ring[]) {
        const spans = labels
          .filter((l) => l.r === ring)
          .map((l) => arc(l.path, g.centre))
          .map((a) => [Math.min(a.from, a.to), Math.max(a.from, a.to)] as const)
          .sort((x, y) => x[0] - y[0]);
        spans.slice(1).forEach((s, i) => expect(s[0]).toBeGreaterThanOrEqual(spans[i]![1] - 1e-9));
      }
      // A long name is shortened, never drawn past its stretch.
      expect(drawing.people.find((p) => p.index === 0)!.text.length).toBeLessThanOrEqual(
        'Buurvrouw Marleen van Dijk'.length,
      );
    }
  });

  it('says how many more there are when a ring is full; they are all in the table', () => {
    const crowd = Array.from({ length: 40 }, (_, i) => ({ n: `Persoon ${i + 1}`, r: 1 as const }));
    const drawing = drawNetwork(crowd, 'De cliënt', geometry(262), measure);
    const more = drawing.more[0]!;
    expect(more.ring).toBe(1);
    expect(drawing.people.length + more.count).toBe(40);
    expect(more.text).toBe(`+${more.count}`);
  });
});
