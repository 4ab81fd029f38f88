import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { strFromU8, unzipSync } from 'fflate';
import { beforeAll, describe, expect, it } from 'vitest';
import { closedRoomProblems, trainerNoteTexts } from '../../src/packaging/closed-room';
import { checkPackage } from '../../src/packaging/package-rules';
import { astroBuild, ROOT, VALID_COURSES } from './run-astro';

const SCHEMAS = path.join(ROOT, 'scripts/scorm-schemas');

function runPackager(dist: string) {
  const result = spawnSync(
    process.execPath,
    ['--import', 'tsx', 'scripts/package.ts', '--dist', dist, '--per-bijeenkomst'],
    {
      cwd: ROOT,
      encoding: 'utf8',
      timeout: 120_000,
    },
  );
  return { status: result.status, output: `${result.stdout}${result.stderr}` };
}

/** xmllint against the official ADL schemas, run from the schema folder as ADL's entry schema expects. */
function xmllint(version: '1.2' | '2004', manifest: string) {
  const dir = mkdtempSync(path.join(tmpdir(), 'leerlijn-manifest-'));
  const file = path.join(dir, 'imsmanifest.xml');
  writeFileSync(file, manifest);
  const folder = version === '1.2' ? 'scorm12' : 'scorm2004';
  const result = spawnSync('xmllint', ['--noout', '--schema', `${folder}.xsd`, file], {
    cwd: path.join(SCHEMAS, folder),
    encoding: 'utf8',
  });
  return { status: result.status, output: `${result.stdout}${result.stderr}`, file };
}

