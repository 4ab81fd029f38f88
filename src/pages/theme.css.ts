import type { APIRoute } from 'astro';
import { site } from '../site.config';

/** The organisation's colours as custom properties; every stylesheet themes through these. */
export const GET: APIRoute = () => {
  const c = site.colors;
  const css = `:root {
  --ll-accent: ${c.accent};
  --ll-accent-text: ${c.accentText};
  --ll-text: ${c.text};
  --ll-background: ${c.background};
  --ll-muted: ${c.muted};
  --ll-surface: ${c.surface};
}
`;
  return new Response(css, { headers: { 'Content-Type': 'text/css; charset=utf-8' } });
};
