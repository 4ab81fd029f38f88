import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import { agendaBlockId, bijeenkomstSchema, type BijeenkomstData } from '../../schemas/bijeenkomst';
import { SLUG_PATTERN } from '../../schemas/common';
import { courseSchema, type CourseData } from '../../schemas/course';
import { annotateSections, type ExerciseInfo, type SheetInfo, type SlideInfo } from '../mdx/sections';
import { checkFigures } from './check-figures';
import { checkGlossary, checkGlossaryLinks, GLOSSARY_FILE } from './check-glossary';
import { checkMdxBody } from './check-mdx';
import { parseCourseMdx, type CourseMdxParser } from '../mdx/parse';
import { fieldName, type CourseProblem } from './problem';
import { parseYamlSource, type YamlSource } from './yaml-source';
import { zodProblems } from './zod-problems';

/** The only files a course folder holds, besides images under `assets/`. */
export const COURSE_FILE = 'course.yaml';
const ASSETS_DIR = 'assets';
const FRONTMATTER = /^---\r?\n([\s\S]*?)\r?\n---(?:\r?\n|$)/;

interface CheckedBijeenkomst {
  file: string;
  data: BijeenkomstData;
  source: YamlSource;
  slides: SlideInfo[];
  exercises: ExerciseInfo[];
  sheets: SheetInfo[];
}

/** Paths inside the project are shown relative to it, as editors and terminals link them. */
function relative(file: string, root: string): string {
  const rel = path.relative(root, file);
  return (rel.startsWith('..') || path.isAbsolute(rel) ? file : rel).split(path.sep).join('/');
}

/** Reads the frontmatter and body of one bijeenkomst file and checks both. */
function checkBijeenkomst(
  file: string,
  display: string,
  glossary: Set<string> | undefined,
  problems: CourseProblem[],
  parse: CourseMdxParser,
): CheckedBijeenkomst | undefined {
  const text = readFileSync(file, 'utf8');
  const match = FRONTMATTER.exec(text);
  if (!match) {
    problems.push({
      file: display,
      line: 1,
      message:
        'expected frontmatter between two "---" lines at the top, with number, title, duration, goals and agenda',
    });
    return undefined;
  }
  const source = parseYamlSource(match[1] ?? '', 2);
  for (const error of source.errors)
    problems.push({ file: display, ...error, message: `the frontmatter is not valid YAML: ${error.message}` });

  const body = checkMdxBody(text, display, parse);
  problems.push(...body.problems);
  if (body.tree) checkGlossaryLinks(body.tree, display, glossary, problems);
  if (body.tree) checkFigures(body.tree, path.dirname(file), display, problems);
  if (source.errors.length) return undefined;

  const parsed = bijeenkomstSchema.safeParse(source.data ?? {});
  if (!parsed.success) {
    problems.push(...zodProblems(bijeenkomstSchema, parsed.error, source, display));
    return undefined;
  }
  const map = body.tree ? annotateSections(body.tree) : { slides: [], exercises: [], sheets: [] };
  checkMaterials(display, parsed.data, source, map.sheets, problems);
  checkHomeworkExercise(display, parsed.data, source, map.exercises, problems);
  return { file: display, data: parsed.data, source, slides: map.slides, exercises: map.exercises, sheets: map.sheets };
}

/** `materials` entries that name a sheet must name a `<Werkblad>` of the same file. */
function checkMaterials(
  file: string,
  data: BijeenkomstData,
  source: YamlSource,
  sheets: SheetInfo[],
  problems: CourseProblem[],
) {
  const ids = sheets.map((sheet) => sheet.id);
  (data.materials ?? []).forEach((item, index) => {
    if (typeof item === 'string' || ids.includes(item.werkblad)) return;
    problems.push({
      file,
      ...source.locate(['materials', index, 'werkblad']),
      field: fieldName(['materials', index, 'werkblad']),
      message: `"${item.werkblad}" names no <Werkblad> in this file; expected ${ids.length ? `one of ${ids.join(', ')}` : 'a <Werkblad id="…"> in the text'}`,
    });
  });
}

/** `homeworkExercise` must name an exercise of the same file, and only with a `homework` to point to. */
function checkHomeworkExercise(
  file: string,
  data: BijeenkomstData,
  source: YamlSource,
  exercises: { id: string }[],
  problems: CourseProblem[],
) {
  const id = data.homeworkExercise;
  if (id === undefined) return;
  const ids = exercises.map((exercise) => exercise.id);
  const message = !data.homework
    ? 'homeworkExercise needs a homework text to go with it; add homework, or remove homeworkExercise'
    : ids.includes(id)
      ? undefined
      : `"${id}" names no exercise in this file; expected ${ids.length ? `one of ${ids.join(', ')}` : 'the id of an exercise in the text'}`;
  if (message) problems.push({ file, ...source.locate(['homeworkExercise']), field: 'homeworkExercise', message });
}

