import { mkdirSync, readFileSync, renameSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { astroBuild, copyValidCourses } from './run-astro';

/** Edits one file of the copied fixture course. */
function edit(dir: string, file: string, change: (text: string) => string): void {
  const full = path.join(dir, file);
  writeFileSync(full, change(readFileSync(full, 'utf8')));
}

/**
 * Each broken course must stop the build with a message that names the file, the line and what
 * was expected, with the message first and no stack trace at all.
 */
const cases: { name: string; breakIt: (dir: string) => void; where: string; says: RegExp }[] = [
  {
    name: 'a missing title',
    breakIt: (dir) => edit(dir, 'demo/bijeenkomst-1.mdx', (t) => t.replace('title: Begin\n', '')),
    where: 'demo/bijeenkomst-1.mdx:2:1',
    says: /title: the title is required/,
  },
  {
    name: 'a duration in words',
    breakIt: (dir) => edit(dir, 'demo/bijeenkomst-1.mdx', (t) => t.replace('duration: 60', 'duration: twee uur')),
    where: 'demo/bijeenkomst-1.mdx:4:1',
    says: /duration: expected duration as a whole number of minutes, such as 120; found "twee uur"/,
  },
  {
    name: 'an agenda that does not add up',
    breakIt: (dir) => edit(dir, 'demo/bijeenkomst-1.mdx', (t) => t.replace('minutes: 45', 'minutes: 40')),
    where: 'demo/bijeenkomst-1.mdx:7:1',
    says: /agenda: the agenda blocks add up to 55 minutes, but duration is 60/,
  },
  {
    name: 'a duplicate number',
    breakIt: (dir) => edit(dir, 'demo/bijeenkomst-2.mdx', (t) => t.replace('number: 2', 'number: 1')),
    where: 'demo/bijeenkomst-2.mdx:2:1',
    says: /number: number 1 is already used by .*demo\/bijeenkomst-1\.mdx; every bijeenkomst needs its own number/,
  },
  {
    name: 'an unknown component',
    breakIt: (dir) => edit(dir, 'demo/bijeenkomst-2.mdx', (t) => `${t}\n<Quiz id="q1" />\n`),
    where: 'demo/bijeenkomst-2.mdx:17:1',
    says: /unknown component <Quiz>; course files can use Slide, Notes, Step, Callout/,
  },
  {
    name: 'malformed MDX',
    breakIt: (dir) => edit(dir, 'demo/bijeenkomst-2.mdx', (t) => t.replace('Laatste dia.', 'Laatste {dia.')),
    where: 'demo/bijeenkomst-2.mdx:14:',
    says: /this is not valid MDX: .*closing brace/,
  },
  {
    name: 'a placeholder in curly braces',
    breakIt: (dir) => edit(dir, 'demo/bijeenkomst-2.mdx', (t) => t.replace('Laatste dia.', 'Laatste dia, {naam}.')),
    where: 'demo/bijeenkomst-2.mdx:14:14',
    says: /\{naam\} is read as code \(an MDX expression\), which course files cannot use; to show the curly braces as text, write \\\{naam\\\}/,
  },
  {
    name: 'a file in the wrong place',
    breakIt: (dir) => {
      mkdirSync(path.join(dir, 'demo/sessies'));
      renameSync(path.join(dir, 'demo/bijeenkomst-2.mdx'), path.join(dir, 'demo/sessies/bijeenkomst-2.mdx'));
    },
    where: 'demo/sessies',
    says: /course folders hold no subfolders except assets\/ for images/,
  },
  {
    name: 'a slide tied to an agenda block that does not exist',
    breakIt: (dir) => edit(dir, 'demo/bijeenkomst-1.mdx', (t) => t.replace('block="oefenen"', 'block="oefening"')),
    where: 'demo/bijeenkomst-1.mdx:30',
    says: /<Slide block="oefening"> names no agenda block; expected one of welkom, oefenen/,
  },
  {
    name: 'a misspelt field',
    breakIt: (dir) => edit(dir, 'demo/course.yaml', (t) => t.replace('summary:', 'sumary:')),
    where: 'demo/course.yaml:2:1',
    says: /sumary: unknown field; did you mean "summary"\?/,
  },
  {
    name: 'an exercise without an id',
    breakIt: (dir) =>
      edit(
        dir,
        'demo/bijeenkomst-2.mdx',
        (t) => `${t}\n<Schaalvraag title="Hoe gaat het?">Waar staat u nu?</Schaalvraag>\n`,
      ),
    where: 'demo/bijeenkomst-2.mdx:17:1',
    says: /id: <Schaalvraag> the exercise id is required/,
  },
  {
    name: 'a question without options',
    breakIt: (dir) =>
      edit(
        dir,
        'demo/bijeenkomst-2.mdx',
        (t) => `${t}\n<Kennischeck id="leeg">\n\n<Vraag id="v1">\nWat komt eerst?\n</Vraag>\n\n</Kennischeck>\n`,
      ),
    where: 'demo/bijeenkomst-2.mdx:19:1',
    says: /<Vraag> in a <Kennischeck> needs at least two <Optie> elements/,
  },
  {
    name: 'a dialogue reply that leads to a missing turn',
    breakIt: (dir) =>
      edit(
        dir,
        'demo/bijeenkomst-2.mdx',
        (t) =>
          `${t}\n<Rollenspel id="jansen" client="Mevrouw Jansen">\n\n<Beurt id="begin">\nWie komt er?\n\n<Reactie next="einde">Wat wilt u?</Reactie>\n<Reactie next="nergens">Ik regel het.</Reactie>\n</Beurt>\n\n<Einde id="einde">Klaar.</Einde>\n\n</Rollenspel>\n`,
      ),
    where: 'demo/bijeenkomst-2.mdx:23:1',
    says: /next: <Reactie next="nergens"> leads to a turn that does not exist; expected one of begin, einde/,
  },
  {
    name: 'the same exercise id twice on a page',
    breakIt: (dir) =>
      edit(
        dir,
        'demo/bijeenkomst-2.mdx',
        (t) =>
          `${t}\n<Schaalvraag id="dubbel">Eerste?</Schaalvraag>\n\n<Schaalvraag id="dubbel">Tweede?</Schaalvraag>\n`,
      ),
    where: 'demo/bijeenkomst-2.mdx:19',
    says: /id: the exercise id "dubbel" is already used in .*demo\/bijeenkomst-2\.mdx; every exercise in a course needs its own id/,
  },
  {
    name: 'Reflecties that could not fit SCORM 1.2 when full',
    breakIt: (dir) =>
      edit(dir, 'demo/bijeenkomst-1.mdx', (t) =>
        t.replace('<Reflectie id="zaal-reflectie">', '<Reflectie id="zaal-reflectie" maxLength={9000}>'),
      ),
    where: 'demo/bijeenkomst-1.mdx:73',
    says: /maxLength: with every Reflectie filled to its maxLength .* more than the 4096 of SCORM 1\.2's suspend_data/,
  },
  {
    name: 'a photo that is not there',
    breakIt: (dir) =>
      edit(dir, 'demo/bijeenkomst-1.mdx', (t) => t.replace('](assets/kring.png)', '](assets/kring-weg.png)')),
    where: 'demo/bijeenkomst-1.mdx:103:1',
    says: /there is no file assets\/kring-weg\.png in this course's folder/,
  },
  {
    name: 'an option outside a question',
    breakIt: (dir) => edit(dir, 'demo/bijeenkomst-2.mdx', (t) => `${t}\n<Optie id="los">Los</Optie>\n`),
    where: 'demo/bijeenkomst-2.mdx:17:1',
    says: /<Optie> belongs inside <Vraag>/,
  },
];

describe('npm run build on a broken course', () => {
  for (const { name, breakIt, where, says } of cases) {
    it(`fails clearly on ${name}`, async () => {
      const dir = copyValidCourses();
      breakIt(dir);
      const { status, output } = await astroBuild(dir);
      expect(status).toBe(1);
      const text = output.trim();
      expect(text.startsWith('The course files have'), text).toBe(true);
      expect(text).toContain(where);
      expect(text).toMatch(says);
      expect(text).not.toMatch(/^\s+at\s/m);
    }, 120_000);
  }
});
