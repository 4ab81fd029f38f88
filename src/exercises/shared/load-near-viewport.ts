import { exerciseTypes } from '../registry';

/**
 * Loads each exercise element's code only when the page needs it: when the element comes near the
 * viewport, and at once when the page opens at (or moves to) a link into it, when focus moves into
 * it, when the page is printed, and when the progress overview (which reads the elements) does.
 * Until then the element's light DOM is its readable fallback, so nothing moves when it upgrades.
 *
 * Which module defines which element follows from the registry: `ll-<name>` is defined in
 * `<type>/ll-<name>.ts`, and each such file becomes a chunk of its own (Vite's glob import), so
 * adding a type needs no change here.
 */
const ELEMENT_FILES = import.meta.glob(['../*/ll-*.ts', '!../*/*.styles.ts', '!../*/*.test.ts']);

const MODULES: Readonly<Record<string, () => Promise<unknown>>> = Object.fromEntries(
  exerciseTypes.flatMap(({ type, tags }) =>
    tags.map((tag) => [tag, ELEMENT_FILES[`../${type}/${tag}.ts`] ?? (() => Promise.resolve())]),
  ),
);

/** How far from the viewport an element starts loading: about a screen and a half of scrolling. */
const NEAR = '1200px 0px';

const SELECTOR = Object.keys(MODULES).join(', ');
const root = document.documentElement;
const started = new Map<string, Promise<unknown>>();

/** The exercise elements on the page. */
const elements = () => [...document.querySelectorAll<HTMLElement>(SELECTOR)];

/** Loads the module of one kind of element (once); resolves when the element is defined. */
function load(tag: string): Promise<unknown> {
  let loading = started.get(tag);
  if (!loading) {
    // A module that fails to load (offline, say) leaves the readable fallback; a later need retries.
    loading = (MODULES[tag]?.() ?? Promise.resolve())
      .then(() => customElements.whenDefined(tag))
      .catch(() => void started.delete(tag));
    started.set(tag, loading);
    if (tag === 'll-voortgangsoverzicht') void loadAll(); // it counts every exercise on the page
  }
  return loading;
}

/**
 * Every exercise on the page, loaded; marks the page `data-ll-exercises="loaded"` when all are
 * defined, so printing (and the PDF export) can wait for it.
 */
function loadAll(): Promise<unknown> {
  const tags = new Set(elements().map((element) => element.localName));
  return Promise.all([...tags].map(load)).then(() => {
    root.dataset.llExercises = 'loaded';
  });
}

/** The exercise a link target is in, or the one it names. */
function exerciseAt(id: string): HTMLElement | null {
  if (!id) return null;
  let target: Element | null = null;
  try {
    target = document.getElementById(decodeURIComponent(id));
  } catch {
    target = document.getElementById(id); // not valid percent-encoding: the id as written
  }
  return target?.closest<HTMLElement>(SELECTOR) ?? null;
}

/** Whether the reader has scrolled or pressed a key since the page opened at a link. */
let readerMoved = false;

/**
 * Opened at (or moved to) a link into an exercise: load it now. Elements upgrading above it (it
 * and its neighbours load at once) may change its place, so the page goes back to it after each,
 * for a moment, unless the reader has moved on.
 */
function followHash(): void {
  const exercise = exerciseAt(location.hash.slice(1));
  if (!exercise) return;
  readerMoved = false;
  const until = performance.now() + 2000;
  const keep = () => {
    if (!readerMoved && performance.now() < until) exercise.scrollIntoView();
  };
  void load(exercise.localName).then(() => requestAnimationFrame(keep));
  for (const other of elements()) void whenUpgraded(other).then(() => requestAnimationFrame(keep));
}

const whenUpgraded = (element: HTMLElement) => customElements.whenDefined(element.localName);

/**
 * The exercises next to an element in document order (the one before and the one after): where
 * Tab or Shift+Tab goes next, so it lands in the exercise's own controls.
 */
function neighbours(target: Node): HTMLElement[] {
  const all = elements();
  const after = all.findIndex((element) => target.compareDocumentPosition(element) & Node.DOCUMENT_POSITION_FOLLOWING);
  const next = after === -1 ? undefined : all[after];
  const previous = after === -1 ? all.at(-1) : all[after - 1];
  return [previous, next].filter((element) => element !== undefined);
}

function start(): void {
  const present = elements();
  if (!present.length) return;

  if (typeof IntersectionObserver === 'function') {
    const observer = new IntersectionObserver(
      (entries) => {
        for (const entry of entries) {
          if (!entry.isIntersecting) continue;
          const tag = entry.target.localName;
          void load(tag);
          // One element of a kind near is enough: the module defines them all.
          for (const element of present) if (element.localName === tag) observer.unobserve(element);
        }
      },
      { rootMargin: NEAR },
    );
    for (const element of present) observer.observe(element);
  } else {
    void loadAll();
  }

  for (const type of ['wheel', 'touchstart', 'keydown', 'pointerdown'])
    window.addEventListener(type, () => (readerMoved = true), { passive: true, capture: true });
  followHash();
  window.addEventListener('hashchange', followHash);

  // Focus moving into an element before its code (Tab, a skip link): load it, and keep focus in it.
  document.addEventListener('focusin', (event) => {
    const target = event.target as Element | null;
    if (!target?.closest) return;
    for (const near of neighbours(target)) void load(near.localName);
    const exercise = target.closest<HTMLElement>(SELECTOR);
    if (!exercise || customElements.get(exercise.localName)) return;
    void load(exercise.localName).then(() =>
      requestAnimationFrame(() => {
        const active = document.activeElement;
        // The focused fallback part is no longer shown once the element renders its own parts.
        if (active && active !== exercise && exercise.contains(active) && !(active as HTMLElement).offsetParent)
          focusFirst(exercise);
        else if (active === document.body) focusFirst(exercise);
      }),
    );
  });

  // Paper shows what the participant filled in: every element upgraded. `beforeprint` cannot wait
  // for a module; the print media query also fires for print emulation and a PDF export.
  window.addEventListener('beforeprint', () => void loadAll());
  window.matchMedia?.('print').addEventListener?.('change', (query) => {
    if (query.matches) void loadAll();
  });
  if (window.matchMedia?.('print').matches) void loadAll();
}

/** The first control of an upgraded element, else the element itself. */
function focusFirst(exercise: HTMLElement): void {
  const first = exercise.shadowRoot?.querySelector<HTMLElement>(
    'button, input, textarea, select, a[href], [tabindex]:not([tabindex="-1"])',
  );
  if (first) first.focus();
  else {
    if (!exercise.hasAttribute('tabindex')) exercise.tabIndex = -1;
    exercise.focus();
  }
}

/** For tests and tools: load every exercise on the page now. */
declare global {
  interface Window {
    leerlijnLoadExercises?: () => Promise<unknown>;
  }
}
window.leerlijnLoadExercises = loadAll;

start();

export { loadAll as loadAllExercises };
