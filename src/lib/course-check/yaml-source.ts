import { isMap, isNode, isScalar, LineCounter, parseDocument, type Document } from 'yaml';

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
        // Point at a field's key (`duration:`), so the line reads as the field the message names.
        const parent = depth > 0 ? (depth > 1 ? doc.getIn(path.slice(0, depth - 1), true) : doc.contents) : undefined;
        if (isMap(parent)) {
          const pair = parent.items.find(
            (item) => isScalar(item.key) && String(item.key.value) === String(path[depth - 1]),
          );
          if (pair && isScalar(pair.key) && pair.key.range) return at(pair.key.range[0]);
        }
        const node = depth > 0 ? doc.getIn(path.slice(0, depth), true) : doc.contents;
        if (isNode(node) && node.range) return at(node.range[0]);
      }
      return { line: firstLine, column: 1 };
    },
  };
}
