/** Fullscreen on and off; a refused request (no user gesture, inside an iframe) is harmless. */
export async function toggleFullscreen(): Promise<void> {
  try {
    if (document.fullscreenElement) await document.exitFullscreen();
    else await document.documentElement.requestFullscreen();
  } catch {
    // Not allowed here; the trainer can still use the browser's own fullscreen key.
  }
}
