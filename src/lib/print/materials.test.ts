import { describe, expect, it } from 'vitest';
import type { SheetInfo } from '../mdx/sections';
import { materialsList, sheetOrder } from './materials';

const sheet = (id: string): SheetInfo => ({ id, title: id, for: 'deelnemer', role: undefined, copies: 'een', line: 1 });

describe('the materials list of a bijeenkomst', () => {
  it('keeps the frontmatter order, a named sheet in its place, unnamed sheets at the end', () => {
    const items = materialsList(['Flap-over', { werkblad: 'b' }, 'Stiften'], [sheet('a'), sheet('b')]);
    expect(items.map((i) => (i.kind === 'text' ? i.text : `sheet:${i.sheet.id}`))).toEqual([
      'Flap-over',
      'sheet:b',
      'Stiften',
      'sheet:a',
    ]);
  });

  it('lists a sheet once even when it is named twice, and prints sheets in the listed order', () => {
    expect(sheetOrder([{ werkblad: 'b' }, { werkblad: 'b' }], [sheet('a'), sheet('b')]).map((s) => s.id)).toEqual([
      'b',
      'a',
    ]);
    expect(sheetOrder(undefined, [])).toEqual([]);
  });
});
