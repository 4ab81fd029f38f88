import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { DIALECT, ELEMENTS, isScormVersion, LIMITS, SCORM_VERSIONS } from './scorm-elements';

describe('the SCORM dialect table', () => {
  it('spells the run-time elements of each standard', () => {
    expect(ELEMENTS['1.2']).toMatchObject({
      location: 'cmi.core.lesson_location',
      status: 'cmi.core.lesson_status',
      learnerId: 'cmi.core.student_id',
      masteryScore: 'cmi.student_data.mastery_score',
      scoreScaled: undefined,
      success: undefined,
    });
    expect(ELEMENTS['2004']).toMatchObject({
      location: 'cmi.location',
      status: 'cmi.completion_status',
      learnerId: 'cmi.learner_id',
      masteryScore: 'cmi.scaled_passing_score',
      scoreScaled: 'cmi.score.scaled',
      success: 'cmi.success_status',
    });
    expect(DIALECT['1.2'].interactionNames(3)).toEqual({
      response: 'cmi.interactions.3.student_response',
      time: 'cmi.interactions.3.time',
    });
    expect(DIALECT['2004'].interactionNames(3)).toEqual({
      response: 'cmi.interactions.3.learner_response',
      time: 'cmi.interactions.3.timestamp',
    });
    expect(DIALECT['1.2'].objectiveNames(0)).toEqual({
      status: 'cmi.objectives.0.status',
      progress: 'cmi.objectives.0.score.raw',
    });
    expect(DIALECT['2004'].objectiveNames(0)).toEqual({
      status: 'cmi.objectives.0.completion_status',
      progress: 'cmi.objectives.0.progress_measure',
    });
  });

  it('names the API and its calls, the package and the limits of each standard', () => {
    expect(DIALECT['1.2']).toMatchObject({
      apiObject: 'API',
      calls: { initialize: 'LMSInitialize', finish: 'LMSFinish', lastError: 'LMSGetLastError' },
      packageTag: 'scorm12',
      errors: { getAfterFinish: 301, setAfterFinish: 301, refused: 405 },
    });
    expect(DIALECT['2004']).toMatchObject({
      apiObject: 'API_1484_11',
      calls: { initialize: 'Initialize', finish: 'Terminate', lastError: 'GetLastError' },
      packageTag: 'scorm2004',
      errors: { getAfterFinish: 123, setAfterFinish: 133, refused: 406 },
    });
    expect(LIMITS['1.2'].suspendData).toBe(4096);
    expect(LIMITS['2004'].suspendData).toBe(64000);
    expect(SCORM_VERSIONS.filter(isScormVersion)).toEqual(['1.2', '2004']);
    expect(isScormVersion('auto')).toBe(false);
  });

  it('scales the mastery score: 1.2 records 0–100, 2004 a scale of 0–1', () => {
    expect(DIALECT['1.2'].masteryPercent(80)).toBe(80);
    expect(DIALECT['2004'].masteryPercent(0.8)).toBe(80);
    expect(DIALECT['1.2'].masteryValue(80)).toBe('80');
    expect(DIALECT['2004'].masteryValue(80)).toBe('0.8');
    expect(DIALECT['1.2'].objectivePercent(50)).toBe(50);
    expect(DIALECT['2004'].objectivePercent(0.5)).toBe(50);
  });

  it('writes the status as each standard records it', () => {
    expect(DIALECT['1.2'].status(false, undefined, 0.5)).toEqual([['cmi.core.lesson_status', 'incomplete']]);
    expect(DIALECT['1.2'].status(true, undefined, 1)).toEqual([['cmi.core.lesson_status', 'completed']]);
    expect(DIALECT['1.2'].status(true, false, 1)).toEqual([['cmi.core.lesson_status', 'failed']]);
    expect(DIALECT['2004'].status(true, true, 1)).toEqual([
      ['cmi.completion_status', 'completed'],
      ['cmi.progress_measure', '1'],
      ['cmi.success_status', 'passed'],
    ]);
    expect(DIALECT['2004'].status(false, undefined, 0.25)).toEqual([
      ['cmi.completion_status', 'incomplete'],
      ['cmi.progress_measure', '0.25'],
    ]);
    expect(DIALECT['1.2'].objectiveStatus(1, 'incomplete', 0.5)).toEqual([
      ['cmi.objectives.1.status', 'incomplete'],
      ['cmi.objectives.1.score.min', '0'],
      ['cmi.objectives.1.score.max', '100'],
      ['cmi.objectives.1.score.raw', '50'],
    ]);
    expect(DIALECT['2004'].objectiveStatus(1, 'incomplete', 0.5)).toEqual([
      ['cmi.objectives.1.completion_status', 'incomplete'],
      ['cmi.objectives.1.progress_measure', '0.5'],
    ]);
    expect(DIALECT['1.2'].browsedStatus).toBe('browsed');
    expect(DIALECT['2004'].browsedStatus).toBeUndefined();
  });

  it('reads a recorded choice back as the options it names', () => {
    const options = [{ id: 'zorgen-dat' }, { id: 'zorgen-voor' }, { id: 'c' }];
    expect(DIALECT['1.2'].chosen('a,c', options)).toEqual([options[0], options[2]]);
    expect(DIALECT['1.2'].chosen('', options)).toEqual([]);
    expect(DIALECT['2004'].chosen('zorgen_voor[,]c', options)).toEqual([options[1], options[2]]);
  });
});

