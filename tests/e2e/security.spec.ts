import { readFileSync } from 'node:fs';
import path from 'node:path';
import { expect, test } from './exercise-loading';
import { builtPages } from './built-pages';

const read = (page: string) => readFileSync(path.join('dist', page, 'index.html'), 'utf8');

for (const page of builtPages()) {
  test(`/${page} has a strict Content-Security-Policy and nothing inline`, () => {
    const html = read(page);
    const csp = /<meta http-equiv="Content-Security-Policy" content="([^"]+)"/.exec(html)?.[1] ?? '';
    const directives: Record<string, string[]> = Object.fromEntries(
      csp.split(';').map((d) => {
        const [name = '', ...values] = d.trim().split(/\s+/);
        return [name, values];
      }),
    );
    expect(directives['default-src']).toEqual(["'self'"]);
    expect(directives['script-src']).toEqual(["'self'"]);
    expect(directives['style-src']).toEqual(["'self'"]);
    expect(directives['object-src']).toEqual(["'none'"]);
    expect(csp).not.toMatch(/unsafe-inline|unsafe-eval|https?:|\*/);
    // Inline code would be blocked by that policy, so none may be written.
    // Data blocks (type="application/json") are not code and need no CSP exception.
    expect(html).not.toMatch(/<script(?![^>]*\ssrc=)(?![^>]*type="application\/json")[^>]*>/);
    expect(html).not.toMatch(/<style[\s>]/);
    expect(html).not.toMatch(/\sstyle=["']/);
    expect(html).not.toMatch(/\son[a-z]+=["']/);
  });
}

test('pages run without a single Content-Security-Policy violation', async ({ page }) => {
  const violations: string[] = [];
  await page.exposeFunction('reportViolation', (v: string) => violations.push(v));
  await page.addInitScript(() => {
    document.addEventListener('securitypolicyviolation', (e) => {
      (window as unknown as { reportViolation: (v: string) => void }).reportViolation(
        `${e.violatedDirective} ${e.blockedURI}`,
      );
    });
  });
  page.on('console', (message) => {
    if (/Content Security Policy/i.test(message.text())) violations.push(message.text());
  });
  for (const path of builtPages()) await page.goto(path || './');
  expect(violations).toEqual([]);
});
