import * as scorm12 from 'scorm-again/scorm12/min';
import type Scorm12ApiClass from 'scorm-again/scorm12/min';
import { describe, expect, it } from 'vitest';
import { localLms, type LocalLms } from './local-lms';
import { memoryStore } from './safe-storage';
import type { Scorm12Api } from './scorm-port';
import { standaloneKey, standalonePort } from './standalone';

// scorm-again 3's type files declare a default export; its ESM builds export the class by name.
const { Scorm12API } = scorm12 as unknown as { Scorm12API: typeof Scorm12ApiClass };
const scormAgain = () => new Scorm12API({ autocommit: false, logLevel: 5 }) as unknown as Scorm12Api;

type Call = ['get', string] | ['set', string, string] | ['commit'] | ['init'] | ['finish'];

/** What a run-time answers to each call, with its error code after it. */
function answers(api: Scorm12Api, calls: readonly Call[]): [string, string, number][] {
  return calls.map((call) => {
    const [name, element = '', value = ''] = call;
    const answer =
      name === 'get'
        ? api.LMSGetValue(element)
        : name === 'set'
          ? api.LMSSetValue(element, value)
          : name === 'commit'
            ? api.LMSCommit('')
            : name === 'init'
              ? api.LMSInitialize('')
              : api.LMSFinish('');
    return [
      `${name} ${element} ${value.length > 20 ? `(${value.length} chars)` : value}`,
      String(answer),
      Number(api.LMSGetLastError()),
    ];
  });
}

const long = (n: number) => 'x'.repeat(n);

/** What the tracker asks and writes, and what it must be refused, in the order a session does it. */
const SESSION: Call[] = [
  ['get', 'cmi.core.lesson_status'],
  ['set', 'cmi.core.lesson_status', 'incomplete'],
  ['commit'],
  ['init'],
  ['init'],
  ...(
    [
      'cmi.core.lesson_status',
      'cmi.core.entry',
      'cmi.core.lesson_mode',
      'cmi.core.credit',
      'cmi.student_data.mastery_score',
      'cmi.core.student_id',
      'cmi.core.lesson_location',
      'cmi.suspend_data',
      'cmi.objectives._count',
      'cmi.interactions._count',
      'cmi.core.exit',
      'cmi.core.session_time',
      'cmi.core.score.raw',
      'cmi.nonsense',
      'cmi.core._children',
      'cmi.objectives.0.id',
      'cmi.interactions.0.id',
    ] as const
  ).map((element): Call => ['get', element]),
  ['set', 'cmi.core.lesson_status', 'incomplete'],
  ['set', 'cmi.core.lesson_status', 'bogus'],
  ['set', 'cmi.core.lesson_status', 'not attempted'],
  ['set', 'cmi.core.exit', 'suspend'],
  ['set', 'cmi.core.exit', 'bad'],
  ['set', 'cmi.core.session_time', '00:01:02'],
  ['set', 'cmi.core.session_time', '0000:01:02.5'],
  ['set', 'cmi.core.session_time', 'PT1S'],
  ['set', 'cmi.core.score.raw', '50'],
  ['set', 'cmi.core.score.raw', '101'],
  ['set', 'cmi.core.score.raw', 'abc'],
  ['set', 'cmi.core.score.min', '0'],
  ['set', 'cmi.core.score.max', '100'],
  ['set', 'cmi.core.lesson_location', long(255)],
  ['set', 'cmi.core.lesson_location', long(256)],
  ['set', 'cmi.suspend_data', long(4096)],
  ['set', 'cmi.core.student_id', 'me'],
  ['set', 'cmi.core.entry', 'resume'],
  ['set', 'cmi.objectives.1.id', 'b'],
  ['set', 'cmi.objectives.0.id', 'a'],
  ['set', 'cmi.objectives.0.status', 'completed'],
  ['set', 'cmi.objectives.0.status', 'bad'],
  ['set', 'cmi.objectives.0.score.raw', '10'],
  ['set', 'cmi.interactions.0.id', 'q1'],
  ['set', 'cmi.interactions.0.type', 'choice'],
  ['set', 'cmi.interactions.0.type', 'bad'],
  ['set', 'cmi.interactions.0.student_response', 'a,b'],
  ['set', 'cmi.interactions.0.result', 'correct'],
  ['set', 'cmi.interactions.0.result', '0.5'],
  ['set', 'cmi.interactions.0.time', '12:00:00'],
  ['set', 'cmi.interactions.0.correct_responses.0.pattern', 'a,b'],
  ['set', 'cmi.interactions.0.id', ''],
  ['set', 'cmi.interactions.2.id', 'skips one'],
  ['set', 'cmi.interactions.1.id', long(256)],
  ['set', 'cmi.interactions.1.id', long(255)],
  ['set', 'cmi.interactions.1.type', 'likert'],
  ['set', 'cmi.objectives._count', '3'],
  ['set', 'cmi.nonsense', 'x'],
  ['set', 'cmi.core.lesson_status', 'passed'],
  ['get', 'cmi.core.exit'],
  ['get', 'cmi.interactions.0.id'],
  ['get', 'cmi.interactions._count'],
  ['get', 'cmi.objectives._count'],
  ['get', 'cmi.objectives.0.status'],
  ['get', 'cmi.objectives.0.score.raw'],
  ['get', 'cmi.interactions.0.correct_responses._count'],
  ['get', 'cmi.core.lesson_location'],
  ['commit'],
  ['finish'],
];

