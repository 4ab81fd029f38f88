import { describe, expect, it } from 'vitest';
import { continueOffer, offerLines } from './continue-offer';

const deep = { slug: 'b2', label: 'Bijeenkomst 2: Eigen kracht', section: 'kern', sectionTitle: 'De kern' };

describe('"Verder waar u was"', () => {
  it('is offered on another page with the bijeenkomst and, on a line of its own, the section', () => {
    const offer = continueOffer(deep, 'b1', '');
    expect(offer).toEqual({ here: false, place: 'Bijeenkomst 2: Eigen kracht', section: 'De kern' });
    expect(offerLines(offer!)).toBe('two');
    // The overview has no bijeenkomst of its own; a link in, with a #hash, changes nothing there.
    expect(continueOffer(deep, undefined, '#x')?.here).toBe(false);
  });

  it('takes one line for a bijeenkomst read from its top', () => {
    const offer = continueOffer({ slug: 'b2', label: 'Bijeenkomst 2: Eigen kracht' }, 'b1', '');
    expect(offer).toEqual({ here: false, place: 'Bijeenkomst 2: Eigen kracht', section: undefined });
    expect(offerLines(offer!)).toBe('one');
  });

  it('on its own page only leads down to the section, unless the visit already goes to one', () => {
    expect(continueOffer(deep, 'b2', '')).toEqual({ here: true, place: 'De kern' });
    expect(offerLines(continueOffer(deep, 'b2', '')!)).toBe('one');
    expect(continueOffer(deep, 'b2', '#ander')).toBeUndefined();
    expect(continueOffer({ slug: 'b2', label: 'Bijeenkomst 2' }, 'b2', '')).toBeUndefined();
  });

  it('is not offered without a place', () => {
    expect(continueOffer(undefined, 'b1', '')).toBeUndefined();
  });
});
