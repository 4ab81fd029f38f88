import { describe, expect, it } from 'vitest';
import { decodeEnvelope } from './suspend-codec';
import { FakeLms, ManualClock, memoryCopies } from './testing/fake-lms';
import { launch, quiz } from './testing/tracker-launch';
import type { ScormVersion } from './scorm-elements';

describe.each<ScormVersion>(['1.2', '2004'])('tracker commits on SCORM %s', (version) => {
  const status = version === '1.2' ? 'cmi.core.lesson_status' : 'cmi.completion_status';
  const location = version === '1.2' ? 'cmi.core.lesson_location' : 'cmi.location';

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
    expect(mirror.peek()?.e.p.done['quiz-1']).toEqual([1, 4, 4, 1]);
    clock.advance(1000);
    expect(lms.commits).toBe(3);
    lms.faults.commitFalse = false;
    clock.advance(2000);
    expect(statuses.at(-1)).toBe('saved');
    expect((await decodeEnvelope(lms.committed.get('cmi.suspend_data') ?? ''))?.p.done['quiz-1']).toEqual([1, 4, 4, 1]);
  });

  it('case 7: a result resting on a renamed option stops counting, and counts again once done anew', async () => {
    const lms = new FakeLms(version);
    const { tracker } = await launch(lms);
    tracker.complete(quiz(true));
    expect(tracker.outcome().bijeenkomsten[0]?.measure).toBeGreaterThan(0);
    tracker.complete({ id: 'quiz-1', type: 'kennischeck', completed: false, reopened: true });
    const kept = await decodeEnvelope(lms.committed.get('cmi.suspend_data') ?? '');
    expect(kept?.p.done['quiz-1']).toBeUndefined();
    expect(lms.committed.get(status)).toBe('incomplete');
    tracker.complete(quiz(false));
    expect((await decodeEnvelope(lms.committed.get('cmi.suspend_data') ?? ''))?.p.done['quiz-1']).toEqual([1, 2, 4, 0]);
  });

  it('case 4: one refused value never blocks the commit of the rest', async () => {
    const lms = new FakeLms(version);
    const { tracker, statuses, clock } = await launch(lms);
    lms.faults.refuse = [version === '1.2' ? 'cmi.core.session_time' : 'cmi.session_time'];
    tracker.visit(undefined, '');
    tracker.saveState({ v: 1, e: { 'reflectie-1': { t: 'Toch bewaard.' } } });
    clock.advance(1000);
    expect((await decodeEnvelope(lms.committed.get('cmi.suspend_data') ?? ''))?.s).toEqual({
      v: 1,
      e: { 'reflectie-1': { t: 'Toch bewaard.' } },
    });
    // 2004's cmi.location is never empty: the overview is './', read back as ''.
    expect(lms.committed.get(location)).toBe(version === '1.2' ? '' : './');
    expect(statuses).not.toContain('retrying');
    expect(statuses).not.toContain('failed');
  });

  it('case 5: nothing is asked of the LMS after Finish, and the copy stays under the learner', async () => {
    const lms = new FakeLms(version, { [version === '1.2' ? 'cmi.core.student_id' : 'cmi.learner_id']: 'lid-7' });
    const mirror = memoryCopies();
    const { tracker } = await launch(lms, mirror);
    tracker.finish();
    tracker.saveState({ v: 1, e: { 'reflectie-1': { t: 'Na het afsluiten getypt.' } } });
    tracker.complete(quiz(true));
    tracker.flush();
    tracker.finish();
    expect(lms.afterEnd).toEqual([]);
    expect(mirror.peek('lid-7')?.e.s).toEqual({ v: 1, e: { 'reflectie-1': { t: 'Na het afsluiten getypt.' } } });
    expect(mirror.peek('')).toBeUndefined();
  });

  it('case 6: review and browse record nothing and leave the attempt resumable; no-credit writes no score', async () => {
    const mode = version === '1.2' ? 'cmi.core.lesson_mode' : 'cmi.mode';
    for (const looking of ['review', 'browse']) {
      const lms = new FakeLms(version, { [mode]: looking });
      const { tracker } = await launch(lms);
      tracker.complete(quiz(true));
      tracker.finish();
      expect(lms.committed.get('cmi.suspend_data')).toBeUndefined();
      expect(lms.committed.get(version === '1.2' ? 'cmi.core.exit' : 'cmi.exit')).toBe('suspend');
      expect(lms.committed.get(status)).toBe(version === '1.2' && looking === 'browse' ? 'browsed' : undefined);
    }
    const noCredit = new FakeLms(version, { [version === '1.2' ? 'cmi.core.credit' : 'cmi.credit']: 'no-credit' });
    const { tracker } = await launch(noCredit);
    tracker.complete(quiz(true));
    tracker.complete({ id: 'reflectie-1', type: 'reflectie', completed: true });
    tracker.visit('bijeenkomst-2', 'bijeenkomst-2/');
    expect(noCredit.committed.get(status)).toBe('completed');
    expect(noCredit.committed.get(version === '1.2' ? 'cmi.core.score.raw' : 'cmi.score.raw')).toBeUndefined();
    expect(noCredit.committed.get('cmi.success_status')).toBeUndefined();
  });

  it('case 9: writes the correct response of every Kennischeck answer, and one type per scale', async () => {
    const lms = new FakeLms(version);
    const { tracker } = await launch(lms);
    tracker.complete({
      ...quiz(false),
      interactions: [
        {
          id: 'quiz-1-v1',
          type: 'choice',
          response: ['optie-a'],
          choices: ['optie-a', 'optie-b'],
          correct: false,
          correctResponse: ['optie-b'],
        },
      ],
    });
    tracker.complete({
      id: 'schaal',
      type: 'schaalvraag',
      completed: true,
      interactions: [{ id: 'schaal-score', type: 'likert', response: ['10'] }],
    });
    const c = lms.committed;
    expect(c.get('cmi.interactions.0.correct_responses.0.pattern')).toBe(version === '1.2' ? 'b' : 'optie_b');
    expect(c.get('cmi.interactions.1.type')).toBe(version === '1.2' ? 'numeric' : 'likert');
  });

  it('does not trust an LMS that says "true" while its server cannot be reached', async () => {
    let online = false;
    const { tracker, statuses, mirror, clock } = await launch(new FakeLms(version), memoryCopies(), new ManualClock(), {
      confirm: () => Promise.resolve(online),
    });
    tracker.saveState({ v: 1, e: { 'reflectie-1': { t: 'Offline geschreven' } } });
    tracker.complete(quiz(true));
    await Promise.resolve();
    expect(statuses).toContain('retrying');
    expect(mirror.peek()?.e.s).toEqual({ v: 1, e: { 'reflectie-1': { t: 'Offline geschreven' } } });
    online = true;
    clock.advance(16_000);
    await new Promise((resolve) => setTimeout(resolve, 0));
    expect(statuses.at(-1)).toBe('saved');
  });

  it('keeps suspend_data within the limit and tells the learner at once when state had to go', async () => {
    const lms = new FakeLms(version);
    const { tracker, statuses } = await launch(lms);
    const leftOut: (readonly string[])[] = [];
    const stop = tracker.watchLeftOut((ids) => leftOut.push(ids));
    let noise = '';
    for (let i = 0, n = 7; i < (version === '1.2' ? 6000 : 90_000); i++)
      noise += String.fromCharCode(33 + ((n = (n * 48271) % 2147483647) % 90));
    tracker.saveState({ v: 1, e: { groot: { t: noise }, klein: { t: 'bewaren' } } });
    expect(statuses).toContain('trimmed');
    // The page hears it at once too, to say so at the exercise itself.
    expect(leftOut).toEqual([[], ['groot']]);
    stop();
    tracker.complete(quiz(true));
    const data = lms.committed.get('cmi.suspend_data') ?? '';
    expect(data.length).toBeLessThanOrEqual(version === '1.2' ? 4096 : 64000);
    const stored = await decodeEnvelope(data);
    expect(stored?.s).toEqual({ v: 1, e: { klein: { t: 'bewaren' } } });
    expect(stored?.x).toEqual(['groot']);
  });

  it('writes no status or score in review mode and never turns completed into incomplete', async () => {
    const review = new FakeLms(version, { [version === '1.2' ? 'cmi.core.lesson_mode' : 'cmi.mode']: 'review' });
    const mirror = memoryCopies();
    const inReview = (await launch(review, mirror)).tracker;
    inReview.complete(quiz(false));
    inReview.saveState({ v: 1, e: { 'quiz-1': { a: { v1: ['optie-a'] } } } });
    expect(review.commits).toBe(0);
    // Nor in the browser's copy: a later normal launch must not take it for unsaved work.
    expect(mirror.peek()).toBeUndefined();

    const done = new FakeLms(version, { [status]: 'completed' });
    (await launch(done)).tracker.visit('bijeenkomst-1', 'bijeenkomst-1/');
    expect(done.committed.get(status)).toBe('completed');
  });
});
