/**
 * Finding one's way on a long study page: the study bar's menu closes once a link in it is
 * followed, the section being read is remembered (for "Verder waar u was"), and the reading
 * position survives a rotation of the phone.
 */
export interface SectionSeen {
  id: string;
  title: string;
}

/** The sections of the page's own list, in order (the headings they link to). */
function sectionHeadings(doc: Document): HTMLElement[] {
  const ids = [...doc.querySelectorAll<HTMLAnchorElement>('[data-ll-toc] a[href^="#"]')].map((a) =>
    decodeURIComponent(a.hash.slice(1)),
  );
  return [...new Set(ids)].map((id) => doc.getElementById(id)).filter((el): el is HTMLElement => el !== null);
}

/** Elements small enough to keep a reading position by (not the containers around them). */
const READING_BLOCKS = 'main h2, main h3, main h4, main p, main li, main tr, main blockquote, main pre, main figure';

/** Space the sticky bar takes at the top. */
const barHeight = (doc: Document) => doc.querySelector('[data-ll-studybar]')?.getBoundingClientRect().height ?? 0;

export function followSections(onSection: (section: SectionSeen | undefined) => void, doc: Document = document): void {
  const headings = sectionHeadings(doc);
  let current: HTMLElement | undefined;
  let anchor: { el: Element; top: number } | undefined;
  let pending = false;
  let width = window.innerWidth;

  const measure = () => {
    pending = false;
    const line = barHeight(doc) + window.innerHeight * 0.25;
    let found: HTMLElement | undefined;
    for (const heading of headings) {
      if (heading.getBoundingClientRect().top <= line) found = heading;
      else break;
    }
    if (found !== current) {
      current = found;
      onSection(found ? { id: found.id, title: found.textContent?.trim() ?? '' } : undefined);
    }
    // What is at the top of the reading area, to find again after a rotation.
    anchor = undefined;
    for (let y = barHeight(doc) + 8; y < window.innerHeight && !anchor; y += 24) {
      const el = doc.elementFromPoint(Math.min(window.innerWidth / 2, 160), y)?.closest(READING_BLOCKS);
      if (el) anchor = { el, top: el.getBoundingClientRect().top };
    }
  };

  window.addEventListener(
    'scroll',
    () => {
      if (pending) return;
      pending = true;
      requestAnimationFrame(measure);
    },
    { passive: true },
  );
  window.addEventListener('resize', () => {
    if (window.innerWidth === width) return;
    width = window.innerWidth;
    const kept = anchor;
    if (!kept || window.scrollY === 0) return;
    requestAnimationFrame(() => {
      if (kept.el.isConnected) window.scrollBy(0, kept.el.getBoundingClientRect().top - kept.top);
    });
  });
}

/** Closes the study bar's menu when one of its links is followed, or on Escape. */
export function studyBarMenu(doc: Document = document): void {
  const menu = doc.querySelector<HTMLDetailsElement>('[data-ll-studybar] details');
  if (!menu) return;
  menu.addEventListener('click', (event) => {
    if ((event.target as Element | null)?.closest('a')) menu.open = false;
  });
  menu.addEventListener('keydown', (event) => {
    if (event.key === 'Escape' && menu.open) {
      menu.open = false;
      menu.querySelector('summary')?.focus();
    }
  });
}
