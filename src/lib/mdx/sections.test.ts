import { describe, expect, it } from 'vitest';
import { parseCourseMdx } from './parse';
import { annotateSections } from './sections';

const source = `---
title: x
---

Intro.

## Waarom er een Wmo is

<Slide title="Welkom" block="welkom">
Tekst.

<Notes>
Alleen voor de trainer.
</Notes>
</Slide>

<Slide title="Welkom">
Nog een dia met dezelfde titel, zonder notities; hij erft het blok.
</Slide>

### Verdieping

<Slide title="Cliënt & netwerk" block="netwerk">
<Callout>Geen notities hier.</Callout>
</Slide>

## Samenvatting
`;

describe('annotateSections', () => {
  it('lists headings and slides in document order with unique anchors', () => {
    const map = annotateSections(parseCourseMdx(source));
    expect(map.sections).toEqual([
      { id: 'waarom-er-een-wmo-is', title: 'Waarom er een Wmo is', kind: 'heading' },
      { id: 'welkom', title: 'Welkom', kind: 'slide' },
      { id: 'welkom-1', title: 'Welkom', kind: 'slide' },
      { id: 'cliënt--netwerk', title: 'Cliënt & netwerk', kind: 'slide' },
      { id: 'samenvatting', title: 'Samenvatting', kind: 'heading' },
    ]);
  });

  it('keeps exercise ids for the exercises: a heading or slide with the same title gets the next anchor', () => {
    const map = annotateSections(
      parseCourseMdx(
        '## Plan bijstellen\n\n<Slide title="Plan bijstellen">\nTekst.\n</Slide>\n\n<Reflectie id="plan-bijstellen" title="Plan">\n<Vraag id="a">Wat?</Vraag>\n</Reflectie>\n',
      ),
    );
    expect(map.sections.map((s) => s.id)).toEqual(['plan-bijstellen-1', 'plan-bijstellen-2']);
    expect(map.exercises.map((e) => e.id)).toEqual(['plan-bijstellen']);
  });

  it('numbers slides, carries the agenda block forward and sees their notes', () => {
    const map = annotateSections(parseCourseMdx(source));
    expect(map.slides.map(({ n, block, hasNotes }) => ({ n, block, hasNotes }))).toEqual([
      { n: 1, block: 'welkom', hasNotes: true },
      { n: 2, block: 'welkom', hasNotes: false },
      { n: 3, block: 'netwerk', hasNotes: false },
    ]);
    expect(map.slides[0]?.line).toBe(9);
  });

  it('gives headings below h2 an id too, so Astro does not slug them into a clash', () => {
    const tree = parseCourseMdx(source);
    annotateSections(tree);
    const heading = tree.children.find((n) => n.type === 'heading' && n.depth === 3);
    expect(heading?.data?.hProperties?.id).toBe('verdieping');
  });

  it('passes id and number to the Slide component as attributes', () => {
    const tree = parseCourseMdx(source);
    annotateSections(tree);
    const slide = tree.children.find((n) => n.type === 'mdxJsxFlowElement');
    const attributes =
      slide && 'attributes' in slide ? slide.attributes.map((a) => ('name' in a ? [a.name, a.value] : [])) : [];
    expect(Object.fromEntries(attributes)).toEqual({ title: 'Welkom', block: 'welkom', id: 'welkom', n: '1' });
  });
});

describe('annotateSections and steps', () => {
  it('marks steps inside a paragraph or list item as inline, and leaves block steps alone', () => {
    const tree = parseCourseMdx('<Slide title="S">\n\n- <Step>één</Step>\n\n<Step>\n\nTwee.\n\n</Step>\n\n</Slide>\n');
    annotateSections(tree);
    const steps: { type: string; inline: boolean }[] = [];
    const walk = (node: {
      type: string;
      name?: string;
      attributes?: { name: string }[];
      children?: unknown[];
    }): void => {
      if (node.name === 'Step')
        steps.push({ type: node.type, inline: Boolean(node.attributes?.some((a) => a.name === 'inline')) });
      (node.children as (typeof node)[] | undefined)?.forEach(walk);
    };
    walk(tree);
    expect(steps).toEqual([
      { type: 'mdxJsxTextElement', inline: true },
      { type: 'mdxJsxFlowElement', inline: false },
    ]);
  });
});
