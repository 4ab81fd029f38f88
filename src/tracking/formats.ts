/**
 * Values written in the strictest formats real LMSs accept (Moodle's patterns, see the LMS notes):
 * a value an LMS refuses is a value lost, so every format is pinned by a unit test.
 */
import type { ExerciseInteraction } from '../exercises/events';
import type { ScormVersion } from './scorm-elements';

const pad = (n: number, width = 2) => String(n).padStart(width, '0');

/** Session time: `HH:MM:SS.ss` (1.2, at least two hour digits, at most four) or `PT1H2M3.45S` (2004). */
export function formatSessionTime(ms: number, version: ScormVersion): string {
  const centis = Math.max(0, Math.round(ms / 10));
  const hours = Math.floor(centis / 360_000);
  const minutes = Math.floor((centis % 360_000) / 6000);
  const seconds = (centis % 6000) / 100;
  if (version === '1.2') {
    const capped = Math.min(hours, 9999);
    const secs = seconds.toFixed(2).padStart(5, '0');
    return `${pad(capped)}:${pad(minutes)}:${secs}`.replace(/\.00$/, '');
  }
  if (centis === 0) return 'PT0S';
  const secs = Number(seconds.toFixed(2));
  return `PT${hours ? `${hours}H` : ''}${minutes ? `${minutes}M` : ''}${secs ? `${secs}S` : ''}`;
}

/** Time of day `HH:MM:SS` (1.2) or `YYYY-MM-DDThh:mm:ss` (2004, no milliseconds, no zone). */
export function formatTimestamp(date: Date, version: ScormVersion): string {
  const time = `${pad(date.getHours())}:${pad(date.getMinutes())}:${pad(date.getSeconds())}`;
  if (version === '1.2') return time;
  return `${date.getFullYear()}-${pad(date.getMonth() + 1)}-${pad(date.getDate())}T${time}`;
}

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

/**
 * Maps an exercise's interaction onto the types and response patterns a strict LMS accepts.
 * SCORM 1.2 choice responses must be single characters: options become the letter of their
 * place (`a` for the first); without the list of choices, ids that are not single characters become
 * a `fill-in` of the ids; 2004 tokens allow no hyphens, so they become underscores.
 */
export function interactionValues(item: ExerciseInteraction, version: ScormVersion): InteractionValues {
  const id = safeIdentifier(item.id);
  const result =
    item.correct === undefined
      ? item.type === 'likert'
        ? 'neutral'
        : undefined
      : item.correct
        ? 'correct'
        : version === '1.2'
          ? 'wrong'
          : 'incorrect';
  if (version === '1.2') {
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