describe('localLms', () => {
  it('answers the tracker’s calls as scorm-again does: the same values, refusals and error codes', () => {
    expect(answers(localLms(), SESSION)).toEqual(answers(scormAgain(), SESSION));
  });

  it('refuses, as Moodle does, suspend_data over 4096 characters and responses over 255 that scorm-again lets through', () => {
    const lms = localLms();
    lms.LMSInitialize('');
    expect(lms.LMSSetValue('cmi.suspend_data', long(4097))).toBe('false');
    expect(lms.LMSGetLastError()).toBe('405');
    expect(lms.LMSSetValue('cmi.interactions.0.id', 'q')).toBe('true');
    expect(lms.LMSSetValue('cmi.interactions.0.student_response', long(256))).toBe('false');
    expect(lms.LMSSetValue('cmi.interactions.0.student_response', long(255))).toBe('true');
  });

  it('records nothing after LMSFinish', () => {
    const lms = localLms();
    lms.LMSInitialize('');
    lms.LMSSetValue('cmi.core.lesson_status', 'incomplete');
    lms.LMSFinish('');
    expect(lms.LMSSetValue('cmi.core.lesson_status', 'completed')).toBe('false');
    expect(lms.LMSGetLastError()).toBe('301');
    expect(lms.LMSCommit('')).toBe('false');
    expect(lms.LMSFinish('')).toBe('false');
    expect(lms.toJSON()).toEqual({ core: { lesson_status: 'incomplete' } });
  });

  it('reads the cmi JSON scorm-again stored for earlier sessions, so nobody’s progress is lost', () => {
    const before = scormAgain() as unknown as Scorm12Api & { cmi: unknown };
    before.LMSInitialize('');
    for (const [element, value] of [
      ['cmi.core.lesson_status', 'completed'],
      ['cmi.core.lesson_location', 'bijeenkomst-2/'],
      ['cmi.suspend_data', 'L2:abc'],
      ['cmi.core.score.raw', '80'],
      ['cmi.objectives.0.id', 'bijeenkomst-1'],
      ['cmi.objectives.0.status', 'passed'],
      ['cmi.interactions.0.id', 'quiz-q1'],
      ['cmi.interactions.0.type', 'choice'],
    ])
      before.LMSSetValue(element!, value!);
    before.LMSCommit('');
    const lms = localLms(JSON.parse(JSON.stringify(before.cmi)));
    lms.LMSInitialize('');
    expect(lms.LMSGetValue('cmi.core.lesson_status')).toBe('completed');
    expect(lms.LMSGetValue('cmi.core.lesson_location')).toBe('bijeenkomst-2/');
    expect(lms.LMSGetValue('cmi.suspend_data')).toBe('L2:abc');
    expect(lms.LMSGetValue('cmi.core.score.raw')).toBe('80');
    expect(lms.LMSGetValue('cmi.objectives._count')).toBe('1');
    expect(lms.LMSGetValue('cmi.objectives.0.status')).toBe('passed');
    expect(lms.LMSGetValue('cmi.interactions._count')).toBe('1');
    // The next objective is appended after the stored one.
    expect(lms.LMSSetValue('cmi.objectives.2.id', 'b')).toBe('false');
    expect(lms.LMSSetValue('cmi.objectives.1.id', 'b')).toBe('true');
  });

  it('stores in the shape scorm-again reads back', () => {
    const lms: LocalLms = localLms();
    lms.LMSInitialize('');
    lms.LMSSetValue('cmi.suspend_data', 'L2:xyz');
    lms.LMSSetValue('cmi.objectives.0.id', 'bijeenkomst-1');
    lms.LMSSetValue('cmi.objectives.0.status', 'completed');
    const back = scormAgain() as unknown as Scorm12Api & { loadFromJSON(json: unknown, prefix: string): void };
    back.loadFromJSON(JSON.parse(JSON.stringify(lms.toJSON())), '');
    back.LMSInitialize('');
    expect(back.LMSGetValue('cmi.suspend_data')).toBe('L2:xyz');
    expect(back.LMSGetValue('cmi.objectives.0.status')).toBe('completed');
  });

  it('ignores stored values outside the data model and damaged data', () => {
    const lms = localLms({ core: { lesson_status: 'incomplete', evil: 'x' }, junk: { a: 'b' }, suspend_data: 5 });
    lms.LMSInitialize('');
    expect(lms.toJSON()).toEqual({ core: { lesson_status: 'incomplete' } });
  });
});

