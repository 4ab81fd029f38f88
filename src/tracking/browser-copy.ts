/**
 * The browser copy (see reconcile.ts for the model): the full state of one package for one
 * learner, as plain JSON in localStorage so that merging it is synchronous (a closing page may
 * write it last). Two tabs of one course share it: every write merges per exercise and by time
 * with what is there, so a tab that did not change an exercise never replaces it.
 */
import { decodeEnvelope, readEnvelope, type Envelope } from './suspend-codec';
import { mergeEnvelopes, type BrowserCopy } from './reconcile';
import { safeStorage, type KeyValueStore } from './safe-storage';

/** Who and what a copy belongs to; the learner id is read once, at the start of the launch. */
export interface CopyIdentity {
  course: string;
  /** `all` or a bijeenkomst slug (per-bijeenkomst packages). */
  scopeKey: string;
  version: string;
  /** The LMS's learner id; `local` for the in-browser LMS. */
  learner: string;
}

export interface CopyStore {
  read(): Promise<BrowserCopy | undefined>;
  /** Merges `envelope` into the stored copy (same attempt) or replaces it (another attempt). */
  write(envelope: Envelope, known: boolean): void;
}

export const copyKey = (id: CopyIdentity) =>
  `leerlijn:copy:${id.course}:${id.scopeKey}:${id.version}:${encodeURIComponent(id.learner)}`;

/** Where Leerlijn before the attempt model kept its copy (read once, never written). */
const legacyKey = (id: CopyIdentity) =>
  `leerlijn:mirror:${id.course}:${id.scopeKey}:${id.learner === 'local' ? 'local' : id.learner}`;

function parse(text: string | null): BrowserCopy | undefined {
  if (!text) return undefined;
  try {
    const json = JSON.parse(text) as { v?: unknown; k?: unknown; e?: unknown };
    if (json.v !== 2 || typeof json.e !== 'object' || json.e === null) return undefined;
    return { envelope: readEnvelope(json.e as Record<string, unknown>), known: json.k === true };
  } catch {
    return undefined;
  }
}

export function browserCopy(id: CopyIdentity, storage: KeyValueStore = safeStorage()): CopyStore {
  const key = copyKey(id);
  const current = () => {
    try {
      return parse(storage.getItem(key));
    } catch {
      return undefined;
    }
  };
  return {
    async read() {
      const copy = current();
      if (copy) return copy;
      try {
        const legacy = JSON.parse(storage.getItem(legacyKey(id)) ?? 'null') as { data?: unknown; pending?: unknown };
        const envelope = typeof legacy?.data === 'string' ? await decodeEnvelope(legacy.data) : undefined;
        return envelope ? { envelope, known: legacy.pending === false } : undefined;
      } catch {
        return undefined;
      }
    },
    write(envelope, known) {
      const stored = current();
      const same = stored && stored.envelope.a === envelope.a ? stored : undefined;
      const merged = same
        ? mergeEnvelopes(same.envelope, envelope, { trustOver: true, overWinsTies: true }).envelope
        : envelope;
      try {
        storage.setItem(key, JSON.stringify({ v: 2, k: known || (same?.known ?? false), e: merged }));
      } catch {
        // Storage full or blocked: the LMS is then the only copy.
      }
    },
  };
}
