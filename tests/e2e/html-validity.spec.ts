import { readFileSync } from 'node:fs';
import path from 'node:path';
import { expect, test } from './exercise-loading';
import { HtmlValidate } from 'html-validate';
import { builtPages } from './built-pages';

const validator = new HtmlValidate({
  extends: ['html-validate:recommended'],
  rules: {
    // Astro writes `<!DOCTYPE html>` and void elements in its own style; neither affects validity.
    'doctype-style': 'off',
    'void-style': 'off',
    // Long Dutch titles are fine.
    'long-title': 'off',
    // Lit custom elements carry their own attributes.
    'no-unknown-elements': 'off',
  },
});

for (const page of builtPages()) {
  test(`/${page} is valid HTML`, async () => {
    const file = path.join('dist', page, page.endsWith('.html') ? '' : 'index.html');
    const report = await validator.validateString(readFileSync(file, 'utf8'), file);
    const messages = report.results.flatMap((r) =>
      r.messages.map((m) => `${m.line}:${m.column} ${m.ruleId}: ${m.message}`),
    );
    expect(messages).toEqual([]);
  });
}
