import { readdirSync, readFileSync } from 'node:fs';
import type { Root, RootContent } from 'mdast';
import { toString } from 'mdast-util-to-string';
import { describe, expect, it } from 'vitest';
import { parse as parseYaml } from 'yaml';
import { parseCourseMdx } from '../../src/lib/mdx/parse';
import { participantTexts, readability } from '../../src/lib/mdx/readability';
import { isJsxElement, stringAttribute } from '../../src/lib/mdx/sections';
import { agendaBlockId, bijeenkomstSchema, type AgendaBlock } from '../../src/schemas/bijeenkomst';
import { courseSchema } from '../../src/schemas/course';

/**
 * Checks over the real course files that a trainer relies on when giving them: the minutes in the
 * notes fit the agenda, every role play in trios gives each person a turn as the professional, the
 * participant text stays at B1 and every source the text names is listed.
 */
const COURSES = readdirSync('courses', { withFileTypes: true })
  .filter((entry) => entry.isDirectory())
  .map((entry) => entry.name);
/** Flesch-Douma 60 and up reads as "fairly easy": the B1 texts this course promises. */
const MIN_FLESCH_DOUMA = 60;

interface SlideTiming {
  title: string;
  block: string;
  notes: string;
  minutes: number | undefined;
}

function bijeenkomstFiles(course: string): string[] {
  return readdirSync(`courses/${course}`)
    .filter((f) => /^bijeenkomst-\d+\.mdx$/.test(f))
    .map((f) => `courses/${course}/${f}`);
}

function load(file: string): { tree: Root; agenda: AgendaBlock[] } {
  const tree = parseCourseMdx(readFileSync(file, 'utf8'));
  const yaml = tree.children.find((n) => n.type === 'yaml');
  const data = bijeenkomstSchema.parse(parseYaml(yaml && 'value' in yaml ? yaml.value : ''));
  return { tree, agenda: data.agenda };
}

function notesOf(node: RootContent): string {
  if (isJsxElement(node) && node.name === 'Notes') return toString(node);
  return 'children' in node ? (node.children as RootContent[]).map(notesOf).join('\n') : '';
}

/** Every slide with its agenda block and the minutes its notes give ("Tijd: 5 minuten."). */
function slideTimings(tree: Root): SlideTiming[] {
  const slides: SlideTiming[] = [];
  let block = '';
  const visit = (node: RootContent): void => {
    if (isJsxElement(node) && node.name === 'Slide') {
      block = stringAttribute(node, 'block') ?? block;
      const notes = notesOf(node);
      const time = /Tijd: (\d+) minuten?\./.exec(notes);
      slides.push({
        title: stringAttribute(node, 'title') ?? '',
        block,
        notes,
        minutes: time ? Number(time[1]) : undefined,
      });
      return;
    }
    if ('children' in node) (node.children as RootContent[]).forEach(visit);
  };
  tree.children.forEach(visit);
  return slides;
}

const NUMBERS: Record<string, number> = { twee: 2, drie: 3, vier: 4 };

/** "Doe drie rondes van 6 minuten spelen en 2 minuten terugkoppelen" → 3 rounds of 8 minutes. */
export function rounds(notes: string): { count: number; minutes: number } | undefined {
  const m = /\b(twee|drie|vier|\d+) rondes van (\d+) minuten(?:[^.]*? en (\d+) minuten)?/i.exec(notes);
  if (!m) return undefined;
  const count = NUMBERS[m[1]!.toLowerCase()] ?? Number(m[1]);
  return { count, minutes: Number(m[2]) + Number(m[3] ?? 0) };
}

/** Citations in the text: "(Van Regenmortel, 2002)" and "Miller en Rollnick (2013)". */
function citations(text: string): { authors: string[]; year: string; cite: string }[] {
  const found: { authors: string[]; year: string; cite: string }[] = [];
  const name = "(?:Van |De )?[A-Z][\\p{L}'-]+";
  const patterns = [/\(([^(),]+), (\d{4})\)/gu, new RegExp(`(${name}(?: en ${name})?) \\((\\d{4})\\)`, 'gu')];
  for (const pattern of patterns)
    for (const m of text.matchAll(pattern)) {
      const authors = m[1]!
        .split(/ en | & /)
        .map((a) => a.trim())
        .filter(Boolean);
      found.push({ authors, year: m[2]!, cite: m[0] });
    }
  return found;
}

describe('rounds', () => {
  it('reads the rounds and their minutes from the trainer notes', () => {
    expect(rounds('Doe drie rondes van 6 minuten spelen en 2 minuten terugkoppelen, zodat …')).toEqual({
      count: 3,
      minutes: 8,
    });
    expect(rounds('Twee rondes van 7 minuten.')).toEqual({ count: 2, minutes: 7 });
    expect(rounds('Geen rondes.')).toBeUndefined();
  });
});

