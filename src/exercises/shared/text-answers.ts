/** Open text answers (Reflectie, Schaalvraag follow-ups, Stappenplan): tolerant decoding and limits. */

/** Default most characters per answer. */
export const DEFAULT_MAX_LENGTH = 1000;

/**
 * Saved texts read tolerantly: only the known ids, only strings. Never cut: a course update that
 * lowers `maxLength` limits what can be typed next, never what the participant already wrote.
 */
export function decodeTexts(ids: readonly string[], value: unknown): Record<string, string> {
  const texts: Record<string, string> = {};
  if (typeof value !== 'object' || value === null || Array.isArray(value)) return texts;
  for (const id of ids) {
    const text = (value as Record<string, unknown>)[id];
    if (typeof text === 'string' && text) texts[id] = text;
  }
  return texts;
}

/**
 * Saved texts under ids the exercise no longer has (a course update renamed or removed a
 * question): kept aside, saved again with every change and shown as "from an earlier version".
 */
export function earlierTexts(ids: readonly string[], value: unknown): Record<string, string> {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) return {};
  return Object.fromEntries(
    Object.entries(value as Record<string, unknown>).filter(
      (entry): entry is [string, string] =>
        !ids.includes(entry[0]) && typeof entry[1] === 'string' && entry[1].trim() !== '',
    ),
  );
}

/** The texts without empty answers, so the saved state stays small. */
export function compactTexts(texts: Readonly<Record<string, string>>): Record<string, string> {
  return Object.fromEntries(Object.entries(texts).filter(([, text]) => text.trim() !== ''));
}

/** True when every id has a non-blank answer. */
export const allAnswered = (ids: readonly string[], texts: Readonly<Record<string, string>>): boolean =>
  ids.every((id) => (texts[id] ?? '').trim() !== '');
