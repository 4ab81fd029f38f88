/**
 * A bijeenkomst's materials list as the trainer guide shows it: the `materials` of the frontmatter
 * in their order, a `werkblad: <id>` entry standing for that sheet, then the sheets no entry names.
 * The materials PDF prints the sheets in this same order.
 */
import type { Material } from '../../schemas/bijeenkomst';
import type { SHEET_AUDIENCES, SHEET_COPIES } from '../../schemas/components';
import type { SheetInfo } from '../mdx/sections';

export type MaterialItem = { kind: 'text'; text: string } | { kind: 'sheet'; sheet: SheetInfo };

export function materialsList(
  materials: readonly Material[] | undefined,
  sheets: readonly SheetInfo[],
): MaterialItem[] {
  const byId = new Map(sheets.map((sheet) => [sheet.id, sheet]));
  const listed = new Set<string>();
  const items: MaterialItem[] = [];
  for (const material of materials ?? []) {
    if (typeof material === 'string') items.push({ kind: 'text', text: material });
    else {
      const sheet = byId.get(material.werkblad);
      // The course checker reports a name without a sheet; a build never gets here with one.
      if (sheet && !listed.has(sheet.id)) items.push({ kind: 'sheet', sheet });
      listed.add(material.werkblad);
    }
  }
  for (const sheet of sheets) if (!listed.has(sheet.id)) items.push({ kind: 'sheet', sheet });
  return items;
}

/** The sheets in the order the guide lists them. */
export const sheetOrder = (materials: readonly Material[] | undefined, sheets: readonly SheetInfo[]): SheetInfo[] =>
  materialsList(materials, sheets).flatMap((item) => (item.kind === 'sheet' ? [item.sheet] : []));

/** The props of `<Werkblad>` as its renderers receive them (checked by the course checker first). */
export interface SheetProps {
  id: string;
  title: string;
  for: (typeof SHEET_AUDIENCES)[number];
  role?: string;
  copies: (typeof SHEET_COPIES)[number];
}
