import { compressToEncodedURIComponent } from 'lz-string';
import { describe, expect, it } from 'vitest';
import { decodeEnvelope } from './suspend-codec';
import { FakeLms, ManualClock, memoryMirror } from './testing/fake-lms';
import { Tracker, type SaveStatus } from './tracker';
import type { TrackingScope } from './progress';
import type { ScormVersion } from './scorm-elements';

const scope: TrackingScope = {
  course: 'demo',
  mastery: 70,
  bijeenkomsten: [
    { slug: 'bijeenkomst-1', exercises: ['quiz-1', 'reflectie-1'] },
    { slug: 'bijeenkomst-2', exercises: [] },
  ],
};

async function launch(lms: FakeLms, mirror = memoryMirror(), clock = new ManualClock()) {
  const statuses: SaveStatus[] = [];
  const tracker = new Tracker({ port: lms.port(), scope, mirror, clock, notify: (s) => statuses.push(s) });
  await tracker.start();
  return { tracker, statuses, mirror, clock };
}

const quiz = (correct: boolean) => ({
  id: 'quiz-1',
  type: 'kennischeck',
  completed: true,
  score: { raw: correct ? 4 : 2, max: 4 },
  passed: correct,
  interactions: [{ id: 'quiz-1-v1', type: 'choice' as const, response: ['optie-b'], correct }],
});

