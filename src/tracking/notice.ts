/**
 * Tells the participant how saving goes, politely and without blocking: a live region whose
 * messages the page carries as `data-msg-*` attributes (rendered from the UI strings).
 */
import type { SaveStatus } from './tracker-contract';

export type Notice = SaveStatus | 'unreachable' | 'standalone' | 'closed';

let clearHandle: ReturnType<typeof setTimeout> | undefined;

/** Shows `notice` in the page's status region; `saved` fades after a while. */
export function showNotice(notice: Notice, doc: Document = document): void {
  const region = doc.getElementById('ll-save-status');
  if (!region) return;
  const text = region.dataset[`msg${notice[0]?.toUpperCase()}${notice.slice(1)}`] ?? '';
  if (region.textContent === text) return;
  region.textContent = text;
  region.dataset.notice = notice;
  clearTimeout(clearHandle);
  if (notice === 'saved' || notice === 'restored') {
    clearHandle = setTimeout(() => {
      region.textContent = '';
      delete region.dataset.notice;
    }, 8000);
  }
}
