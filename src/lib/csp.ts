/**
 * The Content-Security-Policy of every page: scripts and styles only from the site's own files,
 * nothing inline, nothing from elsewhere. Frames only from the site itself (the SCORM launch page).
 */
export const csp = [
  "default-src 'self'",
  "script-src 'self'",
  "style-src 'self'",
  "img-src 'self' data:",
  "font-src 'self'",
  "connect-src 'self'",
  "frame-src 'self'",
  "object-src 'none'",
  "base-uri 'none'",
  "form-action 'self'",
].join('; ');
