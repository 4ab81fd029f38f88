import { compressToEncodedURIComponent } from 'lz-string';
import { describe, expect, it } from 'vitest';
import { decodeEnvelope } from './suspend-codec';
import { FakeLms, ManualClock, memoryCopies } from './testing/fake-lms';
import { launch, quiz, scope } from './testing/tracker-launch';
import { Tracker } from './tracker';
import type { ScormVersion } from './scorm-elements';

describe.each<ScormVersion>(['1.2', '2004'])('tracker resume on SCORM %s', (version) => {
  const status = version === '1.2' ? 'cmi.core.lesson_status' : 'cmi.completion_status';
  const location = version === '1.2' ? 'cmi.core.lesson_location' : 'cmi.location';

  it('starts incomplete, with exit suspend, and resumes location and state after a relaunch', async () => {
    const lms = new FakeLms(version);
    const { tracker } = await launch(lms);
    expect(lms.committed.get(status)).toBe('incomplete');
    tracker.visit('bijeenkomst-1', 'bijeenkomst-1/');
    tracker.saveState({ v: 1, e: { 'reflectie-1': { t: 'Mijn reflectie: zorgen dát, niet zorgen vóór.' } } });
    tracker.complete(quiz(true));
    tracker.finish();
    tracker.finish();
    expect(lms.terminated).toBe(1);
    expect(lms.committed.get(version === '1.2' ? 'cmi.core.exit' : 'cmi.exit')).toBe('suspend');
    expect(lms.committed.get(location)).toBe('bijeenkomst-1/');

    const { tracker: again } = await launch(lms.relaunch());
    expect(again.resumeLocation).toBe('bijeenkomst-1/');
    expect(again.loadState()).toEqual({
      v: 1,
      e: { 'reflectie-1': { t: 'Mijn reflectie: zorgen dát, niet zorgen vóór.' } },
    });
  });

  it('case 1: the end of a launch says where the work is: sent (copy kept) or in this browser only', async () => {
    const sent = await launch(new FakeLms(version));
    sent.tracker.saveState({ v: 1, e: { 'reflectie-1': { t: 'Verstuurd.' } } });
    expect(sent.tracker.finish()).toBe('closed');
    expect(sent.tracker.finish()).toBeUndefined();
    const lms = new FakeLms(version);
    const refused = await launch(lms);
    lms.faults.commitFalse = true;
    refused.tracker.saveState({ v: 1, e: { 'reflectie-1': { t: 'Alleen hier.' } } });
    expect(refused.tracker.finish()).toBe('failed');
    expect(refused.mirror.peek()?.e.s).toEqual({ v: 1, e: { 'reflectie-1': { t: 'Alleen hier.' } } });
  });

  it('case 1: a commit answered "true" that stored nothing is restored from the browser at the next launch', async () => {
    const lms = new FakeLms(version);
    const mirror = memoryCopies();
    const first = await launch(lms, mirror);
    lms.faults.lie = true;
    first.tracker.saveState({ v: 1, e: { 'reflectie-1': { t: 'Zevenhonderd tekens die niet weg mogen.' } } });
    first.tracker.complete(quiz(true));
    first.tracker.finish();
    // The LMS kept only the first commit (the attempt's token, no work).
    const next = lms.relaunch();
    expect((await decodeEnvelope(next.get('cmi.suspend_data')))?.s).toBeNull();
    const again = await launch(next, mirror);
    expect(again.tracker.attempt).toBe('same');
    expect(again.tracker.loadState()).toEqual({
      v: 1,
      e: { 'reflectie-1': { t: 'Zevenhonderd tekens die niet weg mogen.' } },
    });
    expect(again.statuses).toEqual(['restored']);
    const stored = await decodeEnvelope(next.committed.get('cmi.suspend_data') ?? '');
    expect(stored?.p.done['quiz-1']).toEqual([1, 4, 4, 1]);
    expect(stored?.s).toEqual(again.tracker.loadState());
  });

  it('case 1: when the LMS never stored even the first commit, the work comes back but counts for nothing', async () => {
    const lms = new FakeLms(version);
    lms.faults.lie = true;
    const mirror = memoryCopies();
    const first = await launch(lms, mirror);
    first.tracker.saveState({ v: 1, e: { 'reflectie-1': { t: 'Niet kwijtraken.' } } });
    first.tracker.complete(quiz(true));
    first.tracker.complete({ id: 'reflectie-1', type: 'reflectie', completed: true });
    first.tracker.finish();
    const next = lms.relaunch();
    expect(next.get('cmi.suspend_data')).toBe('');
    const again = await launch(next, mirror);
    expect(again.tracker.attempt).toBe('unproved');
    expect(again.tracker.loadState()).toEqual({ v: 1, e: { 'reflectie-1': { t: 'Niet kwijtraken.' } } });
    expect(again.statuses).toEqual(['held']);
    again.tracker.visit('bijeenkomst-2', 'bijeenkomst-2/');
    // Held results are shown, never counted: no completion, no score from them.
    expect(next.committed.get(status)).toBe('incomplete');
    expect(next.committed.get(version === '1.2' ? 'cmi.core.score.raw' : 'cmi.score.raw')).toBeUndefined();
    again.tracker.complete(quiz(true));
    again.tracker.complete({ id: 'reflectie-1', type: 'reflectie', completed: true });
    expect(next.committed.get(version === '1.2' ? 'cmi.core.score.raw' : 'cmi.score.raw')).toBe('100');
  });

  it('case 2: a new attempt never adopts the copy of the old one, and records no status it did not earn', async () => {
    const lms = new FakeLms(version);
    const mirror = memoryCopies();
    const first = await launch(lms, mirror);
    first.tracker.saveState({ v: 1, e: { 'reflectie-1': { t: 'Vorig jaar.' } } });
    first.tracker.complete(quiz(true));
    first.tracker.complete({ id: 'reflectie-1', type: 'reflectie', completed: true });
    first.tracker.visit('bijeenkomst-2', 'bijeenkomst-2/');
    first.tracker.finish();
    // The next launch of the attempt hands the token back: the copy is known to the LMS.
    (await launch(lms.relaunch(), mirror)).tracker.finish();
    expect(mirror.peek()?.k).toBe(true);

    const fresh = new FakeLms(version); // "force new attempt": nothing handed back
    const again = await launch(fresh, mirror);
    expect(again.tracker.attempt).toBe('new');
    expect(again.tracker.loadState()).toBeNull();
    expect(fresh.committed.get(status)).toBe('incomplete');
    expect(fresh.committed.get(version === '1.2' ? 'cmi.core.score.raw' : 'cmi.score.raw')).toBeUndefined();
  });

  it('case 2: later work on another computer is never overwritten by an older copy with more changes', async () => {
    const lms = new FakeLms(version);
    const here = memoryCopies();
    const clock = new ManualClock();
    const a = await launch(lms, here, clock);
    lms.faults.lie = true;
    // Many changes here, none stored.
    for (let i = 0; i < 30; i++) a.tracker.saveState({ v: 1, e: { 'reflectie-1': { t: `oud ${i}` } } });
    a.tracker.finish();
    clock.advance(3_600_000);
    const elsewhere = lms.relaunch();
    const b = await launch(elsewhere, memoryCopies(), clock);
    b.tracker.saveState({ v: 1, e: { 'reflectie-1': { t: 'Later, op een andere computer: 800 tekens.' } } });
    b.tracker.finish();
    clock.advance(60_000);
    const c = await launch(elsewhere.relaunch(), here, clock);
    expect(c.tracker.loadState()).toEqual({
      v: 1,
      e: { 'reflectie-1': { t: 'Later, op een andere computer: 800 tekens.' } },
    });
    expect(c.statuses).not.toContain('restored');
  });

  it('survives an LMS that throws, keeps the copy, and reconciles at the next launch', async () => {
    const lms = new FakeLms(version);
    const { tracker, statuses, mirror, clock } = await launch(lms);
    lms.faults.throws = true;
    tracker.saveState({ v: 1, e: { 'reflectie-1': { t: 'Niet kwijtraken' } } });
    tracker.complete(quiz(true));
    clock.advance(60_000);
    expect(statuses).toContain('failed');
    expect(() => tracker.finish()).not.toThrow();
    lms.faults.throws = false;

    const next = lms.relaunch();
    expect((await decodeEnvelope(next.get('cmi.suspend_data')))?.s).toBeNull();
    const relaunched = await launch(next, mirror);
    expect(relaunched.tracker.loadState()).toEqual({ v: 1, e: { 'reflectie-1': { t: 'Niet kwijtraken' } } });
    expect(relaunched.statuses).toEqual(['restored']);
    expect((await decodeEnvelope(next.committed.get('cmi.suspend_data') ?? ''))?.p.done['quiz-1']).toBeDefined();
  });

  it('runs from the copy when Initialize fails, without calling the LMS again', async () => {
    const lms = new FakeLms(version);
    lms.faults.initFalse = true;
    const mirror = memoryCopies();
    const { tracker, statuses } = await launch(lms, mirror);
    expect(statuses).toEqual(['failed']);
    tracker.complete(quiz(true));
    tracker.finish();
    expect(lms.commits).toBe(0);
    expect(mirror.peek()?.e.p.done['quiz-1']).toBeDefined();
  });

  it('case 3: keeps every answer in this browser, and a launch elsewhere never erases it', async () => {
    const lms = new FakeLms(version);
    const mirror = memoryCopies();
    const clock = new ManualClock();
    const { tracker } = await launch(lms, mirror, clock);
    let noise = '';
    for (let i = 0, n = 7; i < (version === '1.2' ? 6000 : 90_000); i++)
      noise += String.fromCharCode(33 + ((n = (n * 48271) % 2147483647) % 90));
    const state = { v: 1, e: { groot: { t: noise }, klein: { t: 'bewaren' } } };
    tracker.saveState(state);
    tracker.complete(quiz(true));
    tracker.finish();

    // Another computer: the gap is named, not taken for a deletion, and written back as such.
    clock.advance(60_000);
    const otherLms = lms.relaunch();
    const other = await launch(otherLms, memoryCopies(), clock);
    expect(other.tracker.loadState()).toEqual({ v: 1, e: { klein: { t: 'bewaren' } } });
    expect(other.statuses).toContain('elsewhere');
    other.tracker.saveState({ v: 1, e: { klein: { t: 'bewaren, en meer' } } });
    other.tracker.finish();

    clock.advance(60_000);
    const back = await launch(otherLms.relaunch(), mirror, clock);
    expect(back.tracker.loadState()).toEqual({ v: 1, e: { groot: { t: noise }, klein: { t: 'bewaren, en meer' } } });
  });

  it('writes nothing over the saved state while it is still being read, and opens the session once', async () => {
    const lms = new FakeLms(version);
    const mirror = memoryCopies();
    const { tracker } = await launch(lms, mirror);
    tracker.saveState({ v: 1, e: { 'reflectie-1': { t: { antwoord: 'Bewaard.' } } } });
    tracker.finish();
    const stored = await decodeEnvelope(lms.committed.get('cmi.suspend_data') ?? '');
    const mirrored = mirror.peek()?.e.s;

    const next = lms.relaunch();
    const again = new Tracker({ port: next.port(), scope, copies: mirror.copies, clock: new ManualClock() });
    const starting = again.start();
    again.saveState({ v: 1, e: {} });
    again.finish();
    expect(again.start()).toBe(starting);
    await starting;
    expect(next.initialized).toBe(1);
    expect((await decodeEnvelope(next.committed.get('cmi.suspend_data') ?? ''))?.s).toEqual(stored?.s);
    expect(mirror.peek()?.e.s).toEqual(mirrored);
    expect(again.loadState()).toEqual({ v: 1, e: { 'reflectie-1': { t: { antwoord: 'Bewaard.' } } } });
  });

  it('resumes from suspend_data an earlier Leerlijn wrote (L1, lz-string) and saves it anew as L2', async () => {
    const earlier = {
      v: 1,
      p: { seen: ['bijeenkomst-1'], done: { 'quiz-1': [1, 4, 4, 1] }, loc: 'bijeenkomst-1/', seq: 7 },
      s: { v: 1, e: { 'reflectie-1': { t: { antwoord: 'Geschreven vóór de update.' }, d: 1 } } },
    };
    const element = 'cmi.suspend_data';
    const lms = new FakeLms(version, { [element]: `L1:${compressToEncodedURIComponent(JSON.stringify(earlier))}` });
    const { tracker } = await launch(lms);
    expect(tracker.resumeLocation).toBe('bijeenkomst-1/');
    expect(tracker.loadState()).toEqual(earlier.s);
    const saved = lms.committed.get(element) ?? '';
    expect(saved.startsWith('L2:')).toBe(true);
    expect((await decodeEnvelope(saved))?.s).toEqual(earlier.s);
  });
});
