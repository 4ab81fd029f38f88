import { describe, expect, it } from 'vitest';
import { isTypingTarget, keyBindings, mapKey } from './keys';

const command = (key: string, extra = {}) => mapKey({ key, ...extra }, '').command?.type;

describe('mapKey', () => {
  it('maps the arrow keys, space and clicker keys', () => {
    expect(['ArrowRight', ' ', 'PageDown'].map((k) => command(k))).toEqual(['next', 'next', 'next']);
    expect(['ArrowLeft', 'PageUp'].map((k) => command(k))).toEqual(['previous', 'previous']);
    expect(['Home', 'End', 'b', 'B', '.', 'o', 'f', '?', 'Escape'].map((k) => command(k))).toEqual([
      'first',
      'last',
      'blackout',
      'blackout',
      'blackout',
      'overview',
      'fullscreen',
      'help',
      'escape',
    ]);
  });

  it('collects digits and jumps to that slide on Enter', () => {
    let buffer = '';
    for (const key of ['1', '2']) ({ buffer } = mapKey({ key }, buffer));
    expect(buffer).toBe('12');
    expect(mapKey({ key: 'Enter' }, buffer)).toEqual({ command: { type: 'goto', slide: 11 }, buffer: '' });
    expect(mapKey({ key: 'Enter' }, '')).toEqual({ command: undefined, buffer: '' });
    expect(mapKey({ key: 'Enter' }, '0')).toEqual({ command: undefined, buffer: '' });
    expect(mapKey({ key: 'ArrowRight' }, '3')).toEqual({ command: { type: 'next' }, buffer: '' });
  });

  it('ignores typing in fields, browser shortcuts and unknown keys', () => {
    expect(command('ArrowRight', { inField: true })).toBeUndefined();
    expect(command('f', { ctrlKey: true })).toBeUndefined();
    expect(command('b', { metaKey: true })).toBeUndefined();
    expect(command('ArrowLeft', { altKey: true })).toBeUndefined();
    expect(command('x')).toBeUndefined();
    expect(mapKey({ key: '5', inField: true }, '1').buffer).toBe('1');
  });

  it('documents every command in the help table', () => {
    expect(new Set(keyBindings.map((b) => b.command))).toEqual(
      new Set([
        'next',
        'previous',
        'first',
        'last',
        'goto',
        'blackout',
        'overview',
        'fullscreen',
        'help',
        'escape',
        'notes-up',
        'notes-down',
      ]),
    );
  });

  it('keeps ↑ and ↓ for the notes: they never move the slides', () => {
    expect(['ArrowUp', 'ArrowDown'].map((k) => command(k))).toEqual(['notes-up', 'notes-down']);
  });
});

describe('isTypingTarget', () => {
  const el = (tagName: string, type = '', isContentEditable = false) =>
    ({ tagName, type, isContentEditable, closest: () => null }) as unknown as EventTarget;
  it('knows text fields from buttons', () => {
    expect(isTypingTarget(el('INPUT', 'text'))).toBe(true);
    expect(isTypingTarget(el('INPUT', 'number'))).toBe(true);
    expect(isTypingTarget(el('TEXTAREA'))).toBe(true);
    expect(isTypingTarget(el('DIV', '', true))).toBe(true);
    expect(isTypingTarget(el('INPUT', 'checkbox'))).toBe(false);
    expect(isTypingTarget(el('BUTTON'))).toBe(false);
    expect(isTypingTarget(null)).toBe(false);
  });
});
