/**
 * What a touch on the audience deck means: a swipe, a tap on the left or right part of the slide,
 * or nothing. Links, buttons and exercise controls keep their own taps (see `isOwnTap`).
 */

/** Horizontal travel, in CSS pixels, that counts as a swipe. */
export const SWIPE = 50;
/** A touch that moves less than this (in CSS pixels, either direction) is a tap. */
export const TAP_SLOP = 12;
/** Taps on the left part (this fraction of the width) go back; taps further right go on. */
export const BACK_ZONE = 1 / 3;

export interface Touch {
  startX: number;
  startY: number;
  endX: number;
  endY: number;
  /** Left edge and width of the area the taps are measured against (the deck). */
  left: number;
  width: number;
}

/** `next`, `previous`, or undefined when the touch was neither a swipe nor a tap (a scroll, a wobble). */
export function touchCommand(touch: Touch): 'next' | 'previous' | undefined {
  const dx = touch.endX - touch.startX;
  const dy = touch.endY - touch.startY;
  if (Math.abs(dx) >= SWIPE && Math.abs(dx) > Math.abs(dy)) return dx < 0 ? 'next' : 'previous';
  if (Math.abs(dx) > TAP_SLOP || Math.abs(dy) > TAP_SLOP || touch.width <= 0) return undefined;
  return touch.endX - touch.left < touch.width * BACK_ZONE ? 'previous' : 'next';
}

/** Elements that handle a tap themselves: a tap on or inside one is never a deck command. */
export const OWN_TAP =
  'a[href], button, input, select, textarea, label, summary, details, [contenteditable], [tabindex], [role="button"], [role="link"], [data-ll-own-tap]';

/**
 * Whether a touch landed on something that handles it itself, given the event's composed path up
 * to `host` (the deck; what contains the deck, such as the focusable main, does not count).
 */
export function isOwnTap(path: readonly EventTarget[], host: EventTarget): boolean {
  const end = path.indexOf(host);
  return (end === -1 ? path : path.slice(0, end)).some(
    (target) => typeof (target as Element).matches === 'function' && (target as Element).matches(OWN_TAP),
  );
}
