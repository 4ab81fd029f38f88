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

/** Calls `fn` once `ms` after the last call; `flush` runs a pending call at once. */
export function debounce<A extends unknown[]>(
  fn: (...args: A) => void,
  ms: number,
): ((...args: A) => void) & { flush(): void } {
  let timer: ReturnType<typeof setTimeout> | undefined;
  let pending: A | undefined;
  const run = () => {
    timer = undefined;
    if (pending) {
      const args = pending;
      pending = undefined;
      fn(...args);
    }
  };
  return Object.assign(
    (...args: A) => {
      pending = args;
      if (timer !== undefined) clearTimeout(timer);
      timer = setTimeout(run, ms);
    },
    {
      flush() {
        if (timer !== undefined) clearTimeout(timer);
        run();
      },
    },
  );
}
