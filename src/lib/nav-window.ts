/**
 * Which bijeenkomsten the where-am-I list shows. Short courses show all; long ones show the first,
 * the last and a window around the current one, so every page stays small however long the
 * course grows (a full list on every page would make the build grow with the square of its size).
 *
 * @returns 0-based indexes in order, with `null` where a run of items is left out.
 */
export function navWindow(total: number, current: number, max = 12): (number | null)[] {
  if (total <= max) return Array.from({ length: total }, (_, i) => i);
  const radius = Math.max(1, Math.floor((max - 4) / 2));
  const start = Math.max(1, Math.min(current - radius, total - 2 - 2 * radius));
  const end = Math.min(total - 2, start + 2 * radius);
  const shown: (number | null)[] = [0];
  if (start > 1) shown.push(null);
  for (let i = start; i <= end; i++) shown.push(i);
  if (end < total - 2) shown.push(null);
  shown.push(total - 1);
  return shown;
}
