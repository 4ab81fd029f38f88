import { isMap, isNode, LineCounter, parseDocument, type Document } from 'yaml';

/** YAML text parsed with enough bookkeeping to point at the line of any field. */
export interface YamlSource {
  data: unknown;
  /** Syntax errors, already located. */
  errors: { line: number; column: number; message: string }[];
  /** Line and column of the value at `path`, or of its nearest existing parent. */
  locate(path: readonly (string | number)[]): { line: number; column: number };
}

/**
 * @param firstLine the file line the YAML text starts on (frontmatter starts below its `---`).
 */
export function parseYamlSource(text: string, firstLine = 1): YamlSource {
  const lineCounter = new LineCounter();
  const doc: Document = parseDocument(text, { lineCounter, prettyErrors: false, uniqueKeys: true });
  const at = (offset: number) => {
    const { line, col } = lineCounter.linePos(offset);
    return { line: line + firstLine - 1, column: col };
  };
  const errors = doc.errors.map((error) => ({
    ...at(error.pos[0]),
    message: error.message.split('\n')[0] ?? error.message,
  }));
  return {
    data: errors.length ? undefined : doc.toJS(),
    errors,
    locate(path) {
      for (let depth = path.length; depth >= 0; depth--) {
        const prefix = path.slice(0, depth);
        const node = prefix.length ? doc.getIn(prefix, true) : doc.contents;
        if (isNode(node) && node.range) {
          // For a key that is missing or wrong inside a map, point at the map's key when we can.
          if (depth < path.length && isMap(node)) {
            const pair = node.items.find((item) => isNode(item.key) && String((item.key as { value?: unknown }).value) === String(path[depth]));
            if (pair && isNode(pair.key) && pair.key.range) return at(pair.key.range[0]);
          }
          return at(node.range[0]);
        }
      }
      return { line: firstLine, column: 1 };
    },
  };
}
