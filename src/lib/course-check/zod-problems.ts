import { z } from 'astro/zod';
import type { CourseProblem } from './problem';
import { fieldName } from './problem';
import type { YamlSource } from './yaml-source';

/** The object schema found at `path` inside `schema`, for listing the fields it knows. */
function objectAt(schema: z.ZodTypeAny, path: readonly (string | number)[]): z.AnyZodObject | undefined {
  let current: z.ZodTypeAny | undefined = schema;
  const unwrap = (s: z.ZodTypeAny): z.ZodTypeAny => {
    if (s instanceof z.ZodEffects) return unwrap(s.innerType() as z.ZodTypeAny);
    if (s instanceof z.ZodOptional || s instanceof z.ZodNullable) return unwrap(s.unwrap() as z.ZodTypeAny);
    if (s instanceof z.ZodDefault) return unwrap(s.removeDefault() as z.ZodTypeAny);
    return s;
  };
  for (const part of path) {
    current = current ? unwrap(current) : undefined;
    if (current instanceof z.ZodObject) current = (current.shape as Record<string, z.ZodTypeAny | undefined>)[part];
    else if (current instanceof z.ZodArray) current = current.element as z.ZodTypeAny;
    else return undefined;
  }
  current = current ? unwrap(current) : undefined;
  return current instanceof z.ZodObject ? current : undefined;
}

/** The closest known name, for "did you mean" hints on typos such as `titel`. */
export function closest(word: string, candidates: readonly string[]): string | undefined {
  const distance = (a: string, b: string): number => {
    const row = Array.from({ length: b.length + 1 }, (_, i) => i);
    for (let i = 1; i <= a.length; i++) {
      let previous = row[0]!;
      row[0] = i;
      for (let j = 1; j <= b.length; j++) {
        const current = row[j]!;
        row[j] = Math.min(row[j]! + 1, row[j - 1]! + 1, previous + (a[i - 1] === b[j - 1] ? 0 : 1));
        previous = current;
      }
    }
    return row[b.length]!;
  };
  let best: string | undefined;
  let bestDistance = Math.max(2, Math.floor(word.length / 3)) + 1;
  for (const candidate of candidates) {
    const d = distance(word.toLowerCase(), candidate.toLowerCase());
    if (d < bestDistance) [best, bestDistance] = [candidate, d];
  }
  return best;
}

function valueAt(data: unknown, path: readonly (string | number)[]): unknown {
  return path.reduce<unknown>(
    (value, key) => (value && typeof value === 'object' ? (value as Record<string, unknown>)[key] : undefined),
    data,
  );
}

function describeValue(value: unknown): string {
  if (value === null) return 'nothing';
  return JSON.stringify(value);
}

/** Turns zod's issues for one source into located problems with the value that was found. */
export function zodProblems(
  schema: z.ZodTypeAny,
  error: z.ZodError,
  source: Pick<YamlSource, 'locate'> & { data: unknown },
  file: string,
): CourseProblem[] {
  return error.issues.flatMap((issue): CourseProblem[] => {
    const at = (path: readonly (string | number)[]) => ({ file, ...source.locate(path) });
    if (issue.code === z.ZodIssueCode.unrecognized_keys) {
      const known = Object.keys((objectAt(schema, issue.path)?.shape ?? {}) as Record<string, unknown>);
      return issue.keys.map((key) => {
        const hint = closest(key, known);
        return {
          ...at([...issue.path, key]),
          field: fieldName([...issue.path, key]),
          message: `unknown field${hint ? `; did you mean "${hint}"?` : ''}${known.length ? ` Expected one of: ${known.join(', ')}` : ''}`,
        };
      });
    }
    const value = valueAt(source.data, issue.path);
    // The value that was found helps most where the author typed the wrong kind of thing.
    const primitive = value !== undefined && (value === null || typeof value !== 'object');
    const found = issue.code !== z.ZodIssueCode.custom && primitive ? `; found ${describeValue(value)}` : '';
    return [{ ...at(issue.path), field: fieldName(issue.path) || undefined, message: `${issue.message}${found}` }];
  });
}