/** Rules that span the files of one course. */
function checkCourseRules(
  courseFile: string,
  course: { data: CourseData; source: YamlSource } | undefined,
  sessions: CheckedBijeenkomst[],
  allSessionsRead: boolean,
  problems: CourseProblem[],
) {
  const byNumber = new Map<number, CheckedBijeenkomst>();
  for (const session of [...sessions].sort((a, b) => a.file.localeCompare(b.file))) {
    const other = byNumber.get(session.data.number);
    if (other) {
      problems.push({
        file: session.file,
        ...session.source.locate(['number']),
        field: 'number',
        message: `number ${session.data.number} is already used by ${other.file}; every bijeenkomst needs its own number`,
      });
    } else byNumber.set(session.data.number, session);
  }
  const numbers = [...byNumber.keys()].sort((a, b) => a - b);
  // Numbering and variants are judged on the whole course only; with a file unreadable they would
  // report gaps that are not there.
  if (allSessionsRead)
    numbers.forEach((n, i) => {
      if (n !== i + 1) {
        const session = byNumber.get(n)!;
        problems.push({
          file: session.file,
          ...session.source.locate(['number']),
          field: 'number',
          message: `expected the bijeenkomsten to be numbered 1 to ${numbers.length} without gaps; ${i + 1} is missing`,
        });
      }
    });

  const exerciseIds = new Map<string, string>();
  const sheetIds = new Map<string, string>();
  for (const session of sessions) {
    const blocks = new Set(session.data.agenda.map(agendaBlockId));
    const reported = new Set<string>();
    for (const { block, line } of session.slides) {
      if (!block || blocks.has(block) || reported.has(block)) continue;
      reported.add(block);
      problems.push({
        file: session.file,
        ...(line ? { line } : {}),
        field: 'block',
        message: `<Slide block="${block}"> names no agenda block; expected one of ${[...blocks].join(', ')}`,
      });
    }
    for (const { id, line } of session.sheets) {
      // A participant's sheet and an exercise are both anchors on the self-study page.
      if (session.exercises.some((exercise) => exercise.id === id))
        problems.push({
          file: session.file,
          ...(line ? { line } : {}),
          field: 'id',
          message: `the sheet id "${id}" is also an exercise id in this file; give the <Werkblad> its own id, such as "${id}-blad"`,
        });
      const other = sheetIds.get(id);
      if (other)
        problems.push({
          file: session.file,
          ...(line ? { line } : {}),
          field: 'id',
          message: `the sheet id "${id}" is already used in ${other}; every <Werkblad> in a course needs its own id`,
        });
      else sheetIds.set(id, session.file);
    }
    for (const { id, line } of session.exercises) {
      const other = exerciseIds.get(id);
      if (other)
        problems.push({
          file: session.file,
          ...(line ? { line } : {}),
          field: 'id',
          message: `the exercise id "${id}" is already used in ${other}; every exercise in a course needs its own id, or saved answers get mixed up`,
        });
      else exerciseIds.set(id, session.file);
    }
  }

  if (!course || !allSessionsRead) return;
  course.data.variants.forEach((variant, v) => {
    const seen = new Map<number, number>();
    variant.parts.forEach((part, p) =>
      part.bijeenkomsten.forEach((n, b) => {
        const at = {
          file: courseFile,
          ...course.source.locate(['variants', v, 'parts', p, 'bijeenkomsten', b]),
          field: `variants[${v}].parts[${p}].bijeenkomsten[${b}]`,
        };
        if (!byNumber.has(n))
          problems.push({ ...at, message: `there is no bijeenkomst ${n}; expected one of ${numbers.join(', ')}` });
        else if (seen.has(n))
          problems.push({
            ...at,
            message: `bijeenkomst ${n} is already in part ${seen.get(n)! + 1} of this variant; each bijeenkomst belongs to one part`,
          });
        seen.set(n, p);
      }),
    );
    const missing = numbers.filter((n) => !seen.has(n));
    if (missing.length)
      problems.push({
        file: courseFile,
        ...course.source.locate(['variants', v, 'parts']),
        field: `variants[${v}].parts`,
        message: `variant "${variant.id}" leaves out bijeenkomst ${missing.join(', ')}; every variant gives every bijeenkomst`,
      });
  });
}

