/**
 * Build-time capacity check: does a participant who fills every Reflectie to its `maxLength` still
 * fit SCORM 1.2's 4096 characters of suspend_data? The course's own structure (its exercise and
 * question ids, every result) is encoded exactly as the tracker would; the typed text is counted
 * at 0.6 bytes a character after deflate (Dutch prose compresses to about 0.5; the margin keeps
 * the estimate on the safe side) and the dense encoding's 5 characters per 4 bytes. Other written
 * fields (plan steps, scale answers) count 150 characters each, a full answer of one or two
 * sentences. Runs in Node only (the course check).
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import type { Root } from 'mdast';
import type { MdxJsxFlowElement, MdxJsxTextElement } from 'mdast-util-mdx-jsx';
import { parse as parseYaml } from 'yaml';
import type { CourseProblem } from '../lib/course-check/problem';
import { parseCourseMdx, type CourseMdxParser } from '../lib/mdx/parse';
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
export function numberAttribute(element: Element, name: string): number | undefined {
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
  /** The Reflectie with the largest maxLength (where the author lowers it first), if any. */
  largest?: { id: string; maxLength: number; line: number | undefined };
}

/** The estimate for the given bijeenkomst files of a course. */
export function estimateCapacity(sources: readonly { slug: string; source: string | Root }[]): Capacity {
  const progress = emptyProgress();
  const states: Record<string, Json> = {};
  const times: Record<string, number> = {};
  let typed = 0;
  let reflectionCharacters = 0;
  let largest: Capacity['largest'];
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
          if (!largest || max > largest.maxLength)
            largest = { id, maxLength: max, line: exercise.position?.start.line };
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
  return { estimate: Math.ceil(structure + text), reflectionCharacters, largest };
}

/** How many Reflectie characters in all would fit `limit`, the rest of the estimate unchanged. */
export function fittingReflectionCharacters(capacity: Capacity, limit: number): number {
  const perCharacter = BYTES_PER_TYPED_CHARACTER * 1.25;
  const rest = capacity.estimate - capacity.reflectionCharacters * perCharacter;
  return Math.max(0, Math.floor((limit - rest) / perCharacter));
}

/** Which SCORM 1.2 packages a course asks for in course.yaml (`scorm12`; see schemas/course.ts). */
export type Scorm12Choice = boolean | 'per-bijeenkomst';

function scorm12Choice(courseDir: string): Scorm12Choice {
  const file = path.join(courseDir, 'course.yaml');
  if (!existsSync(file)) return true;
  try {
    const value = (parseYaml(readFileSync(file, 'utf8')) as { scorm12?: unknown } | null)?.scorm12;
    return value === false || value === 'per-bijeenkomst' ? value : true;
  } catch {
    return true; // a broken course.yaml is reported by the course check itself
  }
}

/**
 * Build errors, one per SCORM 1.2 package a course would get that cannot hold a participant who
 * filled every Reflectie to its maxLength: the whole-course package (unless course.yaml says
 * `scorm12: per-bijeenkomst` or `false`) and each per-bijeenkomst package (unless `false`). The
 * problem points at the Reflectie with the largest maxLength and says what would fit.
 */
export function capacityProblems(
  coursesDir: string,
  root: string,
  parse: CourseMdxParser = parseCourseMdx,
): CourseProblem[] {
  const limit = LIMITS['1.2'].suspendData;
  const problems: CourseProblem[] = [];
  const display = (file: string) => path.relative(root, file).split(path.sep).join('/');
  for (const course of readdirSync(coursesDir, { withFileTypes: true }).filter((d) => d.isDirectory())) {
    const dir = path.join(coursesDir, course.name);
    const choice = scorm12Choice(dir);
    if (choice === false) continue;
    const files = readdirSync(dir)
      .filter((f) => /^bijeenkomst-\d+\.mdx$/.test(f))
      .sort((a, b) => Number(/\d+/.exec(a)?.[0]) - Number(/\d+/.exec(b)?.[0]));
    const texts = files.map((f) => ({
      slug: f.replace(/\.mdx$/, ''),
      file: path.join(dir, f),
      text: readFileSync(path.join(dir, f), 'utf8'),
    }));
    // A course without Reflecties has nothing to fill to a maximum (and the check stays quick).
    if (!texts.some((t) => t.text.includes('<Reflectie'))) continue;
    const sources = texts.map((t) => ({ ...t, source: parse(t.text) }));
    const located = (capacity: Capacity, part: readonly (typeof sources)[number][]) => {
      const id = capacity.largest?.id;
      const holder = part.find(
        (s) => id && elements(s.source, 'Reflectie').some((e) => stringAttribute(e, 'id') === id),
      );
      return {
        file: display(holder?.file ?? path.join(dir, 'course.yaml')),
        line: holder ? capacity.largest?.line : undefined,
      };
    };
    const advice = (capacity: Capacity, what: string, whole: boolean) =>
      `with every Reflectie filled to its maxLength (${capacity.reflectionCharacters} characters in all), a participant's progress ` +
      `needs about ${capacity.estimate} characters, more than the ${limit} of SCORM 1.2's suspend_data in ${what}. ` +
      `Expected the Reflecties' maxLength to add up to at most about ${fittingReflectionCharacters(capacity, limit)} characters ` +
      `(this one has maxLength ${capacity.largest?.maxLength ?? DEFAULT_MAX_LENGTH}; 1000 when not set), or in course.yaml ` +
      (whole ? `"scorm12: per-bijeenkomst" (1.2 only per bijeenkomst) or ` : '') +
      `"scorm12: false" (SCORM 2004 only, 64,000 characters).`;
    if (choice === true) {
      const whole = estimateCapacity(sources);
      if (whole.estimate > limit)
        problems.push({
          ...located(whole, sources),
          field: 'maxLength',
          message: advice(whole, 'the whole-course package', true),
        });
    }
    for (const part of sources) {
      const one = estimateCapacity([part]);
      if (one.estimate > limit)
        problems.push({
          ...located(one, [part]),
          field: 'maxLength',
          message: advice(one, `the package of ${part.slug}`, false),
        });
    }
  }
  return problems;
}
