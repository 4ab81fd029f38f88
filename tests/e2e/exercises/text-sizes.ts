import type { Page } from '@playwright/test';

export interface SmallText {
  text: string;
  px: number;
  where: string;
}

/**
 * Every visible piece of text on the page, shadow roots and SVG included, rendered smaller than
 * `min` CSS pixels. SVG text is measured as drawn: its font size times the scale of the drawing.
 */
export function smallText(page: Page, min = 12): Promise<SmallText[]> {
  return page.evaluate((min) => {
    const found: { text: string; px: number; where: string }[] = [];
    const describe = (el: Element) => {
      const host = (el.getRootNode() as ShadowRoot).host;
      return `${host ? `${host.localName}#${host.id} ` : ''}${el.localName}${el.className && typeof el.className === 'string' ? `.${el.className.split(' ')[0]}` : ''}`;
    };
    const visit = (root: Document | ShadowRoot) => {
      const walker = document.createTreeWalker(root, NodeFilter.SHOW_TEXT);
      for (let node = walker.nextNode(); node; node = walker.nextNode()) {
        const text = node.textContent?.trim();
        const el: Element | null = node.parentElement;
        if (!text || !el) continue;
        const range = document.createRange();
        range.selectNodeContents(node);
        const rect = range.getBoundingClientRect();
        // Hidden, or clipped to one pixel for screen readers only.
        if (rect.width <= 1 || rect.height <= 1) continue;
        if (el.closest('[aria-hidden="true"]:not(svg), [hidden], noscript, script, style, template')) continue;
        let px = parseFloat(getComputedStyle(el).fontSize);
        if (el instanceof SVGGraphicsElement) {
          const ctm = el.getScreenCTM();
          if (ctm) px *= Math.hypot(ctm.a, ctm.b);
        }
        if (px < min - 0.05) found.push({ text: text.slice(0, 40), px: Math.round(px * 10) / 10, where: describe(el) });
      }
      for (const el of root.querySelectorAll('*')) if (el.shadowRoot) visit(el.shadowRoot);
    };
    visit(document);
    return found;
  }, min);
}

/** How far the page scrolls sideways (0 when it does not). */
export function sidewaysScroll(page: Page): Promise<number> {
  return page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
}
