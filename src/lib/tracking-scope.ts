import type { TrackingScope } from '../tracking/progress';
import type { Course } from './course-data';

/** Mastery score (0–100) a participant needs on the knowledge checks to pass. */
export const MASTERY_SCORE = 70;

/** What the tracker needs to know about a course, embedded in its pages as JSON. */
export function trackingScope(course: Course): TrackingScope {
  return {
    course: course.slug,
    mastery: MASTERY_SCORE,
    bijeenkomsten: course.bijeenkomsten.map((b) => ({
      slug: b.slug,
      exercises: b.sections.exercises.map((e) => e.id),
    })),
  };
}

/** JSON safe inside a `<script type="application/json">` element. */
export function scriptJson(value: unknown): string {
  return JSON.stringify(value).replace(/</g, '\\u003c');
}
