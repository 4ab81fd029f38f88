import { describe, expect, it } from 'vitest';
import { checkMdxBody } from './check-mdx';

/** The problems of one snippet, as "line: field: message". */
function problems(mdx: string): string[] {
  return checkMdxBody(mdx, 'x.mdx').problems.map((p) => `${p.line}: ${p.field ? `${p.field}: ` : ''}${p.message}`);
}

const quiz = (questions: string, attrs = 'id="wmo"') => `<Kennischeck ${attrs}>\n\n${questions}\n\n</Kennischeck>\n`;
const question = `<Vraag id="v1">
Wat komt eerst?

<Optie id="a" correct feedback="Juist.">Het gesprek</Optie>
<Optie id="b">De aanvraag</Optie>
</Vraag>`;

const roleplay = (body: string) => `<Rollenspel id="jansen" client="Mevrouw Jansen">\n\n${body}\n\n</Rollenspel>\n`;
const turns = `<Beurt id="begin">
Wie komt er schoonmaken?

<Reactie next="goed" feedback="Zorgen dat.">Wat wilt u zelf?</Reactie>
<Reactie next="fout">Ik regel het.</Reactie>
</Beurt>

<Einde id="goed">Zij houdt de regie.</Einde>

<Einde id="fout">U nam het over.</Einde>`;

