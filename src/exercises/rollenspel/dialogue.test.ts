import { describe, expect, it } from 'vitest';
import { checkDialogue, isFinished, replayPath, type DialogueNode } from './dialogue';

const dialogue: DialogueNode[] = [
  { id: 'begin', replies: [{ next: 'overgenomen' }, { next: 'verkennen' }] },
  { id: 'verkennen', replies: [{ next: 'samen' }, { next: 'overgenomen' }] },
  { id: 'samen', replies: [] },
  { id: 'overgenomen', replies: [] },
];

describe('checkDialogue', () => {
  it('accepts a dialogue where every path ends', () => {
    expect(checkDialogue(dialogue)).toEqual([]);
  });

  it('finds a reply that points to a missing node', () => {
    const broken = dialogue.map((n) =>
      n.id === 'verkennen' ? { ...n, replies: [{ next: 'samn' }, { next: 'overgenomen' }] } : n,
    );
    expect(checkDialogue(broken)).toContainEqual({
      kind: 'missing-target',
      node: 'verkennen',
      reply: 0,
      target: 'samn',
    });
  });

  it('finds nodes no reply leads to', () => {
    expect(checkDialogue([...dialogue, { id: 'vergeten', replies: [{ next: 'samen' }] }])).toEqual([
      { kind: 'unreachable', node: 'vergeten' },
    ]);
  });

  it('finds loops without a way out', () => {
    const loop: DialogueNode[] = [
      { id: 'a', replies: [{ next: 'b' }, { next: 'einde' }] },
      { id: 'b', replies: [{ next: 'c' }] },
      { id: 'c', replies: [{ next: 'b' }] },
      { id: 'einde', replies: [] },
    ];
    expect(checkDialogue(loop)).toEqual([
      { kind: 'dead-end', node: 'b' },
      { kind: 'dead-end', node: 'c' },
    ]);
  });

  it('needs a start and an ending', () => {
    expect(checkDialogue([])).toEqual([{ kind: 'no-start' }]);
    expect(checkDialogue([{ id: 'a', replies: [{ next: 'a' }] }])).toContainEqual({ kind: 'no-ending' });
  });
});

describe('replayPath', () => {
  it('replays a saved path to an ending', () => {
    const steps = replayPath(dialogue, [1, 0]);
    expect(steps.map((s) => [s.node.id, s.choice])).toEqual([
      ['begin', 1],
      ['verkennen', 0],
      ['samen', undefined],
    ]);
    expect(isFinished(steps)).toBe(true);
  });

  it('stops at a choice that no longer fits, so an old path never breaks', () => {
    const steps = replayPath(dialogue, [1, 5, 0]);
    expect(steps.map((s) => s.node.id)).toEqual(['begin', 'verkennen']);
    expect(isFinished(steps)).toBe(false);
  });
});
