/**
 * An exercise's author props as its element's attributes: `passMark` → `pass-mark`, as Lit's
 * `attribute:` options in the elements spell them. Props the author left out are left out, so the
 * element keeps its own default.
 */
export function elementAttributes(props: Record<string, string | number | undefined>): Record<string, string | number> {
  const attributes: Record<string, string | number> = {};
  for (const [name, value] of Object.entries(props)) {
    if (value === undefined) continue;
    attributes[name.replace(/[A-Z]/g, (letter) => `-${letter.toLowerCase()}`)] = value;
  }
  return attributes;
}
