import { cpSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { checkCourses } from './check-courses';
import { formatProblems } from './problem';

const VALID = path.resolve(import.meta.dirname, '../../../tests/fixtures/valid-courses');
let dirs: string[] = [];
afterEach(() => {
  dirs.forEach((dir) => rmSync(dir, { recursive: true, force: true }));
  dirs = [];
});

/** A copy of the fixture courses with one file changed; problems are reported relative to it. */
function check(file: string, change: (text: string) => string, prepare?: (dir: string) => void) {
  const dir = mkdtempSync(path.join(tmpdir(), 'leerlijn-check-'));
  dirs.push(dir);
  cpSync(VALID, dir, { recursive: true });
  const full = path.join(dir, file);
  writeFileSync(full, change(readFileSync(full, 'utf8')));
  prepare?.(dir);
  return checkCourses(dir, dir).map(
    ({ file, line, field, message }) => `${file}:${line ?? '?'} ${field ? `${field}: ` : ''}${message}`,
  );
}

describe('checkCourses', () => {
  it('finds nothing wrong in the fixture courses or the real ones', () => {
    expect(checkCourses(VALID)).toEqual([]);
    expect(checkCourses(path.resolve(import.meta.dirname, '../../../courses'))).toEqual([]);
  });

  it('reports a variant that leaves out a bijeenkomst or names one twice', () => {
    expect(check('demo/course.yaml', (t) => t.replace('[1, 2]', '[1, 1]'))).toEqual([
      'demo/course.yaml:10 variants[0].parts: variant "in-een-keer" leaves out bijeenkomst 2; every variant gives every bijeenkomst',
      'demo/course.yaml:12 variants[0].parts[0].bijeenkomsten[1]: bijeenkomst 1 is already in part 1 of this variant; each bijeenkomst belongs to one part',
    ]);
  });

  it('needs a mastery score from 0 to 100', () => {
    expect(check('demo/course.yaml', (t) => t.replace('language: nl', 'language: nl\nmastery: 120'))).toEqual([
      'demo/course.yaml:5 mastery: expected the mastery score as a whole number from 0 to 100, e.g. 70; found 120',
    ]);
    expect(check('demo/course.yaml', (t) => t.replace('language: nl', 'language: nl\nmastery: 80'))).toEqual([]);
  });

  it('reports gaps in the numbering', () => {
    expect(check('demo/bijeenkomst-2.mdx', (t) => t.replace('number: 2', 'number: 3'))).toEqual([
      'demo/bijeenkomst-2.mdx:2 number: expected the bijeenkomsten to be numbered 1 to 2 without gaps; 2 is missing',
      'demo/course.yaml:10 variants[0].parts: variant "in-een-keer" leaves out bijeenkomst 3; every variant gives every bijeenkomst',
      'demo/course.yaml:12 variants[0].parts[0].bijeenkomsten[1]: there is no bijeenkomst 2; expected one of 1, 3',
    ]);
  });

  it('checks figures: alt text, an existing SVG in assets/ that the page can inline', () => {
    const svg = (dir: string, name: string, text: string) => {
      mkdirSync(path.join(dir, 'demo/assets'), { recursive: true });
      writeFileSync(path.join(dir, 'demo/assets', name), text);
    };
    const good = '<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 320 100"><text x="10" y="20">Hallo</text></svg>';
    const add = (figure: string) => (t: string) => t.replace('## Tussenkop', `${figure}\n\n## Tussenkop`);
    const ok = check('demo/bijeenkomst-1.mdx', add('<Figuur src="assets/route.svg" alt="De route" />'), (dir) =>
      svg(dir, 'route.svg', good),
    );
    expect(ok).toEqual([]);
    const line = (problems: string[]) => problems.map((p) => p.replace(/^demo\/bijeenkomst-1\.mdx:\d+ /, ''));
    expect(
      line(check('demo/bijeenkomst-1.mdx', add('<Figuur src="assets/route.svg" />'), (d) => svg(d, 'route.svg', good))),
    ).toEqual(['alt: <Figuur> the alt text (what the figure shows, for people who cannot see it) is required']);
    expect(check('demo/bijeenkomst-1.mdx', add('<Figuur src="assets/weg.svg" alt="Weg" />'))).toEqual([
      "demo/bijeenkomst-1.mdx:28 src: there is no file assets/weg.svg in this course's folder",
    ]);
    expect(
      line(
        check('demo/bijeenkomst-1.mdx', add('<Figuur src="assets/x.svg" alt="X" />'), (d) =>
          svg(d, 'x.svg', '<svg><rect style="fill:red"/><script>alert(1)</script></svg>'),
        ),
      ),
    ).toEqual([
      'src: assets/x.svg: the <svg> needs a viewBox, such as viewBox="0 0 320 240", so it scales to the screen',
      'src: assets/x.svg: style attributes are not allowed (the page forbids inline styles); use the ll-fig-* classes',
      'src: assets/x.svg: <script> is not allowed in a figure; draw with shapes and text, colour with classes',
    ]);
    expect(line(check('demo/bijeenkomst-1.mdx', add('<Figuur src="plaatje.png" alt="X" />')))).toEqual([
      'src: <Figuur> expected src as a file in the assets/ folder, such as "assets/wmo-route.svg"',
    ]);
    expect(check('demo/bijeenkomst-1.mdx', add('![](assets/foto.png)'))).toEqual([
      'demo/bijeenkomst-1.mdx:28 the image "assets/foto.png" has no alt text; write what it shows between the brackets: ![Wat de afbeelding laat zien](assets/foto.png)',
      "demo/bijeenkomst-1.mdx:28 there is no file assets/foto.png in this course's folder",
    ]);
  });

  it('refuses imports, scripts, nested slides and spread attributes in MDX', () => {
    const problems = check(
      'demo/bijeenkomst-2.mdx',
      (t) =>
        t.replace(
          'Laatste dia.',
          '<Slide title="Binnen">x</Slide>\n\n<script>alert(1)</script>\n\n<Callout {...props}>y</Callout>',
        ) + '\nimport X from "./x.js"\n',
    );
    expect(problems).toEqual([
      'demo/bijeenkomst-2.mdx:14 <Slide> cannot be inside another <Slide>; close the first one before the next',
      'demo/bijeenkomst-2.mdx:16 <script> is not allowed in course files; use Markdown or the components Slide, Notes, Step, Callout, Klas, Zelfstudie, Figuur, Kennischeck, Reflectie, Rollenspel, Schaalvraag, Netwerkcirkel, Zelfredzaamheidscan, Stappenplan, Voortgang, Voortgangsoverzicht, Werkblad',
      'demo/bijeenkomst-2.mdx:18 <Callout> cannot take {...spread} attributes; write each attribute out',
      'demo/bijeenkomst-2.mdx:21 course files cannot import or export; the components Slide, Notes, Step, Callout, Klas, Zelfstudie, Figuur, Kennischeck, Reflectie, Rollenspel, Schaalvraag, Netwerkcirkel, Zelfredzaamheidscan, Stappenplan, Voortgang, Voortgangsoverzicht, Werkblad are always available',
    ]);
  });

  it('reports an exercise id that another bijeenkomst of the course already uses', () => {
    const twice = '\n<Schaalvraag id="demo-check">Waar staat u?</Schaalvraag>\n';
    expect(check('demo/bijeenkomst-2.mdx', (t) => `${t}${twice}`)).toEqual([
      'demo/bijeenkomst-2.mdx:17 id: the exercise id "demo-check" is already used in demo/bijeenkomst-1.mdx; every exercise in a course needs its own id, or saved answers get mixed up',
    ]);
    // The same id in another course is fine: saved answers are kept per course.
    expect(
      check('english/session-1.mdx', (t) => `${t}${twice}`).filter((line) => line.includes('already used')),
    ).toEqual([]);
  });

  it('accepts steps only directly inside a slide', () => {
    const problems = check(
      'demo/bijeenkomst-2.mdx',
      (t) => t.replace('Laatste dia.', 'Laatste dia.\n\n<Notes>\n<Step>x</Step>\n</Notes>') + '\n<Step>buiten</Step>\n',
    );
    expect(problems).toEqual([
      'demo/bijeenkomst-2.mdx:17 <Step> belongs directly in a <Slide>, outside <Notes> and other steps; it marks what the deck reveals on the next key press',
      'demo/bijeenkomst-2.mdx:21 <Step> belongs directly in a <Slide>, outside <Notes> and other steps; it marks what the deck reveals on the next key press',
    ]);
  });

  it('checks component attributes', () => {
    expect(
      check('demo/bijeenkomst-1.mdx', (t) =>
        t.replace('<Callout type="tip">', '<Callout type="waarschuwing" kleur="rood">'),
      ),
    ).toEqual([
      'demo/bijeenkomst-1.mdx:40 type: <Callout> expected type "info", "tip", "let-op" or "voorbeeld"',
      'demo/bijeenkomst-1.mdx:40 <Callout> has no attribute "kleur"',
    ]);
    expect(check('demo/bijeenkomst-2.mdx', (t) => t.replace('<Slide title="Afronden">', '<Slide>'))).toEqual([
      'demo/bijeenkomst-2.mdx:13 title: <Slide> the slide title is required',
    ]);
  });

  it('reports YAML syntax errors with their line', () => {
    expect(check('demo/bijeenkomst-1.mdx', (t) => t.replace('title: Begin', 'title: Begin\n  extra: x'))).toEqual([
      'demo/bijeenkomst-1.mdx:3 the frontmatter is not valid YAML: Nested mappings are not allowed in compact mappings',
      'demo/bijeenkomst-1.mdx:3 the frontmatter is not valid YAML: Implicit keys need to be on a single line',
    ]);
    // An unclosed quote runs to the end of the frontmatter; the parser reports where it noticed.
    expect(check('demo/bijeenkomst-1.mdx', (t) => t.replace('title: Begin', 'title: "Begin'))).toEqual([
      'demo/bijeenkomst-1.mdx:15 the frontmatter is not valid YAML: Missing closing "quote',
    ]);
  });

  it('checks the glossary and every link into it', () => {
    const glossary = (dir: string) =>
      writeFileSync(
        path.join(dir, 'begrippen.yaml'),
        '- term: Zelfregie\n  definition: De cliënt bepaalt.\n- term: zelfregie\n  definition: Dubbel.\n',
      );
    const problems = check(
      'demo/bijeenkomst-2.mdx',
      (t) => `${t}\nZie [zelfregie](../../begrippen/#zelfregie) en [regie](../../begrippen/#regie).\n`,
    );
    expect(problems).toEqual([
      'demo/bijeenkomst-2.mdx:17 this links to the glossary, but there is no courses/begrippen.yaml',
      'demo/bijeenkomst-2.mdx:17 this links to the glossary, but there is no courses/begrippen.yaml',
    ]);
    const withGlossary = check(
      'demo/bijeenkomst-2.mdx',
      (t) => `${t}\nZie [regie](../../begrippen/#regie).\n`,
      glossary,
    );
    expect(withGlossary).toEqual([
      'begrippen.yaml:3 [1].term: "zelfregie" is already in the glossary (as "Zelfregie")',
      'demo/bijeenkomst-2.mdx:17 the glossary has no term "regie"; add it to courses/begrippen.yaml or link to an existing term',
    ]);
  });

  it('formats problems with the location first', () => {
    expect(
      formatProblems([
        { file: 'courses/a/b.mdx', line: 4, column: 1, field: 'duration', message: 'expected minutes' },
        { file: 'courses/a', message: 'x' },
      ]),
    ).toMatchInlineSnapshot(`
        "The course files have 2 problems:

        courses/a/b.mdx:4:1
          duration: expected minutes

        courses/a
          x
        "
      `);
  });
});

describe('the homework exercise', () => {
  const withHomework =
    (id: string, homework = 'homework: Doe de opdracht.\n') =>
    (t: string) =>
      t.replace('materials:\n', `${homework}homeworkExercise: ${id}\nmaterials:\n`);

  it('accepts an exercise of the same file', () => {
    expect(check('demo/bijeenkomst-1.mdx', withHomework('demo-check'))).toEqual([]);
  });

  it('names the exercises of the file when the id is not one of them, at the line of the field', () => {
    expect(check('demo/bijeenkomst-1.mdx', withHomework('bestaat-niet'))).toEqual([
      'demo/bijeenkomst-1.mdx:15 homeworkExercise: "bestaat-niet" names no exercise in this file; expected one of demo-check, zaal-check, zaal-reflectie, zaal-gesprek, zaal-schaal, zaal-gelezen',
    ]);
  });

  it('asks for the homework text it points to', () => {
    expect(check('demo/bijeenkomst-1.mdx', withHomework('demo-check', ''))).toEqual([
      'demo/bijeenkomst-1.mdx:14 homeworkExercise: homeworkExercise needs a homework text to go with it; add homework, or remove homeworkExercise',
    ]);
  });
});

describe('printed sheets (<Werkblad>)', () => {
  const sheet = '\n<Werkblad id="blad" title="Blad" for="rol" copies="per-drietal">\nTekst.\n</Werkblad>\n';

  it('asks a role card for its role and keeps sheets out of slides', () => {
    expect(check('demo/bijeenkomst-2.mdx', (t) => `${t}${sheet}`)).toEqual([
      'demo/bijeenkomst-2.mdx:17 role: <Werkblad for="rol"> needs role="…" naming the role it is for, such as role="Mevrouw Jansen (cliënt)"',
    ]);
    const nested =
      '\n<Slide title="Blad">\n<Werkblad id="blad" title="Blad" for="trainer" copies="een">\nTekst.\n</Werkblad>\n</Slide>\n';
    expect(check('demo/bijeenkomst-2.mdx', (t) => `${t}${nested}`)).toEqual([
      'demo/bijeenkomst-2.mdx:18 <Werkblad> belongs on its own in the page, outside slides, notes and exercises; it prints on its own page',
    ]);
  });

  it('resolves materials that name a sheet, with the line of the entry', () => {
    const problems = check('demo/bijeenkomst-1.mdx', (t) =>
      t.replace('  - Flip-over en stiften\n', '  - Flip-over en stiften\n  - werkblad: bestaat-niet\n'),
    );
    expect(problems).toHaveLength(1);
    expect(problems[0]).toMatch(
      /^demo\/bijeenkomst-1\.mdx:16 materials\[1\]\.werkblad: "bestaat-niet" names no <Werkblad> in this file; expected one of demo-werkblad, demo-rolkaart, demo-trainerblad$/,
    );
  });

  it('refuses unknown audiences and copies, and the same sheet id twice in a course', () => {
    const bad = '\n<Werkblad id="anders" title="Blad" for="iedereen" copies="veel">\nTekst.\n</Werkblad>\n';
    expect(check('demo/bijeenkomst-2.mdx', (t) => `${t}${bad}`)).toEqual([
      'demo/bijeenkomst-2.mdx:17 for: <Werkblad> expected for "deelnemer", "rol" or "trainer"',
      'demo/bijeenkomst-2.mdx:17 copies: <Werkblad> expected copies "per-deelnemer", "per-tweetal", "per-drietal", "per-groepje" or "een"',
    ]);
    const twice = '\n<Werkblad id="demo-werkblad" title="Blad" for="trainer" copies="een">\nTekst.\n</Werkblad>\n';
    expect(check('demo/bijeenkomst-2.mdx', (t) => `${t}${twice}`)).toEqual([
      'demo/bijeenkomst-2.mdx:17 id: the sheet id "demo-werkblad" is already used in demo/bijeenkomst-1.mdx; every <Werkblad> in a course needs its own id',
    ]);
  });
});
