/**
 * Where the course files live, relative to the project root. Tests and the benchmark build other
 * course folders by setting LEERLIJN_COURSES.
 */
export const coursesDir = process.env.LEERLIJN_COURSES ?? 'courses';
