import type { APIRequestContext, Locator, Page } from '@playwright/test';
import { expect } from './fixtures';
import { DEMO_TITLE } from './foundation-helpers';

/** The demo negotiation's id, as the signed-in member sees it. */
export async function talksId(request: APIRequestContext): Promise<string> {
  const { negotiations } = (await (await request.get('/api/negotiations')).json()) as { negotiations: { id: string; title: string }[] };
  const talks = negotiations.find((n) => n.title === DEMO_TITLE);
  expect(talks, 'demo negotiation').toBeTruthy();
  return talks!.id;
}

/** The documents of the demo negotiation this member may open (title → id). */
export async function visibleDocuments(request: APIRequestContext, negotiationId: string): Promise<Map<string, string>> {
  const res = await request.get(`/api/negotiations/${negotiationId}`);
  expect(res.status()).toBe(200);
  const { documents } = (await res.json()) as { documents: { id: string; title: string }[] };
  return new Map(documents.map((d) => [d.title, d.id]));
}

/** A fresh shared draft added by the convener, so typed text never meets other specs' text. */
export async function freshDraft(
  mediator: APIRequestContext,
  negotiationId: string,
  label: string,
): Promise<{ id: string; title: string; url: string }> {
  const title = `${label} ${Date.now().toString(36)}`;
  const res = await mediator.post(`/api/negotiations/${negotiationId}/documents`, { data: { title, kind: 'shared' } });
  expect(res.status()).toBe(201);
  const { document } = (await res.json()) as { document: { id: string } };
  return { id: document.id, title, url: `/negotiations/${negotiationId}/documents/${document.id}` };
}

/** Opens one of the tabs beside the editor ("Comments", "Review", "Process", ...). */
export async function openTab(page: Page, name: string): Promise<Locator> {
  const tab = page.getByRole('tablist', { name: 'Drafting tools' }).getByRole('tab', { name, exact: true });
  await tab.click();
  await expect(tab).toHaveAttribute('aria-selected', 'true');
  return page.getByRole('tabpanel', { name });
}

// Kept for specs written before editor-page.ts (the one implementation lives there).
export { appErrors, editorText, openEditor, setStyle, textsWithoutCarets, type Style } from './editor-page';
