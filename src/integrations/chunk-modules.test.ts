import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { projectPath } from './chunk-modules';

describe('projectPath', () => {
  const root = path.resolve('/project');
  it('names a module by its path from the project root, without query', () => {
    expect(projectPath(path.join(root, 'src/tracking/standalone.ts'), root)).toBe('src/tracking/standalone.ts');
    expect(
      projectPath(
        `${path.join(root, 'src/exercises/shared/ExerciseHost.astro')}?astro&type=script&index=0&lang.ts`,
        root,
      ),
    ).toBe('src/exercises/shared/ExerciseHost.astro');
  });

  it('leaves out virtual modules and files outside the project, so no machine path is written', () => {
    expect(projectPath('\0vite/preload-helper.js', root)).toBeUndefined();
    expect(projectPath(path.resolve('/elsewhere/x.js'), root)).toBeUndefined();
  });
});
