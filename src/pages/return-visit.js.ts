import type { APIRoute } from 'astro';
import { studyKey } from '../study/progress-summary';

/**
 * A course page's only blocking script, a few hundred bytes loaded beside theme.css: before the
 * page is drawn it tells the stylesheet whether "Verder waar u was" is about to appear (the study
 * record in this browser names a place to go back to), so its line is kept free from the start and
 * the lesson does not jump down when the study script fills it in. Mirrors the test in
 * progress-view.ts (showContinue); storage refused means no line, as there.
 */
export const GET: APIRoute = () => {
  // Written small, as it is: every course page waits for it. Without a course or storage it throws,
  // and nothing is marked.
  const js = `!function(r){try{var l=JSON.parse(localStorage.getItem(${JSON.stringify(studyKey(''))}+r.dataset.course)).last;if(r.dataset.course&&l.slug&&(l.slug!=r.dataset.bijeenkomst||l.section&&!location.hash))r.setAttribute("data-ll-returning","")}catch(e){}}(document.documentElement);
`;
  return new Response(js, { headers: { 'Content-Type': 'text/javascript; charset=utf-8' } });
};
