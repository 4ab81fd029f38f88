import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { vanishedIds } from './vanished-ids';

describe('ids that vanished since the previous build', () => {
  const root = mkdtempSync(path.join(tmpdir(), 'leerlijn-vanished-'));
  afterAll(() => rmSync(root, { recursive: true, force: true }));
  const courses = path.join(root, 'courses');
  const dist = path.join(root, 'dist');
  mkdirSync(path.join(courses, 'lang'), { recursive: true });
  writeFileSync(
    path.join(courses, 'lang', 'bijeenkomst-1.mdx'),
    '---\nnumber: 1\n---\n\n<Reflectie id="nieuw" title="R">\n\n<Vraag id="a">\nA\n</Vraag>\n\n</Reflectie>\n\n<Kennischeck id="blijft" title="K">\n</Kennischeck>\n',
  );
  for (const [course, bijeenkomsten] of [
    [
      'lang',
      [
        {
          slug: 'bijeenkomst-1',
          exercises: [
            { id: 'oud', type: 'reflectie' },
            { id: 'blijft', type: 'kennischeck' },
          ],
        },
        { slug: 'bijeenkomst-2', exercises: [{ id: 'blijft', type: 'kennischeck' }] },
      ],
    ],
    ['weg', [{ slug: 'bijeenkomst-1', exercises: [] }]],
  ] as const) {
    mkdirSync(path.join(dist, course), { recursive: true });
    writeFileSync(path.join(dist, course, 'outline.json'), JSON.stringify({ slug: course, bijeenkomsten }));
  }

  it('warns, located, for every course, bijeenkomst and exercise id the previous outline had and the files lack', () => {
    const warnings = vanishedIds(courses, dist, root);
    expect(warnings).toHaveLength(3);
    expect(warnings[0]).toMatch(
      /^courses\/lang\/bijeenkomst-1\.mdx: exercise id "oud" \(reflectie\) was in the previous build/,
    );
    expect(warnings[1]).toMatch(
      /^courses\/lang\/bijeenkomst-2\.mdx: "bijeenkomst-2" was in the previous build and is gone/,
    );
    expect(warnings[2]).toMatch(/^courses\/weg: the course "weg"/);
    for (const warning of warnings) expect(warning).toContain('Uit een eerdere versie');
  });

  it('says nothing without a previous build', () => {
    expect(vanishedIds(courses, path.join(root, 'nergens'), root)).toEqual([]);
  });
});
