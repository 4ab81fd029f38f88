import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';

/**
 * How often each exercise type occurs in the real courses (28 exercises over 6 bijeenkomsten).
 * The benchmark deals them out in this order, so a long synthetic course has the same mix.
 */
const REAL_MIX: Record<string, number> = {
  reflectie: 13,
  kennischeck: 7,
  rollenspel: 2,
  schaalvraag: 2,
  stappenplan: 2,
  netwerkcirkel: 1,
  zelfredzaamheidscan: 1,
};

/** Exercises per bijeenkomst, as in the real courses (4 to 5). */
export const EXERCISES_PER_BIJEENKOMST = 5;

/** Each type's MDX, taken from its gallery example so the benchmark builds what authors write. */
function galleryExamples(): Map<string, string> {
  const dir = path.resolve('src/exercises');
  const examples = new Map<string, string>();
  for (const type of readdirSync(dir)) {
    if (!(type in REAL_MIX)) continue;
    const body = readFileSync(path.join(dir, type, 'example.mdx'), 'utf8').replace(/^---\n[\s\S]*?\n---\n/, '');
    examples.set(type, body.trim());
  }
  const missing = Object.keys(REAL_MIX).filter((type) => !examples.has(type));
  if (missing.length) throw new Error(`no gallery example for ${missing.join(', ')}`);
  return examples;
}

/** The types in the order they are dealt: spread out, each as often as in the real courses. */
function dealingOrder(): string[] {
  const total = Object.values(REAL_MIX).reduce((a, b) => a + b, 0);
  const slots = Object.entries(REAL_MIX).flatMap(([type, count]) =>
    Array.from({ length: count }, (_, i) => ({ type, at: (i + 0.5) / count })),
  );
  slots.sort((a, b) => a.at - b.at || a.type.localeCompare(b.type));
  if (slots.length !== total) throw new Error('dealing order lost a slot');
  return slots.map((slot) => slot.type);
}

/** Deals exercises to bijeenkomsten: `next(n)` gives the MDX of the exercises of bijeenkomst n. */
export function exerciseDealer(): (n: number) => { type: string; mdx: string }[] {
  const examples = galleryExamples();
  const order = dealingOrder();
  let dealt = 0;
  return (n) =>
    Array.from({ length: EXERCISES_PER_BIJEENKOMST }, (_, k) => {
      const type = order[dealt++ % order.length]!;
      // Exercise ids are unique in a course; the ids inside an exercise only within it.
      const mdx = examples.get(type)!.replace(/id="voorbeeld-[^"]*"/, `id="b${n}-oefening-${k + 1}"`);
      return { type, mdx };
    });
}
