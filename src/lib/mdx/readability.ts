import type { Root, RootContent } from 'mdast';
import { isJsxElement } from './sections';

/** Blocks whose text a reader takes in as one run of sentences. */
const TEXT_BLOCKS = new Set(['paragraph', 'heading', 'tableCell']);

/**
 * The participant text of a course file as runs of text, one per paragraph, heading or table cell:
 * what the self-study page shows, without trainer notes, comments or frontmatter.
 */
export function participantTexts(tree: Root): string[] {
  const runs: string[] = [];
  const collect = (node: RootContent): string => {
    if (isJsxElement(node) && node.name === 'Notes') return '';
    if (node.type === 'text' || node.type === 'inlineCode') return node.value;
    if ('children' in node) return (node.children as RootContent[]).map(collect).join('');
    return '';
  };
  const visit = (node: RootContent): void => {
    if (isJsxElement(node) && node.name === 'Notes') return;
    if (TEXT_BLOCKS.has(node.type)) {
      const run = collect(node).replace(/\s+/g, ' ').trim();
      if (run) runs.push(run);
      return;
    }
    if ('children' in node) (node.children as RootContent[]).forEach(visit);
  };
  tree.children.forEach(visit);
  return runs;
}

/** Dutch vowels, with the diaeresis that starts a new syllable (ideeën, geïnteresseerd). */
const VOWEL_GROUP = /[aeiouyáàâéèêíìîóòôúùû]+|[ëïöü][aeiouyáàâéèêíìîóòôúùû]*/giu;

/** Syllables of a Dutch word, counted as vowel groups ("ij" is one vowel); at least one. */
export function dutchSyllables(word: string): number {
  const groups = word.toLowerCase().replace(/ij/g, 'y').match(VOWEL_GROUP);
  return Math.max(1, groups?.length ?? 0);
}

export interface Readability {
  words: number;
  sentences: number;
  syllables: number;
  /** Flesch-Douma: 206.84 − 0.77 × syllables per 100 words − 0.93 × words per sentence. */
  fleschDouma: number;
}

/** Flesch-Douma reading ease of runs of Dutch text; a run ends a sentence even without a full stop. */
export function readability(runs: string[]): Readability {
  let words = 0;
  let sentences = 0;
  let syllables = 0;
  for (const run of runs) {
    for (const sentence of run.split(/(?<=[.!?…:;])\s+/u)) {
      const sentenceWords = sentence.split(/\s+/).filter((w) => /\p{L}/u.test(w));
      if (sentenceWords.length === 0) continue;
      sentences += 1;
      words += sentenceWords.length;
      for (const w of sentenceWords) syllables += dutchSyllables(w.replace(/[^\p{L}]/gu, ''));
    }
  }
  const fleschDouma =
    words === 0 ? 0 : 206.84 - 0.77 * ((syllables / words) * 100) - 0.93 * (words / Math.max(1, sentences));
  return { words, sentences, syllables, fleschDouma };
}
