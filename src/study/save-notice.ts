/**
 * "Uw voortgang wordt in deze browser bewaard" is said once: after the participant dismisses it, the
 * status region keeps announcing (it stays in the accessibility tree) but shows only a short status.
 * Every other notice (not saved, retrying, review) always shows in full.
 */
import { safeStorage } from '../tracking/safe-storage';

const SEEN = 'leerlijn:notice-dismissed:standalone';

export function quietSaveNotice(doc: Document = document): void {
  const box = doc.querySelector<HTMLElement>('[data-ll-save]');
  const region = doc.getElementById('ll-save-status');
  const dismiss = box?.querySelector<HTMLButtonElement>('[data-ll-save-dismiss]');
  if (!box || !region || !dismiss) return;
  const update = () => {
    const standalone = region.dataset.notice === 'standalone' && region.textContent !== '';
    const dismissed = safeStorage().getItem(SEEN) === '1';
    box.dataset.quiet = String(standalone && dismissed);
    dismiss.hidden = !standalone || dismissed;
  };
  dismiss.addEventListener('click', () => {
    safeStorage().setItem(SEEN, '1');
    update();
    box.querySelector<HTMLElement>('[data-ll-save-where]')?.focus();
  });
  new MutationObserver(update).observe(region, {
    childList: true,
    characterData: true,
    subtree: true,
    attributes: true,
  });
  update();
}
