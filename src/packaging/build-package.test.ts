import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { coursePackages, type OutlineForPackage } from './build-package';

const SCHEMAS = path.resolve(import.meta.dirname, '../../scripts/scorm-schemas');

describe('coursePackages', () => {
  const dist = mkdtempSync(path.join(tmpdir(), 'leerlijn-packages-'));
  afterAll(() => rmSync(dist, { recursive: true, force: true }));
  for (const page of ['lang/scorm/index.html', 'lang/index.html', 'lang/bijeenkomst-1/index.html']) {
    mkdirSync(path.dirname(path.join(dist, page)), { recursive: true });
    writeFileSync(path.join(dist, page), '<!doctype html><html data-scorm="auto"><title>x</title></html>');
  }
  const outline = (scorm12?: OutlineForPackage['scorm12']): OutlineForPackage => ({
    slug: 'lang',
    title: 'Lang',
    bijeenkomsten: [{ slug: 'bijeenkomst-1', number: 1, title: 'Een' }],
    scorm12,
    mastery: 70,
  });
  const names = (scorm12?: OutlineForPackage['scorm12']) =>
    coursePackages(dist, SCHEMAS, outline(scorm12), true).map((spec) => spec.name);

  it('makes both standards, whole and per bijeenkomst, by default', () => {
    expect(names()).toEqual([
      'lang-scorm12',
      'lang-bijeenkomst-1-scorm12',
      'lang-scorm2004',
      'lang-bijeenkomst-1-scorm2004',
    ]);
  });

  it('leaves out the SCORM 1.2 packages course.yaml opts out of', () => {
    expect(names('per-bijeenkomst')).toEqual([
      'lang-bijeenkomst-1-scorm12',
      'lang-scorm2004',
      'lang-bijeenkomst-1-scorm2004',
    ]);
    expect(names(false)).toEqual(['lang-scorm2004', 'lang-bijeenkomst-1-scorm2004']);
  });
});
