import { describe, expect, it } from 'vitest';
import { checkMdxBody } from './check-mdx';

const problems = (mdx: string) => checkMdxBody(mdx, 'x.mdx').problems.map((p) => `${p.line}: ${p.message}`);

describe('<Klas>, <Zelfstudie> and <Slide study>', () => {
  it('accepts room-only slides, study-only text and both study modes', () => {
    expect(
      problems(
        [
          '<Klas>',
          '<Slide title="Pauze">',
          'Tien minuten.',
          '</Slide>',
          '</Klas>',
          '',
          '<Zelfstudie>',
          'Lees dit rustig door.',
          '</Zelfstudie>',
          '',
          '<Slide title="Kort" study="summary">',
          '- Punt',
          '<Klas>',
          'Vraag de groep.',
          '</Klas>',
          '</Slide>',
          '',
          '<Slide title="Weg" study="hidden">',
          '- Punt',
          '</Slide>',
        ].join('\n'),
      ),
    ).toEqual([]);
  });

  it('refuses an unknown study mode', () => {
    expect(problems('<Slide title="A" study="kort">\nx\n</Slide>')).toEqual([
      '1: <Slide> expected study "summary" or "hidden"',
    ]);
  });

  it('keeps exercises where participants see them and slides where the room sees them', () => {
    expect(
      problems(
        [
          '<Klas>',
          '<Reflectie id="r">',
          '<Vraag id="v">Wat?</Vraag>',
          '</Reflectie>',
          '</Klas>',
          '<Slide title="Weg" study="hidden">',
          '<Schaalvraag id="s">Hoe?</Schaalvraag>',
          '</Slide>',
          '<Zelfstudie>',
          '<Slide title="Dia">',
          'x',
          '</Slide>',
          '<Klas>',
          'y',
          '</Klas>',
          '</Zelfstudie>',
        ].join('\n'),
      ),
    ).toEqual([
      '2: <Reflectie> cannot be inside <Klas>: participants studying alone would never see the exercise',
      '7: <Schaalvraag> cannot be on a slide with study="hidden": participants would never see the exercise; use study="summary"',
      '10: <Slide> cannot be inside <Zelfstudie>: a slide is shown in the room; use <Klas> or no wrapper',
      '13: <Klas> cannot be inside <Zelfstudie>; close it first',
    ]);
  });
});
