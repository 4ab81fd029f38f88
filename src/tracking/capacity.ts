/**
 * Build-time capacity check: does a participant who fills every Reflectie to its `maxLength` still
 * fit SCORM 1.2's 4096 characters of suspend_data? The course's own structure (its exercise and
 * question ids, every result) is encoded exactly as the tracker would; the typed text is counted
 * at 0.6 bytes a character after deflate (Dutch prose compresses to about 0.5; the margin keeps
 * the estimate on the safe side) and the dense encoding's 5 characters per 4 bytes. Other written
 * fields (plan steps, scale answers) count 150 characters each, a full answer of one or two
 * sentences. Runs in Node only (the course check).
 */
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import type { Root } from 'mdast';
import type { MdxJsxFlowElement, MdxJsxTextElement } from 'mdast-util-mdx-jsx';
import { parseCourseMdx } from '../lib/mdx/parse';
import { stringAttribute } from '../lib/mdx/sections';
import { LIMITS } from './scorm-elements';
import { emptyProgress, encodeEnvelope, type Envelope } from './suspend-codec';
import type { Json } from '../state/progress-snapshot';

type Element = MdxJsxFlowElement | MdxJsxTextElement;

const BYTES_PER_TYPED_CHARACTER = 0.6;
const OTHER_FIELD = 150;
const DEFAULT_MAX_LENGTH = 1000;

/** Every MDX component in `node`, or those named `name`, at any depth. */
export function elements(node: Root | Element, name?: string): Element[] {
  const found: Element[] = [];
  for (const child of node.children) {
    if (child.type === 'mdxJsxFlowElement' || child.type === 'mdxJsxTextElement') {
      if (!name || child.name === name) found.push(child);
      found.push(...elements(child, name));
    } else if ('children' in child) {
      found.push(...elements(child as unknown as Element, name));
    }
  }
  return found;
}

/** A number attribute written either way: `maxLength="600"` or `maxLength={600}`. */
function numberAttribute(element: Element, name: string): number | undefined {
  const attribute = element.attributes.find((a) => a.type === 'mdxJsxAttribute' && a.name === name);
  const raw = attribute?.value;
  const text = typeof raw === 'string' ? raw : raw && typeof raw === 'object' ? raw.value : undefined;
  const value = Number(text);
  return Number.isFinite(value) && value > 0 ? value : undefined;
}

const partIds = (exercise: Element, part: string) =>
  elements(exercise, part).map((e) => stringAttribute(e, 'id') ?? '');

export interface Capacity {
  /** Estimated suspend_data length with every Reflectie full. */
  estimate: number;
  /** Characters a participant can type into the Reflecties. */
  reflectionCharacters: number;
}

/** The estimate for the given bijeenkomst files of a course. */
export function estimateCapacity(sources: readonly { slug: string; source: string | Root }[]): Capacity {
  const progress = emptyProgress();
  const states: Record<string, Json> = {};
  const times: Record<string, number> = {};
  let typed = 0;
  let reflectionCharacters = 0;
  for (const { slug, source } of sources) {
    progress.seen.push(slug);
    for (const exercise of elements(typeof source === 'string' ? parseCourseMdx(source) : source)) {
      const id = stringAttribute(exercise, 'id');
      if (!id || !exercise.name) continue;
      const texts = (ids: string[]) => Object.fromEntries(ids.map((q) => [q, '']));
      let state: Json | undefined;
      switch (exercise.name) {
        case 'Reflectie': {
          const questions = partIds(exercise, 'Vraag');
          const max = numberAttribute(exercise, 'maxLength') ?? DEFAULT_MAX_LENGTH;
          reflectionCharacters += questions.length * max;
          state = { t: texts(questions), d: 1 };
          break;
        }
        case 'Kennischeck':
          state = {
            a: Object.fromEntries(elements(exercise, 'Vraag').map((q) => [stringAttribute(q, 'id') ?? '', ['x']])),
          };
          break;
        case 'Stappenplan': {
          const steps = partIds(exercise, 'Stap');
          typed += steps.length * OTHER_FIELD;
          state = { s: steps.length, t: texts(steps) };
          break;
        }
        case 'Schaalvraag':
          typed += 2 * OTHER_FIELD;
          state = { s: 6, a: texts(['anders', 'hoger']), d: 1 };
          break;
        case 'Netwerkcirkel':
          typed += 14 * 16;
          state = { p: [], d: 1 };
          break;
        case 'Zelfredzaamheidscan': {
          const domains = partIds(exercise, 'Domein');
          state = {
            z: Object.fromEntries(domains.map((d) => [d, 3])),
            s: Object.fromEntries(domains.map((d) => [d, 4])),
          };
          break;
        }
        case 'Rollenspel':
          state = { p: partIds(exercise, 'Beurt').map(() => 1) };
          break;
        case 'Voortgang':
          state = { r: 1 };
          break;
        default:
          continue;
      }
      states[id] = state;
      times[id] = 1_764_000_000;
      progress.done[id] = [1, 5, 6, 1];
    }
  }
  progress.loc = `${sources.at(-1)?.slug ?? ''}/`;
  const envelope: Envelope = { v: 1, p: progress, s: { v: 1, e: states }, a: 'k3v9x0q2m8z1p4w7r5', w: 1_764_000_000 };
  const structure = encodeEnvelope(envelope, true).length;
  const text = (typed + reflectionCharacters) * BYTES_PER_TYPED_CHARACTER * 1.25;
  return { estimate: Math.ceil(structure + text), reflectionCharacters };
}

/**
 * Warnings for the author, one per course whose single-SCO SCORM 1.2 package cannot hold every
 * Reflectie at its maxLength (and the bijeenkomsten whose own package cannot either).
 */
export function capacityWarnings(coursesDir: string): string[] {
  const limit = LIMITS['1.2'].suspendData;
  const warnings: string[] = [];
  for (const course of readdirSync(coursesDir, { withFileTypes: true }).filter((d) => d.isDirectory())) {
    const dir = path.join(coursesDir, course.name);
    const files = readdirSync(dir)
      .filter((f) => /^bijeenkomst-\d+\.mdx$/.test(f))
      .sort((a, b) => Number(/\d+/.exec(a)?.[0]) - Number(/\d+/.exec(b)?.[0]));
    const texts = files.map((f) => ({ slug: f.replace(/\.mdx$/, ''), text: readFileSync(path.join(dir, f), 'utf8') }));
    // A course without Reflecties has nothing to fill to a maximum (and the check stays quick).
    if (!texts.some((t) => t.text.includes('<Reflectie'))) continue;
    const sources = texts.map((t) => ({ slug: t.slug, source: parseCourseMdx(t.text) }));
    const whole = estimateCapacity(sources);
    if (whole.estimate <= limit) continue;
    const parts = sources.filter((s) => estimateCapacity([s]).estimate > limit).map((s) => s.slug);
    warnings.push(
      `courses/${course.name}: with every Reflectie filled to its maxLength (${whole.reflectionCharacters} characters in all), ` +
        `a participant's progress needs about ${whole.estimate} characters: more than the ${limit} of SCORM 1.2's suspend_data ` +
        `in the whole-course package. What does not fit is kept only in the participant's browser (they are told). ` +
        (parts.length > 0
          ? `Even the per-bijeenkomst packages of ${parts.join(', ')} do not hold it. `
          : `Every per-bijeenkomst package (npm run package -- --per-bijeenkomst) holds it. `) +
        `Lower maxLength, ask for fewer written answers, or offer SCORM 2004 (64,000 characters).`,
    );
  }
  return warnings;
}
