/**
 * `npm run package`: SCORM packages of every built course into dist/scorm/
 * (`<course>-scorm12.zip`, `<course>-scorm2004.zip`; with `--per-bijeenkomst` also one per
 * bijeenkomst), each unpacked under dist/lms/packages/ for the LMS preview (`npm run lms`), and
 * dist/scorm/packages.json: the list the administrators' page (/pakketten/) reads.
 */
import { existsSync, mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { coursePackages, zipPackage, type OutlineForPackage } from '../src/packaging/build-package';
import { closedRoomProblems } from '../src/packaging/closed-room';
import { checkPackage } from '../src/packaging/package-rules';
import type { PackageListing } from '../src/packaging/listing';

const { values } = parseArgs({
  options: {
    dist: { type: 'string', default: 'dist' },
    'per-bijeenkomst': { type: 'boolean', default: false },
  },
});
const dist = path.resolve(values.dist);
const schemaDir = path.resolve(import.meta.dirname, 'scorm-schemas');
if (!existsSync(dist)) {
  console.error(`Nothing to package: ${values.dist}/ does not exist. Run "npm run build" first.`);
  process.exit(1);
}

const outDir = path.join(dist, 'scorm');
const previewDir = path.join(dist, 'lms', 'packages');
rmSync(outDir, { recursive: true, force: true });
rmSync(previewDir, { recursive: true, force: true });
mkdirSync(outDir, { recursive: true });
mkdirSync(previewDir, { recursive: true });

const courses = readdirSync(dist).filter((name) => existsSync(path.join(dist, name, 'outline.json')));
const listed: {
  name: string;
  version: string;
  course: string;
  bijeenkomst: string | null;
  title: string;
  launch: string;
  mastery: number;
}[] = [];
const catalogue: PackageListing[] = [];
let failed = false;
for (const course of courses) {
  const outline = JSON.parse(readFileSync(path.join(dist, course, 'outline.json'), 'utf8')) as OutlineForPackage;
  const { mastery } = outline;
  for (const spec of coursePackages(dist, schemaDir, outline, values['per-bijeenkomst'])) {
    const zip = zipPackage(spec);
    const problems = [...checkPackage(zip), ...closedRoomProblems(zip)];
    if (problems.length > 0) {
      failed = true;
      console.error(`${spec.name}.zip breaks the package rules:\n  ${problems.join('\n  ')}`);
    }
    writeFileSync(path.join(outDir, `${spec.name}.zip`), zip);
    for (const [file, bytes] of spec.files) {
      const target = path.join(previewDir, spec.name, file);
      mkdirSync(path.dirname(target), { recursive: true });
      writeFileSync(target, bytes);
    }
    const title = spec.bijeenkomst ? `${outline.title} — ${spec.bijeenkomst}` : outline.title;
    listed.push({
      name: spec.name,
      version: spec.version,
      course,
      bijeenkomst: spec.bijeenkomst ?? null,
      title,
      launch: `${spec.launch}${spec.parameters ?? ''}`,
      mastery,
    });
    const session = outline.bijeenkomsten.find((b) => b.slug === spec.bijeenkomst);
    catalogue.push({
      file: `${spec.name}.zip`,
      bytes: zip.length,
      version: spec.version,
      course,
      courseTitle: outline.title,
      bijeenkomst: session ? { slug: session.slug, number: session.number, title: session.title } : null,
      mastery,
      objectives: session ? [session.slug] : outline.bijeenkomsten.map((b) => b.slug),
    });
    console.log(`dist/scorm/${spec.name}.zip  ${(zip.length / 1024).toFixed(0)} KB`);
  }
}
writeFileSync(path.join(previewDir, 'packages.json'), `${JSON.stringify(listed, null, 2)}\n`);
writeFileSync(path.join(outDir, 'packages.json'), `${JSON.stringify(catalogue, null, 2)}\n`);
if (failed) process.exit(1);
