import type { APIRoute, GetStaticPaths } from 'astro';
import { courseOutline, getCourses, type Course } from '../../lib/course-data';

export const getStaticPaths = (async () => {
  const courses = await getCourses();
  return courses.map((course) => ({ params: { course: course.slug }, props: { course } }));
}) satisfies GetStaticPaths;

/** The course's outline for planners and integrations: bijeenkomsten, agenda, slides, exercises. */
export const GET: APIRoute = ({ props }) => {
  const { course } = props as { course: Course };
  return new Response(`${JSON.stringify(courseOutline(course), null, 2)}\n`, {
    headers: { 'Content-Type': 'application/json; charset=utf-8' },
  });
};
