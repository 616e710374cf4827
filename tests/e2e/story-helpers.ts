import type { APIRequestContext, Download, Locator, Page } from '@playwright/test';
import { readFile } from 'node:fs/promises';
import { strFromU8, unzipSync } from 'fflate';
import { editorText as editorTextOf } from './editor-page';
import { expect } from './fixtures';

export interface Party {
  id: string;
  name: string;
  shortName: string;
  color: string;
}

/** The demo negotiation, its parties, and a fresh shared draft added by the convener for this story. */
export async function freshStoryDraft(
  convener: APIRequestContext,
): Promise<{ talksId: string; documentId: string; title: string; url: string; parties: Party[] }> {
  const { negotiations } = (await (await convener.get('/api/negotiations')).json()) as { negotiations: { id: string; title: string }[] };
  const talks = negotiations.find((n) => n.title.startsWith('Arandia Peace Talks'));
  expect(talks, 'demo negotiation').toBeTruthy();
  const title = `Annex D – Cantonment timetable ${Date.now()}`;
  const res = await convener.post(`/api/negotiations/${talks!.id}/documents`, { data: { title, kind: 'shared' } });
  expect(res.status()).toBe(201);
  const { document } = (await res.json()) as { document: { id: string } };
  const overview = (await (await convener.get(`/api/negotiations/${talks!.id}`)).json()) as { parties: Party[] };
  return {
    talksId: talks!.id,
    documentId: document.id,
    title,
    url: `/negotiations/${talks!.id}/documents/${document.id}`,
    parties: overview.parties,
  };
}

/**
 * Finds `text` in one text run of the editor (remote carets' name labels skipped) and scrolls it
 * into view. Returns the points to drag between to select it; with `caretAfter`, also puts the DOM
 * caret right after it and tells ProseMirror, which reads `selectionchange` synchronously.
 */
async function findText(editor: Locator, text: string, { caretAfter = false } = {}) {
  const box = await editor.evaluate(
    (root, { wanted, caret }) => {
      const walker = document.createTreeWalker(root, NodeFilter.SHOW_TEXT, {
        acceptNode: (n) => (n.parentElement?.closest('.pactum-caret') ? NodeFilter.FILTER_REJECT : NodeFilter.FILTER_ACCEPT),
      });
      for (let node = walker.nextNode(); node; node = walker.nextNode()) {
        const at = node.textContent?.indexOf(wanted) ?? -1;
        if (at < 0) continue;
        const range = (from: number, to: number) => {
          const r = document.createRange();
          r.setStart(node, from);
          r.setEnd(node, to);
          return r;
        };
        (node.parentElement as HTMLElement).scrollIntoView({ block: 'center' });
        if (caret) {
          root.focus();
          window.getSelection()?.removeAllRanges();
          window.getSelection()?.addRange(range(at + wanted.length, at + wanted.length));
          document.dispatchEvent(new Event('selectionchange'));
        }
        const first = range(at, at + 1).getBoundingClientRect();
        const last = range(at + wanted.length - 1, at + wanted.length).getBoundingClientRect();
        return { x1: first.left + 1, y1: first.top + first.height / 2, x2: last.right - 1, y2: last.top + last.height / 2 };
      }
      return null;
    },
    { wanted: text, caret: caretAfter },
  );
  expect(box, `“${text}” is not in one text run of the editor`).not.toBeNull();
  return box!;
}

/**
 * Selects `text` in the editor with the mouse (press on its first character, drag to its last),
 * as a person would, and checks the browser selected exactly that text.
 */
export async function selectText(page: Page, editor: Locator, text: string): Promise<void> {
  const box = await findText(editor, text);
  await page.mouse.move(box.x1, box.y1);
  await page.mouse.down();
  await page.mouse.move(box.x2, box.y2, { steps: 8 });
  await page.mouse.up();
  await expect.poll(() => page.evaluate(() => window.getSelection()?.toString() ?? '')).toBe(text);
}

/**
 * Puts the caret right after `text` (as a click there would) and waits until the editor holds it.
 * Selecting a word and pressing ArrowRight did the same, but at machine speed the next key
 * sometimes still met the selection and replaced the word (2 runs in 6, 2026-12-08).
 */
export async function placeCaretAfter(editor: Locator, text: string): Promise<void> {
  await findText(editor, text, { caretAfter: true });
  // The editor's own selection: empty, right after the text.
  await expect
    .poll(() =>
      editor.evaluate((root, wanted) => {
        type State = { selection: { empty: boolean; from: number }; doc: { textBetween(a: number, b: number): string } };
        const state = (root as HTMLElement & { editor?: { state: State } }).editor?.state;
        if (!state?.selection.empty) return false;
        return state.doc.textBetween(Math.max(0, state.selection.from - wanted.length), state.selection.from) === wanted;
      }, text),
    )
    .toBe(true);
}

/** Opens one tab of the drafting tools beside the editor and returns its panel. */
export async function openTab(page: Page, name: 'Comments' | 'Review' | 'Clauses' | 'Status' | 'Versions' | 'Process'): Promise<Locator> {
  const tools = page.getByRole('complementary', { name: 'Drafting tools' });
  const tab = tools.getByRole('tab', { name, exact: true });
  await tab.click();
  await expect(tab).toHaveAttribute('aria-selected', 'true');
  return tools.getByRole('tabpanel', { name, exact: true });
}

/** `#rrggbb` → the `rgb(r, g, b)` that getComputedStyle reports. */
export function rgb(hex: string): string {
  const n = Number.parseInt(hex.slice(1), 16);
  return `rgb(${(n >> 16) & 255}, ${(n >> 8) & 255}, ${n & 255})`;
}

/** Opens a downloaded DOCX (a zip) and returns the text of each paragraph of word/document.xml. */
export async function readDocxParagraphs(download: Download): Promise<{ files: string[]; paragraphs: string[] }> {
  const path = await download.path();
  const files = unzipSync(new Uint8Array(await readFile(path)));
  const xml = files['word/document.xml'];
  expect(xml, 'word/document.xml in the package').toBeTruthy();
  const unescape = (s: string) =>
    s
      .replace(/&lt;/g, '<')
      .replace(/&gt;/g, '>')
      .replace(/&quot;/g, '"')
      .replace(/&apos;/g, "'")
      .replace(/&amp;/g, '&');
  const paragraphs = [...strFromU8(xml!).matchAll(/<w:p[ >][\s\S]*?<\/w:p>/g)].map((p) =>
    [...p[0].matchAll(/<w:t(?: [^>]*)?>([^<]*)<\/w:t>/g)].map((t) => unescape(t[1]!)).join(''),
  );
  return { files: Object.keys(files), paragraphs };
}

// Kept for specs written before editor-page.ts (the one implementation lives there); this
// module's editorText always spaced the blocks apart.
export { appErrors, openEditor, setStyle } from './editor-page';
/** The editor's text with blocks spaced apart (editor-page.ts editorText with spaceBlocks). */
export const editorText = (editor: Locator) => editorTextOf(editor, { spaceBlocks: true });
