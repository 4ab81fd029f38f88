import type { Section } from './sections';

/** A title as a reader compares it: case, spacing and punctuation aside. */
const sameTitle = (title: string) =>
  title
    .toLocaleLowerCase('nl')
    .replace(/[^\p{L}\p{N}]+/gu, ' ')
    .trim();

/**
 * The self-study page's own section list: its `##` headings, without what is meant for the room
 * only, each title once. Slides are not entries: on the study page they are summary boxes inside a
 * section, or absent (`<Slide study>`).
 */
export function studySections(sections: readonly Section[]): Section[] {
  const seen = new Set<string>();
  return sections.filter((section) => {
    if (section.kind !== 'heading' || section.room) return false;
    const key = sameTitle(section.title);
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}
