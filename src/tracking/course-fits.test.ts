/**
 * The promise behind SCORM 1.2 packages: a participant who finished a whole course and wrote long
 * reflections still fits suspend_data's 4096 characters, with room to spare. The state is built
 * from the real course files, in the shapes the elements save, with answers as participants write
 * them (testing/answers.ts).
 */
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import type { MdxJsxFlowElement, MdxJsxTextElement } from 'mdast-util-mdx-jsx';
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
import { capacityProblems, elements, estimateCapacity, numberAttribute } from './capacity';
import { LONG_ANSWERS, NETWORK_NAMES, SHORT_ANSWERS } from './testing/answers';

const COURSES = path.resolve(import.meta.dirname, '../../courses');
const SCORM12_LIMIT = 4096;

type Element = MdxJsxFlowElement | MdxJsxTextElement;

const ids = (exercise: Element, part: string) => elements(exercise, part).map((e) => stringAttribute(e, 'id') ?? '');

/** Hands out answers in order, each once: the same text twice would compress unrealistically well. */
function answerSupply(repeat: number) {
  let long = 0;
  let short = 0;
  const take = (pool: readonly string[], index: number) => {
    const answer = pool[index];
    if (answer === undefined) throw new Error('The course has more written fields than testing/answers.ts has answers');
    return answer;
  };
  return {
    long: () => Array.from({ length: repeat }, () => take(LONG_ANSWERS, long++)).join(' '),
    short: () => Array.from({ length: repeat }, () => take(SHORT_ANSWERS, short++)).join(' '),
  };
}
type Answers = ReturnType<typeof answerSupply>;

/** A field filled to exactly `max` characters with different answers. */
function fillTo(text: string, max: number, answers: Answers): string {
  let filled = text;
  while (filled.length < max) filled += ` ${answers.long()}`;
  return filled.slice(0, max);
}