describe.each<ScormVersion>(['1.2', '2004'])('tracker on SCORM %s', (version) => {
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

  it('reports objectives per bijeenkomst, interactions, and passed with the score once complete', async () => {
    const lms = new FakeLms(version);
    const { tracker } = await launch(lms);
    tracker.complete(quiz(true));
    tracker.complete({
      id: 'reflectie-1',
      type: 'reflectie',
      completed: true,
      interactions: [{ id: 'reflectie-1', type: 'long-fill-in', response: ['Tekst'] }],
    });
    expect(lms.committed.get('cmi.objectives.0.id')).toBe('bijeenkomst-1');
    expect(lms.committed.get(status)).toBe('incomplete');
    expect(lms.committed.get(version === '1.2' ? 'cmi.core.score.raw' : 'cmi.score.raw')).toBeUndefined();
    tracker.visit('bijeenkomst-2', 'bijeenkomst-2/');
    const c = lms.committed;
    expect(c.get('cmi.interactions.0.id')).toBe('quiz-1-v1');
    expect(c.get('cmi.interactions.0.result')).toBe('correct');
    expect(c.get('cmi.interactions.1.id')).toBe('reflectie-1');
    if (version === '1.2') {
      expect(c.get('cmi.core.lesson_status')).toBe('passed');
      expect(c.get('cmi.core.score.raw')).toBe('100');
      expect(c.get('cmi.objectives.0.status')).toBe('completed');
      expect(c.get('cmi.objectives.1.status')).toBe('completed');
      expect(c.get('cmi.interactions.0.type')).toBe('fill-in');
      expect(c.get('cmi.core.session_time')).toMatch(/^\d{2,4}:\d{2}:\d{2}(\.\d{1,2})?$/);
    } else {
      expect(c.get('cmi.completion_status')).toBe('completed');
      expect(c.get('cmi.success_status')).toBe('passed');
      expect(c.get('cmi.score.scaled')).toBe('1');
      expect(c.get('cmi.objectives.1.completion_status')).toBe('completed');
      expect(c.get('cmi.interactions.0.learner_response')).toBe('optie_b');
      expect(c.get('cmi.session_time')).toMatch(/^PT/);
    }
    expect(c.get(version === '1.2' ? 'cmi.core.score.max' : 'cmi.score.max')).toBe('100');
  });

  it('never shows a failed learner as passed', async () => {
    const lms = new FakeLms(version);
    const { tracker } = await launch(lms);
    tracker.complete(quiz(false));
    tracker.complete({ id: 'reflectie-1', type: 'reflectie', completed: true });
    tracker.visit('bijeenkomst-2', 'bijeenkomst-2/');
    expect(lms.committed.get(version === '1.2' ? 'cmi.core.lesson_status' : 'cmi.success_status')).toBe('failed');
  });

  it('retries with backoff when the LMS answers false, tells the learner, and recovers', async () => {
    const lms = new FakeLms(version);
    const { tracker, statuses, clock, mirror } = await launch(lms);
    lms.faults.commitFalse = true;
    tracker.complete(quiz(true));
    expect(statuses).toEqual(['retrying']);
    expect(mirror.peek()?.pending).toBe(true);
    clock.advance(1000);
    expect(lms.commits).toBe(3);
    lms.faults.commitFalse = false;
    clock.advance(2000);
    expect(statuses.at(-1)).toBe('saved');
    expect(mirror.peek()?.pending).toBe(false);
    expect((await decodeEnvelope(lms.committed.get('cmi.suspend_data') ?? ''))?.p.done['quiz-1']).toEqual([1, 4, 4, 1]);
  });

  it('does not trust an LMS that says "true" while its server cannot be reached', async () => {
    const lms = new FakeLms(version);
    const mirror = memoryMirror();
    const clock = new ManualClock();
    const statuses: SaveStatus[] = [];
    let online = false;
    const tracker = new Tracker({
      port: lms.port(),
      scope,
      mirror,
      clock,
      notify: (s) => statuses.push(s),
      confirm: () => Promise.resolve(online),
    });
    await tracker.start();
    tracker.saveState({ v: 1, e: { 'reflectie-1': { t: 'Offline geschreven' } } });
    tracker.complete(quiz(true));
    await Promise.resolve();
    expect(statuses).toContain('retrying');
    expect(mirror.peek()?.pending).toBe(true);

    // Until then a relaunch would take the mirror, not the LMS's possibly empty record.
    expect((await decodeEnvelope(mirror.peek()?.data ?? ''))?.s).toEqual({
      v: 1,
      e: { 'reflectie-1': { t: 'Offline geschreven' } },
    });

    online = true;
    clock.advance(16_000);
    await new Promise((resolve) => setTimeout(resolve, 0));
    expect(statuses.at(-1)).toBe('saved');
    expect(mirror.peek()?.pending).toBe(false);
  });

  it('survives an LMS that throws, keeps the mirror, and reconciles at the next launch', async () => {
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

  it('runs from the mirror when Initialize fails, without calling the LMS again', async () => {
    const lms = new FakeLms(version);
    lms.faults.initFalse = true;
    const mirror = memoryMirror();
    const { tracker, statuses } = await launch(lms, mirror);
    expect(statuses).toEqual(['failed']);
    tracker.complete(quiz(true));
    tracker.finish();
    expect(lms.commits).toBe(0);
    expect((await decodeEnvelope(mirror.peek()?.data ?? ''))?.p.done['quiz-1']).toBeDefined();
  });

  it('keeps suspend_data within the limit and tells the learner when state had to go', async () => {
    const lms = new FakeLms(version);
    const { tracker, statuses } = await launch(lms);
    let noise = '';
    for (let i = 0, n = 7; i < (version === '1.2' ? 6000 : 90_000); i++)
      noise += String.fromCharCode(33 + ((n = (n * 48271) % 2147483647) % 90));
    tracker.saveState({ v: 1, e: { groot: { t: noise }, klein: { t: 'bewaren' } } });
    tracker.complete(quiz(true));
    const data = lms.committed.get('cmi.suspend_data') ?? '';
    expect(data.length).toBeLessThanOrEqual(version === '1.2' ? 4096 : 64000);
    expect((await decodeEnvelope(data))?.s).toEqual({ v: 1, e: { klein: { t: 'bewaren' } } });
    expect(statuses).toContain('trimmed');
  });

  it('keeps every answer in the browser when some had to be left out of suspend_data', async () => {
    const lms = new FakeLms(version);
    const mirror = memoryMirror();
    const { tracker, statuses } = await launch(lms, mirror);
    let noise = '';
    for (let i = 0, n = 7; i < (version === '1.2' ? 6000 : 90_000); i++)
      noise += String.fromCharCode(33 + ((n = (n * 48271) % 2147483647) % 90));
    const state = { v: 1, e: { groot: { t: noise }, klein: { t: 'bewaren' } } };
    tracker.saveState(state);
    tracker.complete(quiz(true));
    tracker.finish();
    expect(statuses).toContain('trimmed');

    // The same computer resumes with everything; another one with what the LMS holds.
    expect((await launch(lms.relaunch(), mirror)).tracker.loadState()).toEqual(state);
    expect((await launch(lms.relaunch())).tracker.loadState()).toEqual({ v: 1, e: { klein: { t: 'bewaren' } } });
  });

  it('writes nothing over the saved state while it is still being read, and opens the session once', async () => {
    const lms = new FakeLms(version);
    const mirror = memoryMirror();
    const { tracker } = await launch(lms, mirror);
    tracker.saveState({ v: 1, e: { 'reflectie-1': { t: { antwoord: 'Bewaard.' } } } });
    tracker.finish();
    const stored = lms.committed.get('cmi.suspend_data');
    const mirrored = mirror.peek();

    const next = lms.relaunch();
    const again = new Tracker({ port: next.port(), scope, mirror, clock: new ManualClock() });
    const starting = again.start();
    again.saveState({ v: 1, e: {} });
    again.finish();
    expect(again.start()).toBe(starting);
    await starting;
    expect(next.initialized).toBe(1);
    expect(next.committed.get('cmi.suspend_data')).toBe(stored);
    expect(mirror.peek()?.data).toBe(mirrored?.data);
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

  it('writes no status or score in review mode and never turns completed into incomplete', async () => {
    const review = new FakeLms(version, { [version === '1.2' ? 'cmi.core.lesson_mode' : 'cmi.mode']: 'review' });
    const mirror = memoryMirror();
    const inReview = (await launch(review, mirror)).tracker;
    inReview.complete(quiz(false));
    inReview.saveState({ v: 1, e: { 'quiz-1': { a: { v1: ['optie-a'] } } } });
    expect(review.commits).toBe(0);
    // Nor in the browser's mirror: a later normal launch must not take it for unsaved work.
    expect(mirror.read()).toBeUndefined();

    const done = new FakeLms(version, { [status]: 'completed' });
    (await launch(done)).tracker.visit('bijeenkomst-1', 'bijeenkomst-1/');
    expect(done.committed.get(status)).toBe('completed');
  });
});
