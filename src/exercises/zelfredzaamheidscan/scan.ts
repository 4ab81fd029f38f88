/**
 * The zelfredzaamheid/samenredzaamheid scan: each domain scored 1–5 alone ("zelf") and with the
 * network ("samen"). The five level names follow the Zelfredzaamheid-Matrix scale; nothing else of
 * the official instrument is used.
 */

export const LEVELS = [1, 2, 3, 4, 5] as const;
export type Level = (typeof LEVELS)[number];
export type Aspect = 'z' | 's';

/** Scores per domain id, per aspect (z: zelf, s: samen). */
export type ScanScores = Record<Aspect, Record<string, Level>>;

const isLevel = (v: unknown): v is Level => typeof v === 'number' && (LEVELS as readonly number[]).includes(v);

/** The levels 1–5 in a saved aspect under the domain ids `keep` accepts. */
function levels(part: unknown, keep: (id: string) => boolean): Record<string, Level> {
  if (typeof part !== 'object' || part === null) return {};
  return Object.fromEntries(
    Object.entries(part as Record<string, unknown>).filter(
      (entry): entry is [string, Level] => keep(entry[0]) && isLevel(entry[1]),
    ),
  );
}

type Saved = { z?: unknown; s?: unknown } | undefined;

/** Saved scores read tolerantly: only known domains and levels 1–5. */
export function decodeScan(domains: readonly string[], value: Saved): ScanScores {
  const known = (id: string) => domains.includes(id);
  return { z: levels(value?.z, known), s: levels(value?.s, known) };
}

/**
 * Scores of domains the scan no longer has (a course update renamed or removed one): kept in the
 * saved state with every change, never counted, so an update never deletes what was chosen.
 */
export function earlierScores(domains: readonly string[], value: Saved): ScanScores {
  const gone = (id: string) => !domains.includes(id);
  return { z: levels(value?.z, gone), s: levels(value?.s, gone) };
}

/** True when every domain has both scores. */
export const scanComplete = (domains: readonly string[], scores: ScanScores): boolean =>
  domains.length > 0 && domains.every((d) => scores.z[d] && scores.s[d]);

/** Domains where the network makes the difference: "samen" higher than "zelf". */
export const networkHelps = (domains: readonly string[], scores: ScanScores): string[] =>
  domains.filter((d) => (scores.s[d] ?? 0) > (scores.z[d] ?? 0) && scores.z[d] !== undefined);