describe('standalonePort', () => {
  it('keeps what a session committed in storage, and the next session reads it back', () => {
    const storage = memoryStore();
    const first = standalonePort('zelfregie:all', storage);
    expect(first.initialize()).toBe(true);
    expect(first.set('cmi.suspend_data', 'L2:state')).toBe(true);
    expect(first.set('cmi.core.lesson_status', 'incomplete')).toBe(true);
    expect(first.commit()).toBe(true);
    expect(JSON.parse(storage.getItem(standaloneKey('zelfregie:all'))!)).toMatchObject({
      suspend_data: 'L2:state',
      core: { lesson_status: 'incomplete' },
    });
    expect(first.terminate()).toBe(true);
    const second = standalonePort('zelfregie:all', storage);
    second.initialize();
    expect(second.get('cmi.suspend_data')).toBe('L2:state');
    expect(second.get('cmi.core.lesson_status')).toBe('incomplete');
    expect(standalonePort('vrijwilligers:all', storage).get('cmi.suspend_data')).toBe('');
  });

  it('answers a refused commit-time write with false and keeps the stored state', () => {
    const storage = memoryStore();
    const port = standalonePort('c', storage);
    port.initialize();
    expect(port.set('cmi.suspend_data', long(4097))).toBe(false);
    expect(port.lastError()).toBe(405);
    port.commit();
    expect(storage.getItem(standaloneKey('c'))).toBe('{}');
  });

  it('starts fresh on unreadable stored data', () => {
    const storage = memoryStore();
    storage.setItem(standaloneKey('c'), '{not json');
    const port = standalonePort('c', storage);
    expect(port.initialize()).toBe(true);
    expect(port.get('cmi.core.lesson_status')).toBe('not attempted');
  });
});
