import { describe, expect, it } from 'vitest';
import { parseCourseMdx } from './parse';
import { studyWordCount } from './study-words';

describe('studyWordCount', () => {
  it('counts what participants read, not notes, comments or frontmatter', () => {
    const source = `---
title: Niet tellen
---

Een twee drie.

{/* dit is een opmerking voor auteurs */}

<Slide title="Titel telt niet mee">
Vier **vijf** zes – zeven.

<Notes>
Deze trainersnotitie telt niet mee.
</Notes>
</Slide>

- acht
- negen [tien](../../begrippen/#tien)
`;
    expect(studyWordCount(parseCourseMdx(source))).toBe(10);
  });
});
