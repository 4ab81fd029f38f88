/**
 * The promise behind SCORM 1.2 packages: a participant who finished the whole zelfregie course,
 * writing long answers everywhere, still fits suspend_data's 4096 characters with room to spare.
 * The state is built from the real course files, in the shapes the elements save.
 */
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import type { Root } from 'mdast';
import type { MdxJsxFlowElement } from 'mdast-util-mdx-jsx';
import { describe, expect, it } from 'vitest';
import { parseCourseMdx } from '../lib/mdx/parse';
import { stringAttribute } from '../lib/mdx/sections';
import { toSnapshot, type ExerciseState, type Json } from '../state/progress-snapshot';
import {
  decodeEnvelope,
  dropByPriority,
  emptyProgress,
  encodeEnvelope,
  fitEnvelope,
  type Envelope,
  type Progress,
} from './suspend-codec';

const COURSE = path.resolve(import.meta.dirname, '../../courses/zelfregie');

/**
 * Sentences as participants write them: the course's own prose, in random order (so nothing repeats
 * the way a test string would), which compresses as their answers do.
 */
const SENTENCES = readdirSync(COURSE)
  .filter((f) => f.endsWith('.mdx'))
  .map((f) => readFileSync(path.join(COURSE, f), 'utf8'))
  .join(' ')
  .replace(/<[^>]+>|\{[^}]*\}|[#*_`>|]/g, ' ')
  .split(/(?<=[.?!])\s+/)
  .map((sentence) => sentence.replace(/\s+/g, ' ').trim())
  .filter((sentence) => sentence.length > 40 && sentence.length < 200);

function prose(length: number, seed: number): string {
  let n = seed;
  const next = () => (n = (n * 48271) % 2147483647);
  let text = '';
  while (text.length < length) text += `${SENTENCES[next() % SENTENCES.length]} `;
  return text.slice(0, length).trim();
}

type Element = MdxJsxFlowElement;

function elements(node: Root | Element, name?: string): Element[] {
  const found: Element[] = [];
  for (const child of node.children) {
    if (child.type === 'mdxJsxFlowElement') {
      if (!name || child.name === name) found.push(child);
      found.push(...elements(child, name));
    } else if ('children' in child) {
      found.push(...elements(child as unknown as Element, name));
    }
  }
  return found;
}

const ids = (exercise: Element, part: string) => elements(exercise, part).map((e) => stringAttribute(e, 'id') ?? '');

/** What each element saves once the participant has done everything in it, answers `answer` characters long. */
function finishedState(exercise: Element, seed: number, answer: number): ExerciseState | undefined {
  const texts = (parts: string[]) =>
    Object.fromEntries(parts.map((id, i) => [id, prose(answer, seed * 31 + i + 1)])) as Record<string, Json>;
  switch (exercise.name) {
    case 'Kennischeck':
      return {
        a: Object.fromEntries(
          elements(exercise, 'Vraag').map((q) => [
            stringAttribute(q, 'id') ?? '',
            elements(q, 'Optie')
              .map((o) => stringAttribute(o, 'id') ?? '')
              .slice(0, 1),
          ]),
        ),
      };
    case 'Reflectie':
      return { t: texts(ids(exercise, 'Vraag')), d: 1 };
    case 'Stappenplan': {
      const steps = ids(exercise, 'Stap');
      return { s: steps.length, t: texts(steps) };
    }
    case 'Schaalvraag':
      return { s: 6, a: texts(['anders', 'hoger']), d: 1 };
    case 'Netwerkcirkel':
      return {
        p: Array.from({ length: 14 }, (_, i) => ({ n: `Persoon nummer ${i + 1}`, r: i % 4 })),
        d: 1,
      };
    case 'Zelfredzaamheidscan': {
      const domains = ids(exercise, 'Domein');
      return {
        z: Object.fromEntries(domains.map((d, i) => [d, 1 + (i % 5)])),
        s: Object.fromEntries(domains.map((d, i) => [d, 1 + ((i + 2) % 5)])),
      };
    }
    case 'Rollenspel':
      return { p: ids(exercise, 'Beurt').map((_, i) => i % 2) };
    case 'Voortgang':
      return { r: 1 };
    default:
      return undefined;
  }
}

const BIJEENKOMSTEN = readdirSync(COURSE).filter((f) => f.endsWith('.mdx'));

/** The whole course (or the given bijeenkomst files) done, every written answer `answer` characters long. */
function completedCourse(answer: number, files = BIJEENKOMSTEN) {
  const states: Record<string, ExerciseState> = {};
  const progress: Progress = emptyProgress();
  for (const file of files) {
    const tree = parseCourseMdx(readFileSync(path.join(COURSE, file), 'utf8'));
    progress.seen.push(file.replace(/\.mdx$/, ''));
    for (const exercise of elements(tree)) {
      const id = stringAttribute(exercise, 'id');
      const state = id ? finishedState(exercise, Object.keys(states).length + 1, answer) : undefined;
      if (!id || !state) continue;
      states[id] = state;
      const quiz = exercise.name === 'Kennischeck';
      progress.done[id] = [1, quiz ? 5 : 0, quiz ? 6 : 0, 1];
    }
  }
  progress.loc = 'bijeenkomst-4/';
  progress.seq = 500;
  const envelope: Envelope = { v: 1, p: progress, s: toSnapshot(states) as unknown as Json };
  const texts = JSON.stringify(states).match(/"[^"]{40,}"/g)?.length ?? 0;
  return { envelope, texts, exercises: Object.keys(states).length };
}

/**
 * Measured capacity (recorded in the README): the zelfregie course has 19 exercises and about 40
 * fields participants write in. Finished without any text it takes about 1,900 characters; with
 * 50 characters (one short sentence) in every field, about 3,600. Longer answers everywhere do not
 * fit SCORM 1.2's 4096, so the tracker leaves the least valuable ones out of the LMS copy and keeps
 * all of them in the browser (see tracker.test.ts). SCORM 2004 (64,000) has room for all.
 */
describe('a fully completed zelfregie course in suspend_data', () => {
  it('covers every exercise of the course', () => {
    const { exercises, texts } = completedCourse(50);
    expect(exercises).toBeGreaterThanOrEqual(12);
    expect(texts).toBeGreaterThanOrEqual(30);
  });

  it('fits SCORM 1.2’s 4096 characters with room to spare with a short sentence in every field, in ASCII', () => {
    const data = encodeEnvelope(completedCourse(50).envelope);
    expect(new TextEncoder().encode(data).length).toBe(data.length);
    expect(data.length).toBeLessThan(4096 * 0.9);
  });

  it('fits per bijeenkomst with two or three sentences in every field: what a per-bijeenkomst package holds', () => {
    for (const file of BIJEENKOMSTEN) {
      const data = encodeEnvelope(completedCourse(150, [file]).envelope);
      expect(data.length, file).toBeLessThan(4096 * 0.9);
    }
  });

  it('with long answers everywhere keeps 1.2’s limit, the progress and as many answers as fit', () => {
    const { envelope } = completedCourse(450);
    const fitted = fitEnvelope(
      envelope,
      4096,
      dropByPriority(() => 1),
    );
    expect(fitted.dropped).toBe(true);
    expect(fitted.data.length).toBeLessThanOrEqual(4096);
    const decoded = decodeEnvelope(fitted.data);
    expect(decoded?.p).toEqual(envelope.p);
    const kept = Object.keys((decoded?.s as { e: Record<string, Json> }).e);
    // The quiz answers and scan scores are small and stay; only written answers had to go.
    expect(kept.length).toBeGreaterThan(10);
    expect(encodeEnvelope(envelope).length).toBeLessThan(64_000);
  });
});
