import { describe, expect, it } from 'vitest';
import { studySections } from './study-toc';
import type { Section } from './sections';

describe('studySections', () => {
  const sections: Section[] = [
    { id: 'welkom', title: 'Welkom', kind: 'slide', room: true },
    { id: 'kennismaking', title: 'Kennismaking', kind: 'heading', room: true },
    { id: 'waarom', title: 'Waarom er een Wmo is', kind: 'heading' },
    { id: 'doel', title: 'Het doel van de Wmo', kind: 'slide' },
    { id: 'zorgen', title: 'Zorgen voor of zorgen dat', kind: 'heading' },
    { id: 'zorgen-1', title: 'Zorgen voor of zorgen dat?', kind: 'heading' },
    { id: 'eigen', title: 'Voor wie alleen studeert', kind: 'heading', studyOnly: true },
  ];

  it('lists the headings for readers, each title once, without room-only parts or slides', () => {
    expect(studySections(sections).map((s) => s.id)).toEqual(['waarom', 'zorgen', 'eigen']);
  });
});
