/**
 * Timing against the agenda: where each block is planned, and whether the trainer is on time,
 * ahead or behind for the block the current slide belongs to.
 */

/** An agenda block with its planned start and end, in minutes from the start of the bijeenkomst. */
export interface PlannedBlock {
  id: string;
  title: string;
  minutes: number;
  start: number;
  end: number;
  /** The agenda `kind`; a `pauze` block shows the group when it starts again. */
  kind?: string;
}

/** Lays the blocks end to end, starting at `offset` minutes (for several bijeenkomsten in one dagdeel). */
export function planBlocks(
  agenda: readonly { id: string; title: string; minutes: number; kind?: string }[],
  offset = 0,
): PlannedBlock[] {
  let start = offset;
  return agenda.map((block) => {
    const planned: PlannedBlock = {
      id: block.id,
      title: block.title,
      minutes: block.minutes,
      start,
      end: start + block.minutes,
    };
    if (block.kind) planned.kind = block.kind;
    start = planned.end;
    return planned;
  });
}

export type PaceStatus = 'on-time' | 'ahead' | 'behind';

export interface Pace {
  block: PlannedBlock;
  status: PaceStatus;
  /** Whole minutes ahead or behind (0 when on time). */
  minutes: number;
}

/**
 * Whether `elapsedMinutes` into the session fits the block `blockId`: ahead when the block is not
 * due yet, behind when it should have ended, with `grace` minutes either way before it counts.
 * A slide without a block counts as the first block. Undefined for an empty agenda.
 */
export function paceFor(
  blocks: readonly PlannedBlock[],
  blockId: string | undefined,
  elapsedMinutes: number,
  grace = 1,
): Pace | undefined {
  const block = blocks.find((b) => b.id === blockId) ?? blocks[0];
  if (!block) return undefined;
  if (elapsedMinutes < block.start - grace)
    return { block, status: 'ahead', minutes: Math.round(block.start - elapsedMinutes) };
  if (elapsedMinutes > block.end + grace)
    return { block, status: 'behind', minutes: Math.round(elapsedMinutes - block.end) };
  return { block, status: 'on-time', minutes: 0 };
}

/** "0:05", "1:02:09": a duration in milliseconds as a clock reading. */
export function formatElapsed(ms: number): string {
  const total = Math.max(0, Math.floor(ms / 1000));
  const h = Math.floor(total / 3600);
  const m = Math.floor((total % 3600) / 60);
  const s = total % 60;
  const two = (n: number) => String(n).padStart(2, '0');
  return h ? `${h}:${two(m)}:${two(s)}` : `${m}:${two(s)}`;
}

/** "09:30": minutes from the start as a time of day, given the start. */
export function formatClockOffset(minutes: number, startHour = 0): string {
  const total = startHour * 60 + minutes;
  return `${Math.floor(total / 60)}:${String(total % 60).padStart(2, '0')}`;
}

/** When a break of `minutes` that starts at `now` (ms) ends, rounded to the nearest whole minute for the clock. */
export function breakEnd(now: number, minutes: number): number {
  return Math.round((now + minutes * 60_000) / 60_000) * 60_000;
}
