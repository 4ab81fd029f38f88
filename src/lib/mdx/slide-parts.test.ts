import type { RootContent } from 'mdast';
import type { MdxJsxFlowElement } from 'mdast-util-mdx-jsx';
import { describe, expect, it } from 'vitest';
import { parseCourseMdx } from './parse';
import { annotateSections } from './sections';
import { deckParts } from './slide-parts';

const kennischeck = (...questions: string[]) =>
  `<Kennischeck id="k" title="Wmo">\n\n${questions
    .map(
      (q, i) =>
        `<Vraag id="v${i}">\n${q}\n<Optie id="a${i}" correct>Ja</Optie>\n<Optie id="b${i}">Nee</Optie>\n</Vraag>\n`,
    )
    .join('\n')}\n</Kennischeck>`;

/** The deck parts of the first `<Slide>` in a piece of MDX. */
function parts(body: string) {
  const tree = parseCourseMdx(`---\ntitle: x\n---\n\n<Slide title="Dia">\n\n${body}\n\n</Slide>\n`);
  const slide = tree.children.find((n: RootContent) => n.type === 'mdxJsxFlowElement') as MdxJsxFlowElement;
  return deckParts(slide, 'Dia');
}

describe('deckParts', () => {
  it('keeps a slide whole without exercises, or with one single-question exercise and nothing else', () => {
    expect(parts('Tekst.\n\n<Notes>\nStemmen.\n</Notes>')).toEqual([{ title: 'Dia' }]);
    expect(parts(kennischeck('Eén vraag?'))).toEqual([{ title: 'Dia' }]);
    // Comments and notes are not content: the slide is still the exercise alone.
    expect(parts(`{/* voor de auteur */}\n\n${kennischeck('Eén?')}\n\n<Notes>\nTijd: 5 minuten.\n</Notes>`)).toEqual([
      { title: 'Dia' },
    ]);
  });

  it('gives a Kennischeck of several questions one slide per question, after the slide text', () => {
    expect(parts(`Zes vragen.\n\n${kennischeck('Eerste?', 'Tweede?')}`)).toEqual([
      { title: 'Dia' },
      { title: 'Dia (1/2)', question: { n: 1, of: 2 } },
      { title: 'Dia (2/2)', question: { n: 2, of: 2 } },
    ]);
    expect(parts(kennischeck('Eerste?', 'Tweede?', 'Derde?'))).toHaveLength(3);
  });

  it('gives an exercise that shares its slide with text a slide of its own; a Reflectie’s questions stay one', () => {
    const reflectie =
      '<Reflectie id="r" title="Terugblik">\n\n<Vraag id="antwoord">\nWat deed u?\n</Vraag>\n\n</Reflectie>';
    expect(parts(`Eerst dit.\n\n${reflectie}`)).toEqual([{ title: 'Dia' }, { title: 'Dia' }]);
    expect(parts(reflectie)).toEqual([{ title: 'Dia' }]);
    // A participant's own progress shows nothing in the room: no slide of its own.
    expect(parts('Tekst.\n\n<Voortgang id="gelezen" title="Gelezen" />')).toEqual([{ title: 'Dia' }]);
  });
});

describe('slide numbers follow the deck', () => {
  it('numbers the slide after a split Kennischeck past its question slides', () => {
    const tree = parseCourseMdx(
      `---\ntitle: x\n---\n\n<Slide title="Vragen">\n\nDrie vragen.\n\n${kennischeck('A?', 'B?', 'C?')}\n\n</Slide>\n\n<Slide title="Daarna">\nTekst.\n</Slide>\n`,
    );
    const map = annotateSections(tree);
    expect(map.slides.map(({ n, parts: p }) => [n, p.length])).toEqual([
      [1, 4],
      [5, 1],
    ]);
    const attribute = (i: number) =>
      (tree.children.filter((n) => n.type === 'mdxJsxFlowElement')[i] as MdxJsxFlowElement).attributes.find(
        (a) => a.type === 'mdxJsxAttribute' && a.name === 'n',
      )?.value;
    expect([attribute(0), attribute(1)]).toEqual(['1–4', '5']);
  });
});
