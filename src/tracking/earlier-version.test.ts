import { describe, expect, it } from 'vitest';
import { writtenTexts } from './earlier-version';

describe('work from an earlier version of the course', () => {
  it('finds what the participant wrote in kept-aside state, not ids or numbers', () => {
    expect(
      writtenTexts({
        'oude-reflectie': { t: { antwoord: 'Ik vraag eerst wat de cliënt wil.' }, d: 1 },
        'oude-check': { a: { doel: ['meedoen'] } },
        'oude-cirkel': { p: [{ n: 'Jan', r: 2 }], d: 1 },
        'oude-scan': { z: { wonen: 3 } },
      }),
    ).toEqual(['Ik vraag eerst wat de cliënt wil.', 'Jan']);
  });
});
