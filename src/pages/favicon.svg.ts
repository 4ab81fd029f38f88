import type { APIRoute } from 'astro';
import { site } from '../site.config';

/**
 * The site's icon in the organisation's accent colour: a rising line of three steps, the path a
 * participant walks. Every page links it, so no browser asks the host's root for a favicon.ico
 * that is not there (and, inside an LMS package, the icon travels with the pages).
 */
export const GET: APIRoute = () => {
  const { accent, accentText } = site.colors;
  const svg = `<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 32 32">
  <rect width="32" height="32" rx="7" fill="${accent}"/>
  <path d="M7 23h6v-5h6v-5h6" fill="none" stroke="${accentText}" stroke-width="3" stroke-linecap="round" stroke-linejoin="round"/>
  <circle cx="25" cy="9" r="2.5" fill="${accentText}"/>
</svg>
`;
  return new Response(svg, { headers: { 'Content-Type': 'image/svg+xml; charset=utf-8' } });
};
