/**
 * Builds SCORM packages from the built site: the launch page and everything it reaches, the
 * course's pages with links made explicit, the manifest and the schema files it names.
 */
import { readFileSync, readdirSync, statSync } from 'node:fs';
import path from 'node:path';
import { strFromU8, strToU8, zipSync, type Zippable } from 'fflate';
import { DIALECT, SCORM_VERSIONS, type ScormVersion } from '../tracking/scorm-elements';
import { referencedUrls, resolveLink, rewriteLinks } from './links';
import { buildManifest, SCHEMA_FILES } from './manifest';

/** What the packager needs from a course's `outline.json`. */
export interface OutlineForPackage {
  slug: string;
  title: string;
  bijeenkomsten: { slug: string; number: number; title: string }[];
  /** Which SCORM 1.2 packages the course asks for (course.yaml `scorm12`; all when absent). */
  scorm12?: boolean | 'per-bijeenkomst';
  /** 0–100: the score that passes (course.yaml `mastery`). */
  mastery: number;
}

export interface PackageSpec {
  /** `zelfregie-scorm12`, `zelfregie-bijeenkomst-2-scorm2004`: the zip's name without `.zip`. */
  name: string;
  version: ScormVersion;
  course: string;
  /** Set for a per-bijeenkomst package. */
  bijeenkomst?: string;
  /** Files in the package: path → contents. */
  files: Map<string, Uint8Array>;
  /** The launch file, relative to the package root. */
  launch: string;
  parameters: string | undefined;
  mastery: number;
}

function walk(dir: string, base = dir): string[] {
  return readdirSync(dir).flatMap((name) => {
    const full = path.join(dir, name);
    return statSync(full).isDirectory() ? walk(full, base) : [path.relative(base, full).split(path.sep).join('/')];
  });
}

/** Trainer pages: the guide, the audience deck and the presenter view. No package carries them. */
export function isTrainerPage(file: string): boolean {
  return /(?:^|\/)(?:gids|slides)\//.test(file);
}

/** The pages a course's package carries: its launch page, its overview and each bijeenkomst. */
export function participantPages(outline: OutlineForPackage): string[] {
  return [
    `${outline.slug}/scorm/index.html`,
    `${outline.slug}/index.html`,
    ...outline.bijeenkomsten.map((b) => `${outline.slug}/${b.slug}/index.html`),
  ].filter((page) => !isTrainerPage(page));
}

/**
 * The files of a course's package, as the package carries them: its participant pages (with the
 * site's outside parts removed and links made explicit) and everything they load. Pages it does
 * not carry (the catalogue, the glossary, other courses, trainer pages) lose their links.
 */
export function packagedFiles(distDir: string, outline: OutlineForPackage): Map<string, Uint8Array> {
  const all = new Set(walk(distDir));
  const launch = `${outline.slug}/scorm/index.html`;
  if (!all.has(launch)) throw new Error(`${launch} is missing from ${distDir}: build the site first`);
  const pages = new Set(participantPages(outline));
  const carries = (page: string) => pages.has(page);
  const files = new Map<string, Uint8Array>();
  const queue = [...pages];
  while (queue.length > 0) {
    const file = queue.shift() as string;
    if (files.has(file) || !all.has(file)) continue;
    if (file.endsWith('.html') && !carries(file)) continue;
    let bytes: Uint8Array = readFileSync(path.join(distDir, file));
    if (file.endsWith('.html')) bytes = strToU8(rewriteLinks(strFromU8(bytes), file, carries));
    files.set(file, bytes);
    if (!/\.(?:html|css|js)$/.test(file)) continue;
    for (const url of referencedUrls(file, strFromU8(bytes))) queue.push(resolveLink(file, url));
  }
  return new Map([...files].sort(([a], [b]) => a.localeCompare(b)));
}

/** All packages of a course: single-SCO 1.2 and 2004, and per bijeenkomst when asked. */
export function coursePackages(
  distDir: string,
  schemaDir: string,
  outline: OutlineForPackage,
  perBijeenkomst: boolean,
): PackageSpec[] {
  const { mastery } = outline;
  const packaged = packagedFiles(distDir, outline);
  const launch = `${outline.slug}/scorm/index.html`;
  const scopes: ({ slug: string; title: string } | undefined)[] = [undefined];
  if (perBijeenkomst)
    for (const b of outline.bijeenkomsten)
      scopes.push({ slug: b.slug, title: `${outline.title} — ${b.number}. ${b.title}` });
  const specs: PackageSpec[] = [];
  for (const version of SCORM_VERSIONS) {
    const content = new Map<string, Uint8Array>();
    for (const [file, bytes] of packaged)
      content.set(
        file,
        file === launch ? strToU8(strFromU8(bytes).replace('data-scorm="auto"', `data-scorm="${version}"`)) : bytes,
      );
    for (const scope of scopes) {
      // Left out as course.yaml asks: the build proved the participant's work would not fit it.
      if (!DIALECT[version].offered(outline.scorm12 ?? true, !scope)) continue;
      const id = scope ? `${outline.slug}-${scope.slug}` : outline.slug;
      const files = new Map(content);
      const manifest = buildManifest({
        version,
        id,
        title: scope?.title ?? outline.title,
        launch,
        parameters: scope ? `?bijeenkomst=${scope.slug}` : undefined,
        mastery,
        objectives: scope ? [scope.slug] : outline.bijeenkomsten.map((b) => b.slug),
        files: [...content.keys()],
      });
      files.set('imsmanifest.xml', strToU8(manifest));
      const { packageTag } = DIALECT[version];
      const schemas = path.join(schemaDir, packageTag);
      for (const schema of SCHEMA_FILES[version]) files.set(schema, readFileSync(path.join(schemas, schema)));
      specs.push({
        name: `${id}-${packageTag}`,
        version,
        course: outline.slug,
        bijeenkomst: scope?.slug,
        files,
        launch,
        parameters: scope ? `?bijeenkomst=${scope.slug}` : undefined,
        mastery,
      });
    }
  }
  return specs;
}

/** A fixed date so the same build gives byte-identical zips. */
const EPOCH = new Date('2020-01-01T00:00:00Z');

/** The package as a zip: deflate, manifest first, fixed timestamps. */
export function zipPackage(spec: PackageSpec): Uint8Array {
  const entries: Zippable = {};
  const names = [...spec.files.keys()].sort((a, b) =>
    a === 'imsmanifest.xml' ? -1 : b === 'imsmanifest.xml' ? 1 : a.localeCompare(b),
  );
  for (const name of names) entries[name] = [spec.files.get(name) as Uint8Array, { level: 9, mtime: EPOCH }];
  return zipSync(entries);
}