for (const course of COURSES) {
  describe(`course ${course}`, () => {
    const files = bijeenkomstFiles(course);

    for (const file of files) {
      const { tree, agenda } = load(file);
      const slides = slideTimings(tree);

      it(`${file}: the minutes in the notes add up to each agenda block`, () => {
        for (const block of agenda) {
          const id = agendaBlockId(block);
          const inBlock = slides.filter((s) => s.block === id);
          const untimed = inBlock.filter((s) => s.minutes === undefined).map((s) => s.title);
          expect(untimed, `${file}: slides in "${block.title}" without "Tijd: … minuten."`).toEqual([]);
          const sum = inBlock.reduce((total, s) => total + (s.minutes ?? 0), 0);
          expect(sum, `${file}: minutes in the notes of "${block.title}"`).toBe(block.minutes);
        }
      });

      it(`${file}: a role play in trios has three rounds that fit its minutes`, () => {
        const kinds = new Map(agenda.map((b) => [agendaBlockId(b), b.kind]));
        for (const slide of slides) {
          const r = rounds(slide.notes);
          const trios = /drietal/i.test(slide.notes);
          if (trios && kinds.get(slide.block) === 'rollenspel' && /\brondes\b/i.test(slide.notes))
            expect(r, `${file}: "${slide.title}" says how many rounds of how many minutes`).toBeDefined();
          if (!r) continue;
          if (trios)
            expect(r.count, `${file}: "${slide.title}": everyone in a trio has a turn`).toBeGreaterThanOrEqual(3);
          expect(r.count * r.minutes, `${file}: "${slide.title}": rounds fit the slide's minutes`).toBeLessThanOrEqual(
            slide.minutes ?? 0,
          );
        }
      });

      it(`${file}: participant text reads at B1 (Flesch-Douma ${MIN_FLESCH_DOUMA} or more)`, () => {
        const score = readability(participantTexts(tree));
        expect(score.words).toBeGreaterThan(500);
        expect(Math.round(score.fleschDouma * 10) / 10, `${file}: Flesch-Douma`).toBeGreaterThanOrEqual(
          MIN_FLESCH_DOUMA,
        );
      });
    }

    it('the trainer front section covers what a trainer arranges before, between and after', () => {
      const data = courseSchema.parse(parseYaml(readFileSync(`courses/${course}/course.yaml`, 'utf8')));
      const intro = (data.trainerIntro ?? []).map((item) => `${item.title}\n${item.text}`);
      // Issue 15's "trainer's front section": each topic in at least one entry.
      const topics: Record<string, RegExp> = {
        'group size': /\b\d+ tot \d+ (deelnemers|leidinggevenden)\b/,
        'two trainers': /twee trainers|mede-trainer|\bduo\b/i,
        'inviting in time': /(zes|vier|acht) (tot (zes|acht) )?weken (vooraf|van tevoren)/i,
        actor: /acteur/i,
        'the print pack': /\bprint/i,
        'time between or around the meetings':
          /tussen de (twee )?(bijeenkomsten|dagdelen)|vóór of tijdens de training/i,
        'a terugkommoment': /terugkommoment/i,
      };
      const missing = Object.entries(topics)
        .filter(([, pattern]) => !intro.some((entry) => pattern.test(entry)))
        .map(([topic]) => topic);
      expect(missing, `${course}: topics missing from trainerIntro`).toEqual([]);
      // A delivery variant that puts bijeenkomsten together says what the trainer does instead of the homework review.
      for (const variant of data.variants.filter((v) => v.parts.some((part) => part.bijeenkomsten.length > 1)))
        expect(
          intro.some((entry) => entry.includes(variant.title) && /opdracht|huiswerk/.test(entry)),
          `${course}: a trainerIntro entry on "${variant.title}" and its homework`,
        ).toBe(true);
    });

    it('every source the text names is in the course sources', () => {
      const data = courseSchema.parse(parseYaml(readFileSync(`courses/${course}/course.yaml`, 'utf8')));
      const sources = data.sources ?? [];
      const missing: string[] = [];
      for (const file of files) {
        const text = participantTexts(load(file).tree).join('\n');
        for (const c of citations(text)) {
          const listed = sources.some((s) => s.includes(c.year) && c.authors.every((a) => s.includes(a)));
          if (!listed) missing.push(`${file}: ${c.cite}`);
        }
      }
      expect([...new Set(missing)]).toEqual([]);
    });
  });
}
