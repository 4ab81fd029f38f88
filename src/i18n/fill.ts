/** Fills `{name}` placeholders from `values`; a placeholder without a value stays as written. */
export function fillPlaceholders(template: string, values: Record<string, string | number> = {}): string {
  return template.replace(/\{(\w+)\}/g, (match, name: string) => (name in values ? String(values[name]) : match));
}
