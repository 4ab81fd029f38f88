import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { dictionaries, type StringKey } from '../../i18n/strings';
import { exerciseTypes } from '../registry';
import { covers, ELEMENT_STRINGS, elementStrings, type ElementName } from './element-strings';

const exercises = path.join(path.dirname(new URL(import.meta.url).pathname), '..');
const read = (file: string) => readFileSync(path.join(exercises, file), 'utf8');
/** The shared logic modules an element's strings may come from. */
const SHARED_LOGIC = ['shared/structure-rules', 'shared/text-answers'];
/** The folder of the type an element belongs to. */
const folderOf = (element: ElementName) =>
  exerciseTypes.find((t) => (t.tags as readonly string[]).includes(`ll-${element}`))!.type;

/** Every key a module names: quoted keys, and the fixed start of composed ones (`scan.level${n}`). */
function keysIn(source: string): string[] {
  const quoted = [...source.matchAll(/['"`]([a-z]+\.[A-Za-z.-]+)['"`]/g)].map((m) => m[1]!);
  const composed = [...source.matchAll(/`([a-z]+\.[A-Za-z.-]*)\$\{/g)].map((m) => m[1]!);
  const known = new Set(Object.keys(dictionaries.nl));
  return [...quoted.filter((key) => known.has(key)), ...composed];
}

/** An element's module with the logic modules it imports, and the base class every element shares. */
function sourcesOf(element: ElementName): string {
  const folder = folderOf(element);
  const own = read(`${folder}/ll-${element}.ts`);
  const logic = [
    ...[...own.matchAll(/from '\.\/([\w-]+)'/g)].map((m) => `${folder}/${m[1]}`),
    ...[...own.matchAll(/from '\.\.\/(shared\/[\w-]+)'/g)].map((m) => m[1]!).filter((m) => SHARED_LOGIC.includes(m)),
  ]
    .filter((module) => !module.endsWith('.styles'))
    .map((module) => read(`${module}.ts`));
  return [own, ...logic, read('shared/exercise-element.ts')].join('\n');
}

describe('element strings', () => {
  it.each(Object.keys(ELEMENT_STRINGS) as ElementName[])('cover every key <ll-%s> reads', (element) => {
    const keys = keysIn(sourcesOf(element));
    expect(keys.length).toBeGreaterThan(1);
    expect(keys.filter((key) => !covers(element, key))).toEqual([]);
  });

  it('give each element its own strings and the shared ones, in Dutch and complete in English', () => {
    const nl = elementStrings('kennischeck', 'nl');
    const en = elementStrings('kennischeck', 'en');
    expect(nl['kennischeck.check']).toBe('Controleer');
    expect(en['kennischeck.check']).toBe('Check');
    expect(nl['exercise.authorError']).toBe(dictionaries.nl['exercise.authorError']);
    expect(Object.keys(en).sort()).toEqual(Object.keys(nl).sort());
    expect(Object.keys(nl).some((key) => key.startsWith('reflectie.') || key.startsWith('site.'))).toBe(false);
    // A small part of the dictionary, not the whole of it.
    expect(Object.keys(nl).length).toBeLessThan(Object.keys(dictionaries.nl).length / 5);
  });

  it('leave no element without strings of its own', () => {
    for (const element of Object.keys(ELEMENT_STRINGS) as ElementName[]) {
      const own = (Object.keys(elementStrings(element, 'nl')) as StringKey[]).filter(
        (key) => !key.startsWith('exercise.'),
      );
      expect(own.length, element).toBeGreaterThan(0);
    }
  });
});

describe('exercise components', () => {
  // Each MDX component that renders an element writes that element's strings: an exercise through
  // ExerciseHost (forms.ts binds its type), which writes <ElementStrings element={type}>; another
  // element, like the progress overview, in its own <Name>.astro.
  const others = exerciseTypes.flatMap(({ type, tags, components }) =>
    tags.slice(1).map((tag, index) => {
      const file = `${type}/${components[index + 1]}.astro`;
      return { file, element: tag.slice('ll-'.length), source: read(file) };
    }),
  );

  it('each write the strings of the element they render', () => {
    const exercises = exerciseTypes.map(({ tags }) => tags[0].slice('ll-'.length));
    expect([...exercises, ...others.map((o) => o.element)].sort()).toEqual(Object.keys(ELEMENT_STRINGS).sort());
    expect(read('shared/ExerciseHost.astro')).toMatch(/<ElementStrings element=\{type\} \/>/);
    expect(read('forms.ts')).toMatch(/renderComponent\(result, 'ExerciseHost', ExerciseHost, \{ \.\.\.props, type \}/);
    for (const { file, element, source } of others)
      expect(source, file).toMatch(new RegExp(`<ElementStrings\\s+element="${element}"\\s*/>`));
  });
});
