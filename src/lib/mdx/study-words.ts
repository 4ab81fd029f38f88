import type { Root, RootContent } from 'mdast';
import { isJsxElement } from './sections';

/**
 * Words a participant reads on the self-study page: the text, slides and callouts, without trainer
 * notes, MDX comments or frontmatter. Used for the outline's reading length and the content checks.
 */
export function studyWordCount(tree: Root): number {
  let words = 0;
  const visit = (node: RootContent): void => {
    if (isJsxElement(node) && node.name === 'Notes') return;
    if (node.type === 'text' || node.type === 'inlineCode')
      words += node.value.split(/\s+/).filter((w) => /[\p{L}\p{N}]/u.test(w)).length;
    if ('children' in node) node.children.forEach(visit);
  };
  tree.children.forEach(visit);
  return words;
}
