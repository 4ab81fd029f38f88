/**
 * Fired at a course page's window by the SCORM launch page around it before it ends the session:
 * the launch page's own `pagehide` may come before the framed page's, so it asks for the last
 * drafts first. Exercise elements flush on it as on `pagehide`. Its own module, so the launch page
 * does not load the progress store to name it.
 */
export const FLUSH_EVENT = 'll-flush';
