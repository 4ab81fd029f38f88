import { mkdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { exerciseDealer } from './synthetic-exercises';

/**
 * Writes a synthetic course of `count` bijeenkomsten in the proportions of the real ones:
 * about 1,500 words of study text, 13 slides with notes, a few callouts and five exercises per
 * bijeenkomst in the real courses' mix of types, a Kennischeck on a slide where one is dealt.
 */
export function writeSyntheticCourse(coursesDir: string, count: number): void {
  const nextExercises = exerciseDealer();
  const dir = path.join(coursesDir, 'synthetisch');
  mkdirSync(dir, { recursive: true });
  writeFileSync(
    path.join(dir, 'course.yaml'),
    [
      'title: Synthetische cursus voor de benchmark',
      'summary: Een cursus die de benchmark maakt om de build te meten.',
      'audience: De build.',
      'goals:',
      '  - De build blijft snel.',
      // Hundreds of Reflecties never fit SCORM 1.2's suspend_data; the benchmark times the site's build.
      'scorm12: false',
      '',
    ].join('\n'),
  );
  const sentence =
    'De professional volgt de cliënt en zorgt dat het netwerk meedoet, in plaats van alles over te nemen.';
  const paragraph = Array.from({ length: 6 }, () => sentence).join(' ');
  for (let n = 1; n <= count; n++) {
    const blocks = ['Welkom', 'Uitleg', 'Oefening', 'Pauze', 'Rollenspel', 'Afsluiting'];
    const agenda = blocks
      .map(
        (title, i) =>
          `  - title: ${title}\n    minutes: 20\n    kind: ${i === 3 ? 'pauze' : i === 2 ? 'oefening' : 'plenair'}`,
      )
      .join('\n');
    const exercises = nextExercises(n);
    const slides = Array.from({ length: 13 }, (_, s) => {
      const block = blocks[Math.min(5, Math.floor(s / 2.2))]!.toLowerCase();
      return `<Slide title="Dia ${s + 1} van bijeenkomst ${n}" block="${block}">\n- Eerste punt van de dia\n- Tweede punt met **nadruk**\n\n<Notes>\nVertel in twee minuten wat hier staat. Vraag de groep om een voorbeeld uit de praktijk.\n</Notes>\n</Slide>`;
    });
    // As in the real courses, the group answers the knowledge questions from the slide.
    const onSlide = exercises.findIndex((e) => e.type === 'kennischeck');
    if (onSlide >= 0) slides[5] = slides[5]!.replace('<Notes>', `${exercises[onSlide]!.mdx}\n\n<Notes>`);
    const onPage = exercises.filter((_, i) => i !== onSlide).map((e) => e.mdx);
    const sections = Array.from(
      { length: 8 },
      (_, s) =>
        `## Onderdeel ${s + 1}\n\n${paragraph}\n\n${paragraph}\n\n${slides.slice(s * 2, s * 2 + 2).join('\n\n')}${onPage[s] ? `\n\n${onPage[s]}` : ''}`,
    );
    const body = [
      '---',
      `number: ${n}`,
      `title: Bijeenkomst ${n} van de synthetische cursus`,
      'duration: 120',
      'goals:',
      '  - U leest de tekst.',
      '  - U bekijkt de dia’s.',
      'agenda:',
      agenda,
      '---',
      '',
      paragraph,
      '',
      ...sections,
      '<Callout type="tip">\nEen tip om te onthouden.\n</Callout>',
      '',
      '## Samenvatting',
      '',
      paragraph,
      '',
    ].join('\n');
    writeFileSync(path.join(dir, `bijeenkomst-${n}.mdx`), body);
  }
}
