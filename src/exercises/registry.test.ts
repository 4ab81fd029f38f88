import { existsSync, readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { authorComponents } from '../schemas/components';
import { exerciseTypes } from './registry';
import { covers, type ElementName } from './shared/element-strings';
import { EXERCISE_STRINGS, nl as exerciseStrings } from './strings';
import { elementAttributes } from './shared/element-attributes';

const here = import.meta.dirname;
const file = (type: string, name: string) => path.join(here, type, name);
const read = (type: string, name: string) => readFileSync(file(type, name), 'utf8');

/**
 * A type is one folder and one registry entry: these fail when an entry names a type whose folder
 * lacks its element, parts, room or paper form, schema or gallery example.
 */
describe.each(exerciseTypes.map((entry) => [entry.type, entry] as const))('exercise type %s', (type, entry) => {
  it('defines each of its elements in ll-<tag>.ts, named after the tag', () => {
    for (const tag of entry.tags) {
      expect(existsSync(file(type, `${tag}.ts`)), `${type}/${tag}.ts`).toBe(true);
      expect(read(type, `${tag}.ts`)).toContain(`@customElement('${tag}')`);
    }
  });

  it('renders its exercise through ExerciseHost and each of its other components with <Name>.astro', () => {
    // forms.ts renders the first component as shared/ExerciseHost.astro with this type, which draws
    // <ll-{type}> and its loader; load-near-viewport.ts finds `<type>/<tag>.ts` for every tag.
    expect(entry.tags[0]).toBe(`ll-${type}`);
    for (const name of entry.components.slice(1))
      expect(existsSync(file(type, `${name}.astro`)), `${type}/${name}.astro`).toBe(true);
  });

  it('gives every exercise prop but id and title to its element under the attribute Lit reads', () => {
    const spec = authorComponents[entry.components[0]];
    const props = Object.keys(spec.props.shape).filter((prop) => prop !== 'id' && prop !== 'title');
    const element = read(type, `${entry.tags[0]}.ts`);
    for (const prop of props) {
      const attribute = Object.keys(elementAttributes({ [prop]: 1 }))[0]!;
      // Lit's default attribute is the property name in lower case; a camel-case one needs its own.
      const declared = new RegExp(
        attribute === prop.toLowerCase()
          ? String.raw`@property\((?![^)]*attribute:)[^)]*\)\s+(?:declare\s+)?${prop}\b`
          : String.raw`@property\([^)]*attribute: '${attribute}'[^)]*\)\s+(?:declare\s+)?${prop}\b`,
      );
      expect(element, `${entry.tags[0]} ${prop}`).toMatch(declared);
    }
  });

  it('has its room form', () => {
    if (entry.room === 'personal') return;
    for (const name of entry.components)
      expect(existsSync(file(type, `Room${name}.astro`)), `${type}/Room${name}.astro`).toBe(true);
  });

  it('has its paper form', () => {
    if (entry.paper === 'none') return;
    const name = `Paper${entry.components[0]}.astro`;
    expect(existsSync(file(type, name)), `${type}/${name}`).toBe(true);
  });

  it('has a schema for exactly its components, assembled into the author components', async () => {
    expect(existsSync(file(type, 'schema.ts')), `${type}/schema.ts`).toBe(true);
    const schema = (await import(`./${type}/schema.ts`)) as { components?: Record<string, unknown> };
    expect(Object.keys(schema.components ?? {}).sort()).toEqual([...entry.components].sort());
    for (const name of entry.components) expect(authorComponents).toHaveProperty(name, schema.components![name]);
    expect(schema.components![entry.components[0]]).toMatchObject({ role: 'exercise', exerciseType: type });
  });

  it('keeps its strings in its folder, under the names its elements read', () => {
    const strings = EXERCISE_STRINGS[type];
    expect(Object.keys(strings.nl).length).toBeGreaterThan(0);
    for (const key of Object.keys(strings.nl))
      expect(
        entry.tags.some((tag) => covers(tag.slice('ll-'.length) as ElementName, key)),
        key,
      ).toBe(true);
  });

  it('has its gallery example', () => {
    expect(existsSync(file(type, 'example.mdx')), `${type}/example.mdx`).toBe(true);
    expect(read(type, 'example.mdx')).toContain(`<${entry.components[0]}`);
  });
});

describe('the exercise registry', () => {
  it('lists every exercise type of the author components, and every type folder', () => {
    const types = Object.values(authorComponents).flatMap((spec) =>
      'exerciseType' in spec ? [spec.exerciseType] : [],
    );
    expect(exerciseTypes.map((entry) => entry.type).sort()).toEqual([...types].sort());
    const folders = readdirSync(here, { withFileTypes: true })
      .filter((entry) => entry.isDirectory() && entry.name !== 'shared')
      .map((entry) => entry.name);
    expect(folders.sort()).toEqual(exerciseTypes.map((entry) => entry.type).sort());
  });

  it('keeps each exercise string in one folder', () => {
    const count = Object.values(EXERCISE_STRINGS).reduce((sum, part) => sum + Object.keys(part.nl).length, 0);
    expect(count).toBe(Object.keys(exerciseStrings).length);
  });

  it('gives every component and tag to one type only', () => {
    const components = exerciseTypes.flatMap((entry) => entry.components);
    const tags = exerciseTypes.flatMap((entry) => entry.tags);
    expect(new Set(components).size).toBe(components.length);
    expect(new Set(tags).size).toBe(tags.length);
  });

  it('stays free of Astro components and schemas, so browser code can read it', () => {
    const source = readFileSync(path.join(here, 'registry.ts'), 'utf8');
    expect(source).not.toMatch(/^import /m);
  });
});
