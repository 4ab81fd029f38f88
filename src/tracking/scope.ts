import type { TrackingScope } from './progress';

/** The scope the page embeds (`<script type="application/json" id="ll-scope">`). */
export function readScope(doc: Document = document): TrackingScope | undefined {
  try {
    return JSON.parse(doc.getElementById('ll-scope')?.textContent ?? '') as TrackingScope;
  } catch {
    return undefined;
  }
}

/** Every exercise id of the course the scope describes: saved state of any other is a leftover. */
export function exerciseIds(scope: TrackingScope): Set<string> {
  return new Set(scope.bijeenkomsten.flatMap((b) => b.exercises));
}