/**
 * Checks every file under the courses folder: where it is, its frontmatter, its MDX and the rules
 * between files. Returns all problems at once so an author can fix them in one go.
 *
 * @param root the folder paths are shown relative to (the project root).
 * @param parse the MDX parser, shared with the other build-time rules (see `courseMdxParser`).
 */
export function checkCourses(
  coursesDir: string,
  root = process.cwd(),
  parse: CourseMdxParser = parseCourseMdx,
): CourseProblem[] {
  const problems: CourseProblem[] = [];
  const show = (file: string) => relative(file, root);
  if (!existsSync(coursesDir))
    return [
      {
        file: show(coursesDir),
        message: 'the courses folder does not exist; expected a folder per course with a course.yaml',
      },
    ];

  const glossary = checkGlossary(
    path.join(coursesDir, GLOSSARY_FILE),
    show(path.join(coursesDir, GLOSSARY_FILE)),
    problems,
  );
  const courseDirs = readdirSync(coursesDir).filter((name) => !name.startsWith('.') && name !== GLOSSARY_FILE);
  if (!courseDirs.some((name) => statSync(path.join(coursesDir, name)).isDirectory())) {
    problems.push({
      file: show(coursesDir),
      message: 'no courses found; expected a folder per course, such as courses/zelfregie/ with a course.yaml',
    });
  }
  for (const name of courseDirs) {
    const dir = path.join(coursesDir, name);
    if (!statSync(dir).isDirectory()) {
      problems.push({
        file: show(dir),
        message: `files belong in a folder per course (courses/<course>/course.yaml, courses/<course>/<bijeenkomst>.mdx); only the glossary, ${GLOSSARY_FILE}, sits beside them`,
      });
      continue;
    }
    if (!SLUG_PATTERN.test(name))
      problems.push({
        file: show(dir),
        message: `the folder name is the course's URL; expected lower-case letters, digits and hyphens, such as "zelfregie"`,
      });

    const sessions: CheckedBijeenkomst[] = [];
    let unreadSessions = 0;
    let course: { data: CourseData; source: YamlSource } | undefined;
    const courseFile = path.join(dir, COURSE_FILE);
    if (!existsSync(courseFile))
      problems.push({
        file: show(courseFile),
        message: 'every course folder needs a course.yaml with title, summary, audience and goals',
      });

    for (const entry of readdirSync(dir).filter((e) => !e.startsWith('.'))) {
      const file = path.join(dir, entry);
      if (statSync(file).isDirectory()) {
        if (entry !== ASSETS_DIR)
          problems.push({
            file: show(file),
            message: `course folders hold no subfolders except ${ASSETS_DIR}/ for images; put each bijeenkomst directly in ${show(dir)}/`,
          });
      } else if (entry === COURSE_FILE) {
        const source = parseYamlSource(readFileSync(file, 'utf8'));
        for (const error of source.errors)
          problems.push({ file: show(file), ...error, message: `not valid YAML: ${error.message}` });
        if (source.errors.length) continue;
        const parsed = courseSchema.safeParse(source.data ?? {});
        if (parsed.success) course = { data: parsed.data, source };
        else problems.push(...zodProblems(courseSchema, parsed.error, source, show(file)));
      } else if (entry.endsWith('.mdx')) {
        if (!SLUG_PATTERN.test(entry.slice(0, -4))) {
          problems.push({
            file: show(file),
            message:
              'the file name is the bijeenkomst\'s URL; expected lower-case letters, digits and hyphens, such as "bijeenkomst-1.mdx"',
          });
          unreadSessions++;
          continue;
        }
        const checked = checkBijeenkomst(file, show(file), glossary, problems, parse);
        if (checked) sessions.push(checked);
        else unreadSessions++;
      } else {
        problems.push({
          file: show(file),
          message: `unexpected file; a course folder holds ${COURSE_FILE}, one .mdx file per bijeenkomst, and images under ${ASSETS_DIR}/`,
        });
      }
    }
    if (!readdirSync(dir).some((e) => e.endsWith('.mdx')))
      problems.push({
        file: show(dir),
        message: 'this course has no bijeenkomsten; add one .mdx file per bijeenkomst, such as bijeenkomst-1.mdx',
      });
    checkCourseRules(show(courseFile), course, sessions, unreadSessions === 0, problems);
  }
  return problems.sort((a, b) => a.file.localeCompare(b.file) || (a.line ?? 0) - (b.line ?? 0));
}