describe('which packages a course offers', () => {
  it('leaves out only SCORM 1.2 packages, as course.yaml scorm12 says', () => {
    const offers = (setting: boolean | 'per-bijeenkomst') =>
      SCORM_VERSIONS.map((v) => [v, DIALECT[v].offered(setting, true), DIALECT[v].offered(setting, false)]);
    expect(offers(true)).toEqual([
      ['1.2', true, true],
      ['2004', true, true],
    ]);
    expect(offers('per-bijeenkomst')).toEqual([
      ['1.2', false, true],
      ['2004', true, true],
    ]);
    expect(offers(false)).toEqual([
      ['1.2', false, false],
      ['2004', true, true],
    ]);
  });
});

/** Every source file under src/ and scripts/, tests left out. */
function sources(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const full = path.join(dir, entry.name);
    if (entry.isDirectory()) return sources(full);
    return /\.(ts|mjs|astro)$/.test(entry.name) && !/\.(test|spec)\.ts$/.test(entry.name) ? [full] : [];
  });
}

/** A comparison with a version literal, or a flag named after one: a branch the table should hold. */
const VERSION_BRANCH = [
  /(?:===|!==)\s*['"](?:1\.2|2004)['"]/,
  /['"](?:1\.2|2004)['"]\s*(?:===|!==)/,
  /\bcase\s+['"](?:1\.2|2004)['"]/,
  /\bis(?:12|2004)\b/,
];

/** The modules that may branch on the version, and why. */
const ALLOWED: Record<string, string> = {
  'src/tracking/scorm-elements.ts': 'the dialect table itself',
  'src/packaging/manifest.ts': "the two manifest formats (each standard's XML namespaces and sequencing)",
};

describe('modules outside the dialect table', () => {
  it('never compare the SCORM version to spell an element or format a value', () => {
    const root = path.resolve(import.meta.dirname, '../..');
    const files = [...sources(path.join(root, 'src')), ...sources(path.join(root, 'scripts'))];
    expect(files.length).toBeGreaterThan(100);
    const branching = files
      .map((file) => path.relative(root, file).split(path.sep).join('/'))
      .filter((file) => !(file in ALLOWED))
      .flatMap((file) =>
        readFileSync(path.join(root, file), 'utf8')
          .split('\n')
          .map((line, i) => ({ line, at: `${file}:${i + 1}` }))
          .filter(({ line }) => VERSION_BRANCH.some((pattern) => pattern.test(line)))
          .map(({ at, line }) => `${at}: ${line.trim()}`),
      );
    expect(branching).toEqual([]);
  });

  it('would notice one (the scan is not blind)', () => {
    const manifest = readFileSync(path.resolve(import.meta.dirname, '../packaging/manifest.ts'), 'utf8');
    expect(manifest.split('\n').some((line) => VERSION_BRANCH.some((pattern) => pattern.test(line)))).toBe(true);
  });
});
