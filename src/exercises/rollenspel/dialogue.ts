/**
 * The branching dialogue of a Rollenspel: pure graph checks (shared by the build and the element)
 * and replaying a recorded path.
 */

/** A reply the participant can choose at a turn. */
export interface DialogueReply {
  /** Where the dialogue goes next: a turn or an ending id. */
  next: string;
  /** Explanation shown after choosing. */
  feedback?: string;
}

/** A point in the dialogue: a turn (with replies) or an ending (without). */
export interface DialogueNode {
  id: string;
  replies: DialogueReply[];
}

/** What is wrong with a dialogue, by node id (and reply index for dangling links). */
export type DialogueProblem =
  | { kind: 'no-start' }
  | { kind: 'no-ending' }
  | { kind: 'missing-target'; node: string; reply: number; target: string }
  | { kind: 'unreachable'; node: string }
  | { kind: 'dead-end'; node: string };

/**
 * Checks a dialogue: the first node is the start; every reply points to an existing node; every
 * node can be reached; from every node an ending can be reached (no loop without a way out).
 */
export function checkDialogue(nodes: readonly DialogueNode[]): DialogueProblem[] {
  const first = nodes[0];
  if (!first) return [{ kind: 'no-start' }];
  const byId = new Map(nodes.map((n) => [n.id, n]));
  const problems: DialogueProblem[] = [];
  nodes.forEach((node) =>
    node.replies.forEach((reply, index) => {
      if (!byId.has(reply.next))
        problems.push({ kind: 'missing-target', node: node.id, reply: index, target: reply.next });
    }),
  );
  const endings = nodes.filter((n) => n.replies.length === 0);
  if (!endings.length) problems.push({ kind: 'no-ending' });

  const reachable = new Set<string>([first.id]);
  const queue = [first];
  while (queue.length) {
    for (const reply of queue.shift()!.replies) {
      const target = byId.get(reply.next);
      if (target && !reachable.has(target.id)) {
        reachable.add(target.id);
        queue.push(target);
      }
    }
  }
  for (const node of nodes) if (!reachable.has(node.id)) problems.push({ kind: 'unreachable', node: node.id });

  // Nodes from which some ending is reachable, found backwards from the endings.
  const canEnd = new Set(endings.map((e) => e.id));
  let grew = true;
  while (grew) {
    grew = false;
    for (const node of nodes) {
      if (!canEnd.has(node.id) && node.replies.some((r) => canEnd.has(r.next))) {
        canEnd.add(node.id);
        grew = true;
      }
    }
  }
  if (endings.length)
    for (const node of nodes)
      if (reachable.has(node.id) && !canEnd.has(node.id)) problems.push({ kind: 'dead-end', node: node.id });
  return problems;
}

/** One step of a replayed path: the node shown and the reply chosen there (if any yet). */
export interface DialogueStep {
  node: DialogueNode;
  choice?: number;
}

/**
 * Replays a recorded path of reply indices from the start. Stops at the first index that does
 * not fit the current dialogue, so a path saved before the author changed it never breaks.
 */
export function replayPath(nodes: readonly DialogueNode[], path: readonly number[]): DialogueStep[] {
  const byId = new Map(nodes.map((n) => [n.id, n]));
  let node = nodes[0];
  const steps: DialogueStep[] = [];
  for (const choice of path) {
    if (!node) break;
    const reply = node.replies[choice];
    const next = reply && byId.get(reply.next);
    if (!next) break;
    steps.push({ node, choice });
    node = next;
  }
  if (node) steps.push({ node });
  return steps;
}

/** True when the replayed path stands at an ending. */
export const isFinished = (steps: readonly DialogueStep[]): boolean => {
  const last = steps.at(-1);
  return !!last && last.node.replies.length === 0;
};