describe('SCORM packages of the fixture course', () => {
  const dist = mkdtempSync(path.join(tmpdir(), 'leerlijn-scorm-'));
  const zips = () =>
    readdirSync(path.join(dist, 'scorm'))
      .filter((name) => name.endsWith('.zip'))
      .sort();
  const open = (name: string) => unzipSync(readFileSync(path.join(dist, 'scorm', name)));
  let firstManifests: string[] = [];

  beforeAll(async () => {
    const build = await astroBuild(VALID_COURSES, dist);
    expect(build.status, build.output).toBe(0);
    const packaged = runPackager(dist);
    expect(packaged.status, packaged.output).toBe(0);
    firstManifests = zips().map((zip) => strFromU8(open(zip)['imsmanifest.xml'] as Uint8Array));
  }, 240_000);

  it('writes a 1.2 and a 2004 package for the course and for each bijeenkomst', () => {
    expect(zips().filter((zip) => zip.startsWith('demo-'))).toEqual([
      'demo-bijeenkomst-1-scorm12.zip',
      'demo-bijeenkomst-1-scorm2004.zip',
      'demo-bijeenkomst-2-scorm12.zip',
      'demo-bijeenkomst-2-scorm2004.zip',
      'demo-scorm12.zip',
      'demo-scorm2004.zip',
    ]);
  });

  it('validates every manifest with xmllint against the ADL schemas', () => {
    for (const zip of zips()) {
      const manifest = strFromU8(open(zip)['imsmanifest.xml'] as Uint8Array);
      const result = xmllint(zip.includes('scorm12') ? '1.2' : '2004', manifest);
      expect(result.status, `${zip}: ${result.output}`).toBe(0);
      expect(result.output).toContain(`${result.file} validates`);
    }
  });

  it('keeps every package rule: zip root, names, relative links that exist, no external URLs', () => {
    for (const zip of zips()) expect(checkPackage(readFileSync(path.join(dist, 'scorm', zip))), zip).toEqual([]);
  });

  it('keeps every package a closed room: no way out from the launch page, no trainer page or note', () => {
    const notes = trainerNoteTexts(VALID_COURSES);
    expect(notes.length).toBeGreaterThan(0);
    for (const zip of zips()) {
      const files = open(zip);
      expect(closedRoomProblems(readFileSync(path.join(dist, 'scorm', zip)), notes), zip).toEqual([]);
      expect(
        Object.keys(files).filter((name) => /\/(?:gids|slides)\//.test(name)),
        zip,
      ).toEqual([]);
      const page = strFromU8(files['demo/bijeenkomst-1/index.html'] as Uint8Array);
      expect(page).not.toContain('ll-menu');
      expect(page).not.toContain('ll-trainer-links');
    }
    // The website keeps them: the same notes are in the trainer guide.
    const guide = readFileSync(path.join(dist, 'demo/gids/index.html'), 'utf8').replace(/\s+/g, ' ');
    expect(notes.some((note) => guide.includes(note))).toBe(true);
  });

  it("lists every zip in scorm/packages.json for the administrators' page", () => {
    const listing = JSON.parse(readFileSync(path.join(dist, 'scorm/packages.json'), 'utf8')) as {
      file: string;
      bytes: number;
      bijeenkomst: { slug: string } | null;
    }[];
    expect(listing.map((p) => p.file).sort()).toEqual(zips().filter((zip) => zip.endsWith('.zip')));
    for (const p of listing) expect(p.bytes).toBe(readFileSync(path.join(dist, 'scorm', p.file)).length);
    expect(listing.find((p) => p.file === 'demo-bijeenkomst-2-scorm12.zip')?.bijeenkomst?.slug).toBe('bijeenkomst-2');
  });

  it('escapes titles, names the right schema version and SCO type, and ships the schemas', () => {
    const s12 = open('demo-scorm12.zip');
    const m12 = strFromU8(s12['imsmanifest.xml'] as Uint8Array);
    expect(m12).toContain('<title>Demo &amp; proef — een cursus om te testen</title>');
    expect(m12).toContain('<schemaversion>1.2</schemaversion>');
    expect(m12).toContain('adlcp:scormtype="sco"');
    expect(m12).toContain('<adlcp:masteryscore>70</adlcp:masteryscore>');
    // The mastery score comes from the course's outline: the voortgang course asks for 60.
    expect(strFromU8(open('voortgang-scorm12.zip')['imsmanifest.xml'] as Uint8Array)).toContain(
      '<adlcp:masteryscore>60</adlcp:masteryscore>',
    );
    expect(Object.keys(s12)).toEqual(
      expect.arrayContaining(['imscp_rootv1p1p2.xsd', 'adlcp_rootv1p2.xsd', 'imsmd_rootv1p2p1.xsd']),
    );
    const m04 = strFromU8(open('demo-scorm2004.zip')['imsmanifest.xml'] as Uint8Array);
    expect(m04).toContain('<schemaversion>2004 4th Edition</schemaversion>');
    expect(m04).toContain('adlcp:scormType="sco"');
    expect(m04).toContain('<imsss:objective objectiveID="bijeenkomst-1"/>');
    expect(m04).toContain('<imsss:minNormalizedMeasure>0.7</imsss:minNormalizedMeasure>');
    const perSession = strFromU8(open('demo-bijeenkomst-2-scorm12.zip')['imsmanifest.xml'] as Uint8Array);
    expect(perSession).toContain('parameters="?bijeenkomst=bijeenkomst-2"');
  });

  it('launches a page that tells the tracker its SCORM version and links folders as index.html', () => {
    const files = open('demo-scorm2004.zip');
    const launch = strFromU8(files['demo/scorm/index.html'] as Uint8Array);
    expect(launch).toContain('data-scorm="2004"');
    const page = strFromU8(files['demo/bijeenkomst-1/index.html'] as Uint8Array);
    expect(page).toContain('href="../bijeenkomst-2/index.html"');
    expect(page).not.toMatch(/href="[^"#]*\/"/);
    expect(Object.keys(files).some((name) => name === 'index.html')).toBe(false);
  });

  it('gives the same identifiers and bytes on a second export', () => {
    const again = runPackager(dist);
    expect(again.status, again.output).toBe(0);
    expect(zips().map((zip) => strFromU8(open(zip)['imsmanifest.xml'] as Uint8Array))).toEqual(firstManifests);
  });
});
