/** Autosave timing for the exercise elements: typing is saved once the participant pauses. */

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
