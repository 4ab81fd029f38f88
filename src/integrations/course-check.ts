import path from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import { checkCourses } from '../lib/course-check/check-courses';
import { courseMdxParser } from '../lib/mdx/parse';
import { formatProblems } from '../lib/course-check/problem';
import { vanishedIds } from '../lib/course-check/vanished-ids';
import { capacityProblems } from '../tracking/capacity';

/**
 * Astro integration: checks every course file before Astro loads them, so an author sees
 * "file:line — what was expected" instead of a stack trace from deep inside the build.
 */
export function courseCheck(options: { coursesDir: string }): AstroIntegration {
  return {
    name: 'leerlijn:course-check',
    hooks: {
      'astro:config:setup': ({ command, config, logger }) => {
        const root = fileURLToPath(config.root);
        const coursesDir = path.resolve(root, options.coursesDir);
        // Each course file is parsed once, for all three rules below.
        const parse = courseMdxParser();
        const problems = checkCourses(coursesDir, root, parse);
        // A SCORM 1.2 package that cannot hold what its course invites participants to write is an
        // error, unless course.yaml leaves that package out (checked once the files themselves are fine).
        if (!problems.length) problems.push(...capacityProblems(coursesDir, root, parse));
        if (!problems.length) {
          // Before this build replaces it: the previous build's outline names every id in use.
          for (const warning of vanishedIds(coursesDir, fileURLToPath(config.outDir), root, parse))
            logger.warn(warning);
          return;
        }
        const report = formatProblems(problems);
        if (command === 'dev') {
          logger.warn(`\n${report}`);
          return;
        }
        // Printed by hand and exited on purpose: a thrown error would put Astro's stack trace first.
        process.stderr.write(`\n${report}\n`);
        process.exit(1);
      },
    },
  };
}
