import type { APIRequestContext, Locator, Page } from '@playwright/test';
import { expect } from './fixtures';

/** A negotiation's mediation style (PATCH /api/negotiations/<id>, the route the style card uses). */
export type Style = 'facilitative' | 'formulative' | 'power_based';

/**
 * A document page with its live editor: the one place that knows how to open it, read its text
 * (without the remote carets' name labels, which sit inside .ProseMirror) and select text in it.
 */
export class EditorPage {
  /** The editor's root (.ProseMirror). */
  readonly editor: Locator;

  constructor(readonly page: Page) {
    this.editor = page.locator('.ProseMirror').first();
  }

  /** Goes to the document and waits for the editor; with `saved` (default) until it holds the server's copy. */
  async open(url: string, { saved = true }: { saved?: boolean } = {}): Promise<this> {
    await this.page.goto(url);
    await expect(this.editor).toBeVisible({ timeout: 20_000 });
    if (saved) await expect(this.page.getByTestId('save-status')).toHaveText('Saved', { timeout: 20_000 });
    return this;
  }

  /** The editor's text; see editorText. */
  text(opts?: TextOptions): Promise<string> {
    return editorText(this.editor, opts);
  }
}

export interface TextOptions {
  /** Put a space after each block (paragraph, heading, list item), so blocks do not run together. */
  spaceBlocks?: boolean;
}

/** Opens a document page and returns its editor (see EditorPage.open). */
export async function openEditor(page: Page, url: string, opts?: { saved?: boolean }): Promise<Locator> {
  return (await new EditorPage(page).open(url, opts)).editor;
}

/** The editor's text without the remote carets' name labels, whitespace collapsed. */
export async function editorText(editor: Locator, { spaceBlocks = false }: TextOptions = {}): Promise<string> {
  return editor.evaluate((el, spaced) => {
    const copy = el.cloneNode(true) as HTMLElement;
    copy.querySelectorAll('.pactum-caret').forEach((c) => c.remove());
    if (spaced) copy.querySelectorAll('p, h1, h2, h3, li').forEach((block) => block.append(' '));
    return (copy.textContent ?? '').replace(/\s+/g, ' ').trim();
  }, spaceBlocks);
}

/** The texts of every element matching the locator, without remote carets' name labels. */
export async function textsWithoutCarets(locator: Locator): Promise<string[]> {
  return locator.evaluateAll((els) =>
    els.map((el) => {
      const copy = el.cloneNode(true) as HTMLElement;
      copy.querySelectorAll('.pactum-caret').forEach((c) => c.remove());
      return (copy.textContent ?? '').replace(/\s+/g, ' ').trim();
    }),
  );
}

/** Switches a negotiation's mediation style as its convener; fails the test unless it answers 200. */
export async function setStyle(convener: APIRequestContext, negotiationId: string, style: Style): Promise<void> {
  const res = await convener.patch(`/api/negotiations/${negotiationId}`, { data: { style } });
  expect(res.status(), `switching the style to ${style}: ${await res.text()}`).toBe(200);
}

/** Console errors that are the application's own (a refused fetch logs "Failed to load resource" by design). */
export const appErrors = (errors: string[]) => errors.filter((e) => !e.startsWith('Failed to load resource'));

/**
 * Presses a caret key (End, Control+End, ArrowRight…) in the focused editor and has the editor take
 * the new caret at once. The browser moves the caret natively and ProseMirror reads it on the
 * `selectionchange` event, which Chrome queues as a task: a key sent at machine speed right after
 * could still act at the old place (an Enter split a word at the click's position; a typed word
 * replaced the selection). ProseMirror handles that event synchronously, so sending it here makes
 * the editor read the caret before the next key.
 */
export async function moveCaret(page: Page, key: string): Promise<void> {
  await page.keyboard.press(key);
  await page.evaluate(() => document.dispatchEvent(new Event('selectionchange')));
}
