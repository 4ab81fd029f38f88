/**
 * A participant package is a closed room: walked from its launch page, every link stays inside
 * the zip, it carries no trainer page, and no trainer note's text is anywhere in it. Used by the
 * packager and by the tests over every zip.
 */
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import path from 'node:path';
import { strFromU8, unzipSync } from 'fflate';
import type { Root, RootContent } from 'mdast';
import { parseCourseMdx } from '../lib/mdx/parse';
import { isJsxElement } from '../lib/mdx/sections';
import { isTrainerPage } from './build-package';
import { htmlUrls } from '../lib/built-html';
import { isLocal, resolveLink } from './links';

/** What a walk from the launch page found that breaks the closed room. */
export function closedRoomProblems(zip: Uint8Array, notes: string[] = []): string[] {
  const entries = unzipSync(zip);
  const files = new Set(Object.keys(entries).filter((name) => !name.endsWith('/')));
  const manifest = strFromU8(entries['imsmanifest.xml'] ?? new Uint8Array());
  const launch = /<resource\s[^>]*\shref="([^"]+)"/.exec(manifest)?.[1];
  const problems: string[] = [];
  if (!launch || !files.has(launch)) return ['the manifest names no launch page in the zip'];
  for (const file of files) if (isTrainerPage(file)) problems.push(`${file} is a trainer page`);
  const seen = new Set<string>();
  const queue = [launch];
  while (queue.length > 0) {
    const page = queue.shift() as string;
    if (seen.has(page)) continue;
    seen.add(page);
    for (const { tag, url } of htmlUrls(strFromU8(entries[page] as Uint8Array))) {
      if (!isLocal(url)) {
        if (!url.startsWith('#') && !url.startsWith('data:') && !url.startsWith('blob:'))
          problems.push(`${page}: <${tag}> leads out of the package to "${url}"`);
        continue;
      }
      const target = resolveLink(page, url);
      if (target.startsWith('../') || !files.has(target)) {
        problems.push(`${page}: <${tag}> leads to "${url}", outside the package`);
        continue;
      }
      if (target.endsWith('.html')) queue.push(target);
    }
  }
  for (const file of files) {
    if (!/\.(?:html|js|json|css|txt|xml)$/.test(file)) continue;
    const text = strFromU8(entries[file] as Uint8Array).replace(/\s+/g, ' ');
    for (const note of notes)
      if (text.includes(note) || text.includes(escapeHtml(note)))
        problems.push(`${file} holds trainer notes ("${note.slice(0, 60)}…")`);
  }
  return problems;
}

const escapeHtml = (text: string) =>
  text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');

function textsOf(node: Root | RootContent, into: string[]) {
  if (node.type === 'text' || node.type === 'inlineCode') into.push(node.value);
  if ('children' in node) for (const child of node.children as RootContent[]) textsOf(child, into);
}

function notesOf(node: Root | RootContent, into: string[]) {
  if (isJsxElement(node) && node.name === 'Notes') {
    textsOf(node, into);
    return;
  }
  if ('children' in node) for (const child of node.children as RootContent[]) notesOf(child, into);
}

/**
 * The text of every `<Notes>` in a courses folder, as runs long enough to be the notes' own
 * words (at least `min` characters), for searching a package by the notes' text.
 */
export function trainerNoteTexts(coursesDir: string, min = 24): string[] {
  const texts: string[] = [];
  for (const course of readdirSync(coursesDir, { withFileTypes: true })) {
    if (!course.isDirectory()) continue;
    const dir = path.join(coursesDir, course.name);
    // A note may name the course (a guest's briefing quotes its title): what course.yaml says is public.
    const yamlFile = path.join(dir, 'course.yaml');
    const publicText = existsSync(yamlFile) ? readFileSync(yamlFile, 'utf8').replace(/\s+/g, ' ') : '';
    for (const file of readdirSync(dir).filter((name) => name.endsWith('.mdx'))) {
      const runs: string[] = [];
      notesOf(parseCourseMdx(readFileSync(path.join(dir, file), 'utf8')), runs);
      texts.push(
        ...runs
          .map((run) => run.replace(/\s+/g, ' ').trim())
          .filter((run) => run.length >= min && !publicText.includes(run)),
      );
    }
  }
  return [...new Set(texts)];
}
