/**
 * Keyboard and clicker bindings of the deck and the presenter view, and the pure function that
 * turns a key press into a command. The help overlay lists `keyBindings`, so it cannot drift
 * from what the keys do.
 */
import type { StringKey } from '../../i18n/strings';

export type KeyCommand =
  | { type: 'next' }
  | { type: 'previous' }
  | { type: 'first' }
  | { type: 'last' }
  | { type: 'goto'; slide: number }
  | { type: 'blackout' }
  | { type: 'overview' }
  | { type: 'fullscreen' }
  | { type: 'help' }
  | { type: 'escape' }
  | { type: 'notes-up' }
  | { type: 'notes-down' };

type SimpleCommand = Exclude<KeyCommand, { type: 'goto' }>['type'];

/** One line of the help overlay: the keys shown, and what they do. */
export interface KeyBinding {
  /** `KeyboardEvent.key` values that trigger the command. */
  keys: readonly string[];
  /** How the keys are written in the help overlay. */
  label: string;
  command: SimpleCommand | 'goto';
  description: StringKey;
}

export const keyBindings: readonly KeyBinding[] = [
  {
    keys: ['ArrowRight', ' ', 'PageDown'],
    label: '→ / Spatie / PageDown',
    command: 'next',
    description: 'deck.key.next',
  },
  { keys: ['ArrowLeft', 'PageUp'], label: '← / PageUp', command: 'previous', description: 'deck.key.previous' },
  { keys: ['Home'], label: 'Home', command: 'first', description: 'deck.key.first' },
  { keys: ['End'], label: 'End', command: 'last', description: 'deck.key.last' },
  { keys: [], label: '1 2 3 … Enter', command: 'goto', description: 'deck.key.goto' },
  { keys: ['b', 'B', '.'], label: 'B / .', command: 'blackout', description: 'deck.key.blackout' },
  { keys: ['o', 'O'], label: 'O', command: 'overview', description: 'deck.key.overview' },
  { keys: ['f', 'F'], label: 'F', command: 'fullscreen', description: 'deck.key.fullscreen' },
  { keys: ['?'], label: '?', command: 'help', description: 'deck.key.help' },
  { keys: ['Escape'], label: 'Esc', command: 'escape', description: 'deck.key.escape' },
  // Not slide moves, so a clicker (PageDown) never scrolls the notes and ↑/↓ never move the slides.
  { keys: ['ArrowUp'], label: '↑', command: 'notes-up', description: 'deck.key.notesUp' },
  { keys: ['ArrowDown'], label: '↓', command: 'notes-down', description: 'deck.key.notesDown' },
];

/** The parts of a KeyboardEvent that decide what it means. */
export interface KeyPress {
  key: string;
  altKey?: boolean;
  ctrlKey?: boolean;
  metaKey?: boolean;
  /** The key went to a text field, a select or an editable element: it is typing, not a command. */
  inField?: boolean;
}

export interface KeyResult {
  command: KeyCommand | undefined;
  /** Digits typed so far for a jump ("1", "12"), kept between presses. */
  buffer: string;
}

const bySimpleKey = new Map<string, SimpleCommand>(
  keyBindings.flatMap((b) =>
    b.command === 'goto' ? [] : b.keys.map((k) => [k, b.command] as [string, SimpleCommand]),
  ),
);

/**
 * What a key press means, given the digits typed before it. A number followed by Enter jumps to
 * that (1-based) slide; any other key drops the digits. Browser shortcuts (Ctrl, Alt, Cmd) and
 * typing in a field are left alone.
 */
export function mapKey(press: KeyPress, buffer: string): KeyResult {
  if (press.inField || press.altKey || press.ctrlKey || press.metaKey) return { command: undefined, buffer };
  if (/^[0-9]$/.test(press.key)) return { command: undefined, buffer: (buffer + press.key).slice(-4) };
  if (press.key === 'Enter') {
    const n = Number.parseInt(buffer, 10);
    return { command: buffer && n > 0 ? { type: 'goto', slide: n - 1 } : undefined, buffer: '' };
  }
  const type = bySimpleKey.get(press.key);
  return { command: type ? { type } : undefined, buffer: '' };
}

/** Whether an event target is somewhere the user types (keys there are never deck commands). */
export function isTypingTarget(target: EventTarget | null): boolean {
  if (!target || typeof (target as Element).closest !== 'function') return false;
  const el = target as HTMLElement;
  if (el.isContentEditable) return true;
  const tag = el.tagName;
  if (tag === 'TEXTAREA' || tag === 'SELECT') return true;
  if (tag !== 'INPUT') return false;
  const type = (el as HTMLInputElement).type;
  return !['button', 'checkbox', 'radio', 'submit', 'reset', 'range', 'color', 'file', 'image'].includes(type);
}
