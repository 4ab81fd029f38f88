import { describe, expect, it } from 'vitest';
import { trackerStorage } from './store-via-tracker';
import { FakeLms, ManualClock, memoryCopies } from './testing/fake-lms';
import { Tracker } from './tracker';

const scope = { course: 'demo', mastery: 70, bijeenkomsten: [{ slug: 'bijeenkomst-1', exercises: ['q'] }] };

describe('trackerStorage', () => {
  it('gives the exercise store its snapshot back in the next session, through the LMS', async () => {
    const lms = new FakeLms('1.2');
    const first = new Tracker({ port: lms.port(), scope, copies: memoryCopies().copies, clock: new ManualClock() });
    await first.start();
    const storage = trackerStorage(first);
    expect(storage.load()).toBeUndefined();
    storage.save({ v: 1, e: { q: { a: { v1: ['b'] } } } });
    first.finish();

    const next = lms.relaunch();
    const second = new Tracker({ port: next.port(), scope, copies: memoryCopies().copies, clock: new ManualClock() });
    await second.start();
    expect(trackerStorage(second).load()).toEqual({ v: 1, e: { q: { a: { v1: ['b'] } } } });
  });

  it('drops what it cannot trust instead of handing it to the elements', async () => {
    const lms = new FakeLms('2004');
    const tracker = new Tracker({ port: lms.port(), scope, copies: memoryCopies().copies, clock: new ManualClock() });
    await tracker.start();
    tracker.saveState({ v: 1, e: { q: { t: 'tekst' }, 'Geen Id': { t: 'x' }, r: 'geen object' } });
    expect(trackerStorage(tracker).load()).toEqual({ v: 1, e: { q: { t: 'tekst' } } });
  });

  it('case 7: keeps state of exercises the updated course no longer has aside, never deletes it', async () => {
    const lms = new FakeLms('1.2');
    const tracker = new Tracker({ port: lms.port(), scope, copies: memoryCopies().copies, clock: new ManualClock() });
    await tracker.start();
    tracker.saveState({ v: 1, e: { q: { a: { v1: ['b'] } }, weg: { t: 'oude oefening' } } });
    const shown: unknown[] = [];
    const storage = trackerStorage(tracker, new Set(['q', 'nieuw']), (aside) => shown.push(aside));
    expect(storage.load()).toEqual({ v: 1, e: { q: { a: { v1: ['b'] } } } });
    // Shown to the participant in an "Uit een eerdere versie" box.
    expect(shown).toEqual([{ weg: { t: 'oude oefening' } }]);
    storage.save({ v: 1, e: { q: { a: { v1: ['c'] } } } });
    expect(tracker.loadState()).toEqual({ v: 1, e: { weg: { t: 'oude oefening' }, q: { a: { v1: ['c'] } } } });
  });
});