describe('exercise components in the course checker', () => {
  it('accepts well-formed exercises', () => {
    expect(problems(quiz(question))).toEqual([]);
    expect(problems(roleplay(turns))).toEqual([]);
    expect(
      problems('<Reflectie id="r" maxLength={500}>\n\n<Vraag id="a">Wat deed u?</Vraag>\n\n</Reflectie>\n'),
    ).toEqual([]);
    expect(problems('<Schaalvraag id="s" low="niet" high="wel">Hoe gaat het?</Schaalvraag>\n')).toEqual([]);
    expect(
      problems('<Zelfredzaamheidscan id="z">\n\n<Domein id="geld">Geldzaken</Domein>\n\n</Zelfredzaamheidscan>\n'),
    ).toEqual([]);
    expect(
      problems(
        '<Stappenplan id="p">\n\n<Stap id="a" title="Een">x</Stap>\n\n<Stap id="b" title="Twee">y</Stap>\n\n</Stappenplan>\n',
      ),
    ).toEqual([]);
    expect(
      problems(
        '<Netwerkcirkel id="n" client="Mevrouw Jansen">Zet iedereen in de cirkel.</Netwerkcirkel>\n\n<Voortgang id="gelezen" />\n\n<Voortgangsoverzicht />\n',
      ),
    ).toEqual([]);
  });

  it('needs an id on every exercise', () => {
    expect(problems(quiz(question, 'title="Test"'))).toEqual(['1: id: <Kennischeck> the exercise id is required']);
    expect(problems('<Schaalvraag>Hoe?</Schaalvraag>\n')).toEqual(['1: id: <Schaalvraag> the exercise id is required']);
  });

  it('needs questions with options and a correct one', () => {
    expect(problems(quiz('Alleen tekst.'))).toEqual([
      '1: <Kennischeck> needs at least one <Vraag> (a question with options)',
    ]);
    expect(problems(quiz('<Vraag id="v1">\nWat?\n</Vraag>'))).toEqual([
      '3: <Vraag> in a <Kennischeck> needs at least two <Optie> elements',
    ]);
    expect(problems(quiz(question.replace(' correct', '')))).toEqual([
      '3: <Vraag> has no correct option; mark one with <Optie correct>',
    ]);
    expect(problems(quiz(question.replace('id="b"', 'id="b" correct')))).toEqual([
      '3: <Vraag> has 2 correct options; add "multiple" to the <Vraag> for a multiple-choice question',
    ]);
    expect(problems(quiz(question.replace('id="b"', 'id="a"')))).toEqual([
      '7: id: the option id "a" is used twice here; every option needs its own id',
    ]);
    expect(problems(quiz(question, 'id="wmo" passMark={3}'))).toEqual([
      '1: passMark: passMark is 3, but there is 1 question; expected at most 1',
    ]);
  });

  it('keeps parts inside their exercise', () => {
    expect(problems('<Optie id="a">Los</Optie>\n')).toEqual(['1: <Optie> belongs inside <Vraag>']);
    expect(
      problems(
        roleplay(
          turns.replace(
            '<Einde id="goed">',
            '<Beurt id="x"><Optie id="a">o</Optie><Reactie next="goed">Ja</Reactie></Beurt>\n\n<Einde id="goed">',
          ),
        ),
      ),
    ).toEqual([
      '10: "x" cannot be reached: no <Reactie> leads to it',
      '10: <Optie> belongs inside <Vraag>, not inside <Beurt>',
    ]);
    expect(
      problems(
        roleplay(
          turns.replace(
            '<Einde id="goed">Zij houdt de regie.</Einde>',
            '<Einde id="goed"><Kennischeck id="k">\n\n<Vraag id="a">x</Vraag>\n\n</Kennischeck></Einde>',
          ),
        ),
      ),
    ).toContain('10: <Kennischeck> cannot be inside <Einde>; expected no other components');
  });

  it('lets an exercise and each of its parts hold only the parts its schema places there', () => {
    // Read from the schemas' `within`: a question holds options, a step or a domain nothing else.
    const reflection = `<Reflectie id="r">

<Vraag id="v">
Wat merkt u?

<Schaalvraag id="s">Hoe?</Schaalvraag>
</Vraag>

</Reflectie>
`;
    expect(problems(reflection)).toContain('6: <Schaalvraag> cannot be inside <Vraag>; expected <Optie>');
    const plan = `<Stappenplan id="p">

<Stap id="a" title="Eerst">
<Reflectie id="r">

<Vraag id="v">x</Vraag>

</Reflectie>
</Stap>

</Stappenplan>
`;
    expect(problems(plan)).toContain('4: <Reflectie> cannot be inside <Stap>; expected no other components');
    const scan = `<Zelfredzaamheidscan id="z">

<Domein id="werk">
Werk

<Schaalvraag id="s">Hoe?</Schaalvraag>
</Domein>

</Zelfredzaamheidscan>
`;
    expect(problems(scan)).toContain('6: <Schaalvraag> cannot be inside <Domein>; expected no other components');
  });

  it('checks the dialogue graph of a Rollenspel', () => {
    expect(problems(roleplay(turns.replace('next="goed"', 'next="goud"')))).toEqual([
      '6: next: <Reactie next="goud"> leads to a turn that does not exist; expected one of begin, goed, fout',
      '10: "goed" cannot be reached: no <Reactie> leads to it',
    ]);
    expect(problems(roleplay(turns.replace(/<Einde[\s\S]*/, ''))).sort()).toEqual([
      '1: <Rollenspel> needs at least one <Einde>',
      '6: next: <Reactie next="goed"> leads to a turn that does not exist; expected one of begin',
      '7: next: <Reactie next="fout"> leads to a turn that does not exist; expected one of begin',
    ]);
    expect(
      problems(roleplay(`${turns}\n\n<Beurt id="begin">\nNog eens.\n\n<Reactie next="goed">Ja.</Reactie>\n</Beurt>`)),
    ).toContain('14: id: the turn or ending id "begin" is used twice here; every turn or ending needs its own id');
    expect(problems(roleplay(''))).toEqual([
      '1: <Rollenspel> needs at least one <Beurt> (the turn the conversation starts with)',
    ]);
    expect(problems(roleplay(`<Einde id="vooraf">Al klaar.</Einde>\n\n${turns}`))).toEqual([
      '1: <Rollenspel> starts with its first <Beurt>; put a <Beurt> first',
      '5: "begin" cannot be reached: no <Reactie> leads to it',
      '12: "goed" cannot be reached: no <Reactie> leads to it',
      '14: "fout" cannot be reached: no <Reactie> leads to it',
    ]);
  });
});