/** What each element saves once the participant has done everything in it. */
function finishedState(exercise: Element, answers: Answers): ExerciseState | undefined {
  const texts = (parts: string[], answer: () => string) =>
    Object.fromEntries(parts.map((id) => [id, answer()])) as Record<string, Json>;
  switch (exercise.name) {
    case 'Kennischeck':
      return {
        a: Object.fromEntries(
          elements(exercise, 'Vraag').map((q) => [stringAttribute(q, 'id') ?? '', ids(q, 'Optie').slice(0, 1)]),
        ),
      };
    case 'Reflectie':
      return { t: texts(ids(exercise, 'Vraag'), answers.long), d: 1 };
    case 'Stappenplan': {
      const steps = ids(exercise, 'Stap');
      return { s: steps.length, t: texts(steps, answers.short) };
    }
    case 'Schaalvraag':
      return { s: 6, a: texts(['anders', 'hoger'], answers.short), d: 1 };
    case 'Netwerkcirkel':
      return { p: NETWORK_NAMES.map((n, i) => ({ n, r: i % 4 })), d: 1 };
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

const courseNames = readdirSync(COURSES, { withFileTypes: true })
  .filter((entry) => entry.isDirectory())
  .map((entry) => entry.name);
const bijeenkomstFiles = (course: string) =>
  readdirSync(path.join(COURSES, course)).filter((f) => /^bijeenkomst-\d+\.mdx$/.test(f));

/**
 * The course (or the given bijeenkomst files) done, every written field answered `repeat` times
 * over, and `moreReflections` Reflecties with a second long answer on top.
 */
function completedCourse(
  course: string,
  { files = bijeenkomstFiles(course), repeat = 1, moreReflections = 0, atMax = false } = {},
) {
  const answers = answerSupply(repeat);
  let more = moreReflections;
  const states: Record<string, ExerciseState> = {};
  const progress: Progress = emptyProgress();
  let reflections = 0;
  for (const file of files) {
    const tree = parseCourseMdx(readFileSync(path.join(COURSES, course, file), 'utf8'));
    progress.seen.push(file.replace(/\.mdx$/, ''));
    for (const exercise of elements(tree)) {
      const id = stringAttribute(exercise, 'id');
      const state = id && exercise.name !== 'Vraag' ? finishedState(exercise, answers) : undefined;
      if (!id || !state) continue;
      if (exercise.name === 'Reflectie') {
        reflections++;
        const texts = state.t as Record<string, string>;
        for (const field of Object.keys(texts)) if (more-- > 0) texts[field] += ` ${answers.long()}`;
        const max = numberAttribute(exercise, 'maxLength') ?? 1000;
        if (atMax) for (const field of Object.keys(texts)) texts[field] = fillTo(texts[field]!, max, answers);
      }
      states[id] = state;
      const quiz = exercise.name === 'Kennischeck';
      progress.done[id] = [1, quiz ? 5 : 0, quiz ? 6 : 0, 1];
    }
  }
  progress.loc = `${files.at(-1)?.replace(/\.mdx$/, '')}/`;
  progress.seq = 500;
  const envelope: Envelope = { v: 1, p: progress, s: toSnapshot(states) as unknown as Json };
  const typed =
    JSON.stringify(states)
      .match(/"[^"]{60,}"/g)
      ?.join('').length ?? 0;
  return { envelope, exercises: Object.keys(states).length, reflections, typed };
}

/*
 * Measured (recorded in the README): zelfregie finished, with about 3,150 typed characters (seven
 * reflections of four or five sentences, a six-step action plan, two scale questions) and fourteen
 * people in the network circle, takes about 3,500 of 4096 characters; vrijwilligers about 2,350.
 * Room to spare means: two more long reflections still fit without anything being left out.
 * SCORM 2004 (64,000) has room for far more.
 */
describe('a fully completed course in SCORM 1.2 suspend_data', () => {
  it('covers every exercise of zelfregie, with long reflections', () => {
    const { exercises, reflections, typed } = completedCourse('zelfregie');
    expect(exercises).toBeGreaterThanOrEqual(19);
    expect(reflections).toBe(7);
    expect(typed).toBeGreaterThan(3000);
  });

  it.each(courseNames)('%s fits 4096 characters with room to spare, in ASCII', async (course) => {
    const { envelope } = completedCourse(course);
    const data = encodeEnvelope(envelope);
    expect(new TextEncoder().encode(data).length).toBe(data.length);
    expect(data.length).toBeLessThan(SCORM12_LIMIT * 0.9);
    expect(await decodeEnvelope(data)).toEqual(envelope);
    const more = completedCourse(course, { moreReflections: 2 }).envelope;
    expect(encodeEnvelope(more).length).toBeGreaterThan(data.length + 300);
    expect(
      fitEnvelope(
        more,
        SCORM12_LIMIT,
        dropByPriority(() => 1),
      ).dropped,
    ).toBe(false);
  });

  it.each(courseNames)(
    '%s fits per bijeenkomst with twice as much text: what a per-bijeenkomst package holds',
    (course) => {
      for (const file of bijeenkomstFiles(course)) {
        const data = encodeEnvelope(completedCourse(course, { files: [file], repeat: 2 }).envelope);
        expect(data.length, file).toBeLessThan(SCORM12_LIMIT * 0.8);
      }
    },
  );

  it.each(courseNames)(
    '%s with every Reflectie at its maxLength fits 1.2: the build holds authors to it',
    async (course) => {
      const { envelope, reflections } = completedCourse(course, { atMax: true });
      const stamped: Envelope = {
        ...envelope,
        a: 'k3v9x0q2m8z1p4w7r5',
        w: 1_764_630_000,
        t: Object.fromEntries(Object.keys(envelope.p.done).map((id, i) => [id, 1_764_620_000 + i * 97])),
      };
      const fitted = fitEnvelope(
        stamped,
        SCORM12_LIMIT,
        dropByPriority(() => 1),
      );
      expect(fitted.left).toEqual([]);
      expect(fitted.data.length).toBeLessThanOrEqual(SCORM12_LIMIT);
      expect(await decodeEnvelope(fitted.data)).toEqual(stamped);
      if (reflections === 0) return;
      // The build's estimate is on the safe side of the real state, and not wildly so.
      const sources = bijeenkomstFiles(course).map((f) => ({
        slug: f.replace(/\.mdx$/, ''),
        source: readFileSync(path.join(COURSES, course, f), 'utf8'),
      }));
      const { estimate } = estimateCapacity(sources);
      const smallest = encodeEnvelope({ ...stamped, t: undefined }, true).length;
      expect(estimate).toBeGreaterThanOrEqual(smallest);
      expect(estimate).toBeLessThan(smallest * 1.4);
    },
  );

  it('the course check finds no course whose SCORM 1.2 packages cannot hold every Reflectie full', () => {
    expect(capacityProblems(COURSES, path.resolve(COURSES, '..'))).toEqual([]);
  });

  it('the dense form round-trips and is smaller than base64url', async () => {
    const { envelope } = completedCourse('zelfregie');
    const dense = encodeEnvelope(envelope, true);
    expect(dense).toMatch(/^L3:[0-3][0-9A-Za-z!#$()*,\-./:;=?@[\]^_{|}~]*$/);
    expect(dense.length).toBeLessThan(encodeEnvelope(envelope).length * 0.95);
    expect(await decodeEnvelope(dense)).toEqual(envelope);
  });

  it('with far more text than that keeps 1.2’s limit, the progress and as many answers as fit', async () => {
    const { envelope } = completedCourse('zelfregie', { repeat: 2 });
    expect(encodeEnvelope(envelope).length).toBeGreaterThan(SCORM12_LIMIT);
    const fitted = fitEnvelope(
      envelope,
      SCORM12_LIMIT,
      dropByPriority(() => 1),
    );
    expect(fitted.dropped).toBe(true);
    expect(fitted.data.length).toBeLessThanOrEqual(SCORM12_LIMIT);
    const decoded = await decodeEnvelope(fitted.data);
    expect(decoded?.p).toEqual(envelope.p);
    const kept = Object.keys((decoded?.s as { e: Record<string, Json> }).e);
    // The quiz answers and scan scores are small and stay; only written answers had to go.
    expect(kept.length).toBeGreaterThan(14);
    expect(encodeEnvelope(envelope).length).toBeLessThan(64_000);
  });
});
