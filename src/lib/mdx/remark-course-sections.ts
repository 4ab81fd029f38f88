import type { Root } from 'mdast';
import { annotateSections } from './sections';

/** Remark plugin: anchors and slide numbers for course MDX (see `annotateSections`). */
export default function remarkCourseSections() {
  return (tree: Root): void => {
    annotateSections(tree);
  };
}
