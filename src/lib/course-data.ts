import { getCollection, type CollectionEntry } from 'astro:content';
import { agendaBlockId } from '../schemas/bijeenkomst';
import { parseCourseMdx } from './mdx/parse';
import { annotateSections, type SectionMap } from './mdx/sections';
import { studyWordCount } from './mdx/study-words';
import { questionTexts, type QuestionText } from '../lms-preview/questions';

export type CourseEntry = CollectionEntry<'courses'>;
export type BijeenkomstEntry = CollectionEntry<'bijeenkomsten'>;

/** A course with its bijeenkomsten in order. */
export interface Course {
  slug: string;
  entry: CourseEntry;
  bijeenkomsten: Bijeenkomst[];
  /** Sum of the bijeenkomsten' durations, in minutes. */
  duration: number;
}

export interface Bijeenkomst {
  /** The file name, used in URLs: `bijeenkomst-1`. */
  slug: string;
  entry: BijeenkomstEntry;
  /** Headings, slides and exercises found in the MDX. */
  sections: SectionMap;
  /** Words of self-study text (without trainer notes). */
  words: number;
  /** The words behind each interaction id, for the LMS preview. */
  questions: Record<string, QuestionText>;
}

/** The bijeenkomst slug of an entry id such as `zelfregie/bijeenkomst-1`. */
function bijeenkomstSlug(entry: BijeenkomstEntry): string {
  return entry.id.split('/').at(-1) ?? entry.id;
}

let cache: Promise<Course[]> | undefined;

/** All courses, each with its bijeenkomsten sorted by number; read once per build. */
export function getCourses(): Promise<Course[]> {
  cache ??= (async () => {
    const [courses, sessions] = await Promise.all([getCollection('courses'), getCollection('bijeenkomsten')]);
    return courses
      .map((entry): Course => {
        const bijeenkomsten = sessions
          .filter((session) => session.id.startsWith(`${entry.id}/`))
          .sort((a, b) => a.data.number - b.data.number)
          .map((session) => {
            // The one parse of this bijeenkomst for the pages: everything they read of its structure is here.
            const tree = parseCourseMdx(session.body ?? '');
            return {
              slug: bijeenkomstSlug(session),
              entry: session,
              sections: annotateSections(tree),
              words: studyWordCount(tree),
              questions: questionTexts([tree]),
            };
          });
        return {
          slug: entry.id,
          entry,
          bijeenkomsten,
          duration: bijeenkomsten.reduce((sum, b) => sum + b.entry.data.duration, 0),
        };
      })
      .sort((a, b) => a.entry.data.title.localeCompare(b.entry.data.title, 'nl'));
  })();
  return cache;
}

/** A delivery variant with each part's bijeenkomsten resolved and its length summed. */
export function resolveVariants(course: Course) {
  return course.entry.data.variants.map((variant) => ({
    id: variant.id,
    title: variant.title,
    parts: variant.parts.map((part) => {
      const bijeenkomsten = part.bijeenkomsten
        .map((n) => course.bijeenkomsten.find((b) => b.entry.data.number === n))
        .filter((b) => b !== undefined);
      return {
        title: part.title,
        bijeenkomsten,
        duration: bijeenkomsten.reduce((sum, b) => sum + b.entry.data.duration, 0),
      };
    }),
  }));
}

/** The machine-readable outline served as `/<course>/outline.json`. */
export function courseOutline(course: Course) {
  const { data } = course.entry;
  return {
    slug: course.slug,
    title: data.title,
    summary: data.summary,
    audience: data.audience,
    language: data.language,
    goals: data.goals,
    duration: course.duration,
    scorm12: data.scorm12,
    /** 0–100: the score that passes the course (course.yaml), the packages' mastery score. */
    mastery: data.mastery,
    variants: resolveVariants(course).map((variant) => ({
      ...variant,
      parts: variant.parts.map((part) => ({
        ...part,
        bijeenkomsten: part.bijeenkomsten.map((b) => b.entry.data.number),
      })),
    })),
    bijeenkomsten: course.bijeenkomsten.map(({ slug, entry, sections, words }) => ({
      slug,
      number: entry.data.number,
      title: entry.data.title,
      duration: entry.data.duration,
      words,
      goals: entry.data.goals,
      preparation: entry.data.preparation ?? null,
      homework: entry.data.homework ?? null,
      agenda: entry.data.agenda.map((block) => ({
        id: agendaBlockId(block),
        title: block.title,
        minutes: block.minutes,
        kind: block.kind,
      })),
      // One entry per slide of the deck: a Kennischeck on a slide is one slide per question there.
      slides: sections.slides.flatMap(({ n, parts, block, hasNotes }) =>
        parts.map((part, index) => ({ n: n + index, title: part.title, block: block ?? null, hasNotes })),
      ),
      exercises: sections.exercises.map(({ id, type }) => ({ id, type })),
    })),
  };
}

export type CourseOutline = ReturnType<typeof courseOutline>;

/** `getStaticPaths` for the pages of a course: one page per course. */
export async function coursePaths() {
  return (await getCourses()).map((course) => ({ params: { course: course.slug }, props: { course } }));
}

/** `getStaticPaths` for the pages of a bijeenkomst, with its neighbours for previous/next links. */
export async function bijeenkomstPaths() {
  return (await getCourses()).flatMap((course) =>
    course.bijeenkomsten.map((bijeenkomst, index) => ({
      params: { course: course.slug, bijeenkomst: bijeenkomst.slug },
      props: { course, bijeenkomst, previous: course.bijeenkomsten[index - 1], next: course.bijeenkomsten[index + 1] },
    })),
  );
}
