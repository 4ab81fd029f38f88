import type { APIRoute, GetStaticPaths } from 'astro';
import { courseOutline, coursePaths, type Course } from '../../lib/course-data';

export const getStaticPaths = coursePaths satisfies GetStaticPaths;

/** The course's outline for planners and integrations: bijeenkomsten, agenda, slides, exercises. */
export const GET: APIRoute = ({ props }) => {
  const { course } = props as { course: Course };
  return new Response(`${JSON.stringify(courseOutline(course), null, 2)}\n`, {
    headers: { 'Content-Type': 'application/json; charset=utf-8' },
  });
};
