/** Open text answers (Reflectie, Schaalvraag follow-ups, Stappenplan): tolerant decoding and limits. */

/** Default most characters per answer. */
export const DEFAULT_MAX_LENGTH = 1000;

/** Saved texts read tolerantly: only the known ids, only strings, cut to the limit. */
export function decodeTexts(
  ids: readonly string[],
  value: unknown,
  maxLength = DEFAULT_MAX_LENGTH,
): Record<string, string> {
  const texts: Record<string, string> = {};
  if (typeof value !== 'object' || value === null || Array.isArray(value)) return texts;
  for (const id of ids) {
    const text = (value as Record<string, unknown>)[id];
    if (typeof text === 'string' && text) texts[id] = text.slice(0, maxLength);
  }
  return texts;
}

/** The texts without empty answers, so the saved state stays small. */
export function compactTexts(texts: Readonly<Record<string, string>>): Record<string, string> {
  return Object.fromEntries(Object.entries(texts).filter(([, text]) => text.trim() !== ''));
}

/** True when every id has a non-blank answer. */
export const allAnswered = (ids: readonly string[], texts: Readonly<Record<string, string>>): boolean =>
  ids.every((id) => (texts[id] ?? '').trim() !== '');
