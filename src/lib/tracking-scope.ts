import type { TrackingScope } from '../tracking/progress';
import type { Course } from './course-data';

/** What the tracker needs to know about a course, embedded in its pages as JSON. */
export function trackingScope(course: Course): TrackingScope {
  return {
    course: course.slug,
    mastery: course.entry.data.mastery,
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
