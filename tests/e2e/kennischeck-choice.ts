import { expect, type Locator } from '@playwright/test';

/**
 * A Kennischeck option the participant chose: a checked control while the question is open, or,
 * once the question is finished, the option as text marked "Uw keuze".
 */
export async function expectChosen(question: Locator, option: string): Promise<void> {
  const control = question.getByLabel(option, { exact: true });
  const marked = question.getByRole('listitem').filter({ hasText: option }).filter({ hasText: 'Uw keuze' });
  await expect(control.or(marked).first()).toBeVisible();
  if ((await marked.count()) === 0) await expect(control).toBeChecked();
}
