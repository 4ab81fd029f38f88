/**
 * Values written in the strictest formats real LMSs accept (Moodle's patterns, see the LMS notes):
 * a value an LMS refuses is a value lost, so every format is pinned by a unit test. Each standard's
 * own formats are separate functions; the dialect table (scorm-elements.ts) says which is whose.
 */
import type { ExerciseInteraction } from '../exercises/shared/events';

const pad = (n: number, width = 2) => String(n).padStart(width, '0');

/** Whole centiseconds, hours, minutes and seconds of a duration. */
function duration(ms: number) {
  const centis = Math.max(0, Math.round(ms / 10));
  return {
    centis,
    hours: Math.floor(centis / 360_000),
    minutes: Math.floor((centis % 360_000) / 6000),
    seconds: (centis % 6000) / 100,
  };
}

/** SCORM 1.2 session time: `HH:MM:SS.ss`, at least two hour digits, at most four. */
export function sessionTime12(ms: number): string {
  const { hours, minutes, seconds } = duration(ms);
  const capped = Math.min(hours, 9999);
  const secs = seconds.toFixed(2).padStart(5, '0');
  return `${pad(capped)}:${pad(minutes)}:${secs}`.replace(/\.00$/, '');
}

/** SCORM 2004 session time: `PT1H2M3.45S`, `PT0S` for nothing. */
export function sessionTime2004(ms: number): string {
  const { centis, hours, minutes, seconds } = duration(ms);
  if (centis === 0) return 'PT0S';
  const secs = Number(seconds.toFixed(2));
  return `PT${hours ? `${hours}H` : ''}${minutes ? `${minutes}M` : ''}${secs ? `${secs}S` : ''}`;
}

/** SCORM 1.2 time of day: `HH:MM:SS`. */
export const timeOfDay = (date: Date): string =>
  `${pad(date.getHours())}:${pad(date.getMinutes())}:${pad(date.getSeconds())}`;

/** SCORM 2004 timestamp: `YYYY-MM-DDThh:mm:ss`, no milliseconds, no zone. */
export const dateAndTime = (date: Date): string =>
  `${date.getFullYear()}-${pad(date.getMonth() + 1)}-${pad(date.getDate())}T${timeOfDay(date)}`;

/** A scaled score `0..1` with a leading digit and at most 7 decimals (`0.7777778`). */
export function formatScaled(value: number): string {
  const clamped = Math.min(1, Math.max(-1, value));
  return String(Number(clamped.toFixed(7)));
}

/** Printable ASCII without spaces, at most `max` characters: safe as an objective or interaction id. */
export function safeIdentifier(id: string, max = 255): string {
  const ascii = id
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/[^\x21-\x7e]/g, '_');
  const safe = ascii.startsWith('urn:') ? `id-${ascii}` : ascii;
  return safe.slice(0, max) || 'onbekend';
}

/** What one interaction becomes in the run-time model. */
export interface InteractionValues {
  id: string;
  type: string;
  response: string;
  result: string | undefined;
  /** The `correct_responses.0.pattern`, in the same format as the response. */
  correct?: string;
}

const SINGLE_CHAR = /^[a-z0-9]$/;

/** Free text for a 1.2 `CMIString255` / 2004 `characterstring`; cut at a word where possible. */
function text(response: string[], max: number): string {
  const joined = response.join(' ').replace(/\s+/g, ' ').trim();
  if (joined.length <= max) return joined;
  const cut = joined.slice(0, max - 3);
  const space = cut.lastIndexOf(' ');
  return `${space > max / 2 ? cut.slice(0, space) : cut}...`;
}

const LETTERS = 'abcdefghijklmnopqrstuvwxyz0123456789';

/** The single character SCORM 1.2 records for an option: its place among the choices shown. */
function letterFor(option: string, choices: string[] | undefined): string | undefined {
  const index = choices?.indexOf(option) ?? -1;
  return index >= 0 ? LETTERS[index] : undefined;
}

/** The result of an answer: 1.2 says `wrong` where 2004 says `incorrect`; a scale is `neutral`. */
function resultOf(item: ExerciseInteraction, wrong: 'wrong' | 'incorrect'): string | undefined {
  if (item.correct === undefined) return item.type === 'likert' ? 'neutral' : undefined;
  return item.correct ? 'correct' : wrong;
}

/**
 * An exercise's interaction as SCORM 1.2 accepts it: choice responses must be single characters,
 * so options become the letter of their place (`a` for the first); without the list of choices,
 * ids that are not single characters become a `fill-in` of the ids.
 */
export function interactionValues12(item: ExerciseInteraction): InteractionValues {
  const id = safeIdentifier(item.id);
  const result = resultOf(item, 'wrong');
  // A scale of 0–10 has no single-character likert answer for 10: one type for every value.
  if (item.type === 'likert' && item.response.length === 1 && /^\d+(\.\d+)?$/.test(item.response[0] ?? ''))
    return { id, type: 'numeric', response: item.response[0]!, result };
  const ids = item.response.map((r) => letterFor(r, item.choices) ?? r.toLowerCase());
  const key = item.correctResponse?.map((r) => letterFor(r, item.choices) ?? r.toLowerCase());
  if (
    item.type === 'choice' &&
    ids.every((r) => SINGLE_CHAR.test(r)) &&
    key?.every((r) => SINGLE_CHAR.test(r)) &&
    key.length > 0
  )
    return { id, type: 'choice', response: ids.join(','), result, correct: key.join(',') };
  if (
    (item.type === 'choice' || item.type === 'likert') &&
    ids.every((r) => SINGLE_CHAR.test(r)) &&
    (item.type === 'choice' || ids.length === 1)
  ) {
    return { id, type: item.type, response: ids.join(','), result };
  }
  if (item.type === 'choice' || item.type === 'likert')
    return { id, type: 'fill-in', response: text(item.response, 255).replace(/ /g, ','), result };
  return { id, type: item.type === 'other' ? 'performance' : 'fill-in', response: text(item.response, 255), result };
}

/** An exercise's interaction as SCORM 2004 accepts it: its tokens allow no hyphens, so they become underscores. */
export function interactionValues2004(item: ExerciseInteraction): InteractionValues {
  const id = safeIdentifier(item.id);
  const result = resultOf(item, 'incorrect');
  const token = (r: string) => r.replace(/[^A-Za-z0-9_.]/g, '_') || '_';
  switch (item.type) {
    case 'choice': {
      const correct = item.correctResponse?.length ? item.correctResponse.map(token).join('[,]') : undefined;
      return { id, type: 'choice', response: item.response.map(token).join('[,]'), result, correct };
    }
    case 'likert':
      return { id, type: 'likert', response: token(item.response[0] ?? ''), result };
    case 'fill-in':
      return { id, type: 'fill-in', response: item.response.map((r) => text([r], 250)).join('[,]'), result };
    case 'long-fill-in':
      return { id, type: 'long-fill-in', response: text(item.response, 4000), result };
    default:
      return { id, type: 'other', response: text(item.response, 4000), result };
  }
}
