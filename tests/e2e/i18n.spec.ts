import type { Browser, Locator, Page } from '@playwright/test';
import { strFromU8, unzipSync } from 'fflate';
import { readFileSync } from 'node:fs';
import { axeFindings } from './axe';
import { ACCOUNTS, expect, signInOverHttp, test, watchConsole, type AccountKey } from './fixtures';
import { writeBlocks } from './craft-helpers';
import { moveCaret } from './editor-page';
import { appErrors, freshStoryDraft, openEditor, openTab, setStyle } from './story-helpers';

/**
 * Issue #25: the interface in Arabic and French, right-to-left drafting, search in Arabic.
 * Contexts carry the browser language (Accept-Language) the way a person's browser would; the
 * profile switch is tested on its own and put back, since accounts are shared across specs.
 */

type Tree = { [k: string]: string | Tree };
const catalogue = (lang: string) => JSON.parse(readFileSync(new URL(`../../messages/${lang}.json`, import.meta.url), 'utf8')) as Tree;
const en = catalogue('en');
const flatten = (tree: Tree): string[] => Object.values(tree).flatMap((v) => (typeof v === 'string' ? [v] : flatten(v)));
/** English catalogue strings as they appear on a page: each placeholder-free stretch of 4+ characters. */
const ENGLISH = [
  ...new Set(
    flatten(en)
      .flatMap((s) => s.split(/\{[^{}]*(?:\{[^{}]*\}[^{}]*)*\}|<\/?\w+>/))
      .map((s) => s.trim())
      .filter((s) => s.length >= 4),
  ),
];
/** Proper nouns and codes that are the same in every language. */
const ALLOW = new Set(['Pactum', 'PA-X', 'DOCX']);
/** Words a language shares with English (French "Style", "Invitation"): present in its own catalogue too. */
const SHARED = { ar: new Set(flatten(catalogue('ar'))), fr: new Set(flatten(catalogue('fr'))) } as const;

async function openIn(browser: Browser, who: AccountKey, locale: string): Promise<Page> {
  const context = await browser.newContext({ locale });
  await signInOverHttp(context.request, ACCOUNTS[who]);
  return context.newPage();
}

/**
 * Text a reader meets on the page that is not marked as English content (`lang="en"`): visible
 * text nodes, plus labels, placeholders and titles. English catalogue strings found there are
 * untranslated interface.
 */
async function untranslated(page: Page, lang: 'ar' | 'fr'): Promise<string[]> {
  const shown = await page.evaluate(() => {
    const out: string[] = [];
    const english = (el: Element | null) => el?.closest('[lang]')?.getAttribute('lang')?.startsWith('en') ?? false;
    const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
    for (let n = walker.nextNode(); n; n = walker.nextNode()) {
      const el = n.parentElement;
      // <bdi> holds a value spliced into a sentence (a title, a label, a name), and the editor holds
      // the draft's own words (never translated): content, not interface.
      if (!el || english(el) || el.closest('script, style, [hidden], bdi, .ProseMirror')) continue;
      const text = n.textContent?.trim();
      if (text) out.push(text);
    }
    for (const el of document.querySelectorAll('[aria-label], [placeholder], [title]')) {
      if (english(el)) continue;
      for (const a of ['aria-label', 'placeholder', 'title']) {
        const v = el.getAttribute(a)?.trim();
        if (v) out.push(v);
      }
    }
    out.push(document.title.replace(/ · Pactum$/, ''));
    return out;
  });
  // An interface string is a whole text node (or a long sentence with values spliced in); user content
  // that merely contains a word like "Negotiations" is not one.
  const isEnglish = (s: string) =>
    ENGLISH.some((e) => !ALLOW.has(e) && !SHARED[lang].has(e) && (s === e || (e.length >= 25 && s.includes(e))));
  return [...new Set(shown.filter(isEnglish))];
}

async function seriousViolations(page: Page): Promise<string[]> {
  const { violations, passed } = await axeFindings(page);
  expect(passed.has('html-has-lang') && passed.has('html-lang-valid'), 'axe checked the page language').toBe(true);
  return violations.filter((v) => v.impact === 'serious' || v.impact === 'critical').map((v) => v.line);
}

const PAGES = ['/negotiations', '/clauses', '/account'] as const;

// The tests need nothing from each other (each puts back what it changes: the profile's language,
// the negotiation's style), so they spread over both workers: run in order, the walks below kept
// one worker busy for several minutes while the other ran out of files.
test.describe.configure({ mode: 'parallel' });

test('the account page switches the interface to Arabic: <html lang="ar" dir="rtl">, mirrored', async ({ browser }) => {
  const page = await openIn(browser, 'expert', 'en-GB');
  try {
    await page.goto('/account');
    await expect(page.locator('html')).toHaveAttribute('lang', 'en');
    await page.getByLabel('Interface language').selectOption('ar');
    await page.getByRole('button', { name: 'Save language and time zone' }).click();
    await expect(page.locator('html')).toHaveAttribute('lang', 'ar');
    await expect(page.locator('html')).toHaveAttribute('dir', 'rtl');
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('حسابك');
    // Mirrored: the product name sits at the right edge of the top bar.
    const bar = await page.locator('header').boundingBox();
    const brand = await page.getByRole('link', { name: /Pactum/ }).boundingBox();
    expect(brand!.x + brand!.width).toBeGreaterThan(bar!.x + bar!.width * 0.75);
    await page.goto('/negotiations');
    await expect(page.locator('html')).toHaveAttribute('dir', 'rtl');
  } finally {
    const res = await page.context().request.put('/api/account/preferences', { data: { locale: null, timeZone: null } });
    expect(res.status()).toBe(204);
    await page.context().close();
  }
});

test('signed out, the browser language decides: Arabic and French sign-in pages', async ({ browser }) => {
  for (const [locale, lang, dir, title] of [
    ['ar-SD', 'ar', 'rtl', 'تسجيل الدخول إلى Pactum'],
    ['fr-CH', 'fr', 'ltr', 'Se connecter à Pactum'],
  ] as const) {
    const context = await browser.newContext({ locale });
    const page = await context.newPage();
    await page.goto('/signin');
    await expect(page.locator('html')).toHaveAttribute('lang', lang);
    await expect(page.locator('html')).toHaveAttribute('dir', dir);
    await expect(page.getByRole('heading', { level: 1 })).toHaveText(title);
    expect(await untranslated(page, lang), `untranslated strings on /signin (${lang})`).toEqual([]);
    expect(await seriousViolations(page), `/signin (${lang})`).toEqual([]);
    await context.close();
  }
});

for (const locale of ['ar', 'fr'] as const) {
  test(`${locale}: the main pages hold no English interface string and no serious axe violation`, async ({ browser }) => {
    test.setTimeout(240_000); // axe over the 141-clause library page is slow on a shared 2-core machine
    const page = await openIn(browser, 'mediator', locale);
    const errors = watchConsole(page);
    for (const path of PAGES) {
      await page.goto(path);
      await expect(page.locator('html')).toHaveAttribute('lang', locale);
      await page.waitForLoadState('networkidle').catch(() => {});
      for (const summary of await page.locator('summary').all()) if (await summary.isVisible()) await summary.click();
      expect(await untranslated(page, locale), `untranslated strings on ${path}`).toEqual([]);
      expect(await seriousViolations(page), path).toEqual([]);
    }
    expect(appErrors(errors)).toEqual([]);
    await page.context().close();
  });
}

type Walker = 'mediator' | 'govLead';
/** The demo's documents a walker opens beside the shared Chapter III: the mediation team's notes, a delegation's caucus. */
const SIDE_KIND: Record<Walker, string> = { mediator: 'mediator_private', govLead: 'caucus' };
const message = (lang: string, ns: string, key: string) => (catalogue(lang)[ns] as Tree)[key] as string;

/** Problems of the page as it stands: English interface strings, then serious axe violations. */
async function checkPage(page: Page, lang: 'ar' | 'fr', where: string, problems: string[]): Promise<void> {
  await page.waitForLoadState('networkidle').catch(() => {});
  const english = await untranslated(page, lang);
  if (english.length) problems.push(`${where}: untranslated ${JSON.stringify(english)}`);
  const axe = await seriousViolations(page);
  if (axe.length) problems.push(`${where}: axe ${axe.join('; ')}`);
}

/** Opens every closed disclosure (`<details>`) currently visible, so their forms are walked too. */
async function openDisclosures(page: Page): Promise<void> {
  for (const summary of await page.locator('details:not([open]) > summary').all()) if (await summary.isVisible()) await summary.click();
}

/**
 * A document page in the reader's language: the editor with its toolbars, then each tab of the
 * drafting tools in turn (the order and names are the page's own, so nothing here is English).
 */
async function walkWorkspace(page: Page, lang: 'ar' | 'fr', url: string, where: string, problems: string[]): Promise<number> {
  await page.goto(url);
  await expect(page.locator('.ProseMirror').first()).toBeVisible({ timeout: 20_000 });
  await expect(page.getByTestId('save-status')).toHaveText(message(lang, 'save', 'saved'), { timeout: 20_000 });
  // The delegate holding the pen also sees the alternative form (its label and placeholder).
  const propose = page.getByRole('group', { name: message(lang, 'drafting', 'group') }).locator('button[aria-expanded="false"]');
  if (await propose.count()) await propose.first().click();
  await checkPage(page, lang, `${where} › editor`, problems);
  const tabs = page.getByRole('tab');
  const count = await tabs.count();
  for (let i = 0; i < count; i++) {
    const tab = tabs.nth(i);
    await tab.click();
    await expect(tab).toHaveAttribute('aria-selected', 'true');
    const panel = page.locator('[role="tabpanel"]:not([hidden])');
    await expect(panel).toBeVisible();
    // Panels load their code and data on first open: wait until no loading line is left.
    for (const loading of [
      message(lang, 'common', 'loading'),
      message(lang, 'comments', 'loading'),
      message(lang, 'status', 'loading'),
      message(lang, 'versions', 'loading'),
    ]) {
      await expect(panel.getByText(loading, { exact: true })).toHaveCount(0, { timeout: 20_000 });
    }
    await openDisclosures(page);
    await checkPage(page, lang, `${where} › ${(await tab.textContent())?.trim()}`, problems);
  }
  return count;
}

for (const locale of ['ar', 'fr'] as const) {
  for (const who of ['mediator', 'govLead'] as const) {
    test(`${locale}, ${who}: the negotiation overview and the document workspace (every tab) hold no English interface string and no serious axe violation`, async ({
      browser,
    }) => {
      test.setTimeout(480_000); // about fifteen axe runs over the editor page on a shared 2-core machine
      const page = await openIn(browser, who, locale);
      const errors = watchConsole(page);
      const problems: string[] = [];
      const { negotiations } = (await (await page.context().request.get('/api/negotiations')).json()) as {
        negotiations: { id: string; title: string }[];
      };
      const talks = negotiations.find((n) => n.title.startsWith('Arandia Peace Talks'))!;
      const overview = (await (await page.context().request.get(`/api/negotiations/${talks.id}`)).json()) as {
        documents: { id: string; title: string; kind: string }[];
      };

      await page.goto(`/negotiations/${talks.id}`);
      await expect(page.locator('html')).toHaveAttribute('lang', locale);
      await openDisclosures(page);
      await checkPage(page, locale, 'overview', problems);

      const chapter = overview.documents.find((d) => d.title.startsWith('Chapter III'))!;
      const side = overview.documents.find((d) => d.kind === SIDE_KIND[who]);
      expect(side, `the demo's ${SIDE_KIND[who]} document`).toBeTruthy();
      for (const doc of [chapter, side!]) {
        const tabs = await walkWorkspace(page, locale, `/negotiations/${talks.id}/documents/${doc.id}`, doc.kind, problems);
        expect(tabs, `tabs beside ${doc.kind}`).toBeGreaterThanOrEqual(doc.kind === 'shared' ? 6 : 4);
      }
      if (who === 'mediator') {
        // Power-based mediation adds the commitments and ledger panels; the style is put back after.
        const res = await page.context().request.patch(`/api/negotiations/${talks.id}`, { data: { style: 'power_based' } });
        expect(res.status()).toBe(200);
        try {
          await walkWorkspace(page, locale, `/negotiations/${talks.id}/documents/${chapter.id}`, 'shared (power-based)', problems);
        } finally {
          expect((await page.context().request.patch(`/api/negotiations/${talks.id}`, { data: { style: 'facilitative' } })).status()).toBe(
            200,
          );
        }
      }
      expect(problems).toEqual([]);
      expect(appErrors(errors)).toEqual([]);
      await page.context().close();
    });
  }
}

test('a refusal with a value in it reaches a French reader in French, from the built (precompiled) catalogues', async ({ browser }) => {
  const page = await openIn(browser, 'mediator', 'fr-FR');
  try {
    const api = page.context().request;
    const { negotiations } = (await (await api.get('/api/negotiations')).json()) as { negotiations: { id: string; title: string }[] };
    const talks = negotiations.find((n) => n.title.startsWith('Arandia Peace Talks'))!;
    const overview = (await (await api.get(`/api/negotiations/${talks.id}`)).json()) as { documents: { id: string; title: string }[] };
    const chapter = overview.documents.find((d) => d.title.startsWith('Chapter III'))!;
    const board = (await (await api.get(`/api/documents/${chapter.id}/status`)).json()) as {
      clauses: { clauseKey: string; procedural: string }[];
    };
    const clause = board.clauses[0]!;
    const unchanged = { clauseKey: clause.clauseKey, action: 'set', status: clause.procedural };
    const res = await api.post(`/api/documents/${chapter.id}/status`, { data: unchanged, headers: { 'accept-language': 'fr' } });
    expect(res.status()).toBe(400);
    const status = (catalogue('fr').statuses as Tree)[clause.procedural];
    expect(((await res.json()) as { error: string }).error).toBe(`Cette clause a déjà le statut « ${status} ».`);
  } finally {
    await page.context().close();
  }
});

test('Arabic library search finds the Arabic ceasefire clause; an unmatched query says there are no results', async ({ browser }) => {
  const page = await openIn(browser, 'observer', 'ar');
  await page.goto('/clauses');
  const search = page.getByRole('searchbox', { name: 'البحث في مكتبة البنود' });
  await search.fill('وقف الأعمال العدائية');
  const results = page.getByRole('list', { name: 'البنود المطابقة' });
  await expect(results.getByRole('button').first()).toContainText('الالتزام العام بوقف الأعمال العدائية');
  await results.getByRole('button').first().click();
  const text = page.getByTestId('clause-text-block');
  await expect(text).toHaveAttribute('lang', 'ar');
  await expect(text).toHaveAttribute('dir', 'rtl');
  await expect(page.getByTestId('working-translation')).toBeVisible();
  await expect(text).toContainText('تلتزم {GOVERNMENT} و{MOVEMENT}');

  await search.fill('كلمةغيرموجودة');
  await expect(page.getByRole('status').filter({ hasText: 'لا توجد نتائج' })).toBeVisible();
  await expect(results.getByRole('button')).toHaveCount(0);
  await page.context().close();
});

test('Arabic typed in the editor runs right to left, a bracket encloses exactly the chosen word (DOM and pixels), and the DOCX marks it w:bidi', async ({
  browser,
}) => {
  test.setTimeout(120_000);
  const mediator = await openIn(browser, 'mediator', 'en-GB');
  const draft = await freshStoryDraft(mediator.context().request);
  await mediator.context().close();
  const page = await openIn(browser, 'govLead', 'en-GB');
  const editor = await openEditor(page, draft.url);
  const SENTENCE = 'تنسحب القوات خلال ثلاثين يومًا من التوقيع.';
  const WORD = 'ثلاثين';
  await editor.click();
  await page.keyboard.insertText(SENTENCE);
  const paragraph = editor.locator('p', { hasText: 'تنسحب' });
  await expect(paragraph).toHaveAttribute('dir', 'auto');
  expect(await paragraph.evaluate((p) => getComputedStyle(p).direction)).toBe('rtl');

  // Select the word as a person would: press on its first letter's right edge, drag to its last letter's left edge.
  const box = await paragraph.evaluate((p, word) => {
    const node = [...p.childNodes].find((n) => n.nodeType === Node.TEXT_NODE && n.textContent!.includes(word))!;
    const at = node.textContent!.indexOf(word);
    const rect = (i: number) => {
      const r = document.createRange();
      r.setStart(node, i);
      r.setEnd(node, i + 1);
      return r.getBoundingClientRect();
    };
    const first = rect(at);
    const last = rect(at + word.length - 1);
    return { x1: first.right - 1, y: first.top + first.height / 2, x2: last.left + 1 };
  }, WORD);
  await page.mouse.move(box.x1, box.y);
  await page.mouse.down();
  await page.mouse.move(box.x2, box.y, { steps: 8 });
  await page.mouse.up();
  await expect.poll(() => page.evaluate(() => window.getSelection()?.toString() ?? '')).toBe(WORD);
  await page.getByRole('group', { name: 'Negotiation drafting' }).getByRole('button', { name: 'Bracket', exact: true }).click();
  const bracket = editor.locator('.bracket');
  await expect(bracket).toHaveText(WORD);
  await expect(page.getByTestId('save-status')).toHaveText('Saved', { timeout: 15_000 });

  // Geometry: the bracketed span holds the word with room for a glyph on each side, and no neighbour.
  const geo = await bracket.evaluate((span) => {
    const range = document.createRange();
    range.selectNodeContents(span.firstChild!);
    const word = range.getBoundingClientRect();
    const outer = span.getBoundingClientRect();
    const p = span.closest('p')!;
    const neighbours = [...p.childNodes]
      .filter((n) => n !== span && n.nodeType === Node.TEXT_NODE)
      .map((n) => {
        const r = document.createRange();
        r.selectNodeContents(n);
        return [...r.getClientRects()].map((x) => ({ left: x.left, right: x.right }));
      })
      .flat();
    return {
      word: { left: word.left, right: word.right, top: word.top, bottom: word.bottom },
      outer: { left: outer.left, right: outer.right, top: outer.top, bottom: outer.bottom },
      neighbours,
    };
  });
  expect(geo.outer.left).toBeLessThan(geo.word.left - 2);
  expect(geo.outer.right).toBeGreaterThan(geo.word.right + 2);
  for (const n of geo.neighbours)
    expect(n.right <= geo.outer.left + 0.5 || n.left >= geo.outer.right - 0.5, 'a neighbouring word inside the bracket').toBe(true);

  // Pixels: a bracket glyph is drawn in the strip left of the word and in the strip right of it.
  const shot = await page.screenshot({
    clip: {
      x: geo.outer.left - 1,
      y: geo.outer.top,
      width: geo.outer.right - geo.outer.left + 2,
      height: geo.outer.bottom - geo.outer.top,
    },
  });
  const ink = await page.evaluate(
    async ({ png, clipWidth, leftStrip, rightStrip }) => {
      // A data: image (the page's CSP allows img-src data:, not fetching one).
      const bitmap = new Image();
      bitmap.src = `data:image/png;base64,${png}`;
      await bitmap.decode();
      const canvas = new OffscreenCanvas(bitmap.width, bitmap.height);
      const ctx = canvas.getContext('2d')!;
      ctx.drawImage(bitmap, 0, 0);
      const scale = bitmap.width / clipWidth;
      const dark = (x0: number, x1: number) => {
        const data = ctx.getImageData(Math.floor(x0 * scale), 0, Math.max(1, Math.ceil((x1 - x0) * scale)), bitmap.height).data;
        let count = 0;
        for (let i = 0; i < data.length; i += 4) if (data[i]! + data[i + 1]! + data[i + 2]! < 300) count++;
        return count;
      };
      return { left: dark(0, leftStrip), right: dark(rightStrip.start, rightStrip.start + rightStrip.width) };
    },
    {
      png: shot.toString('base64'),
      clipWidth: geo.outer.right - geo.outer.left + 2,
      leftStrip: geo.word.left - geo.outer.left + 1,
      rightStrip: { start: geo.word.right - geo.outer.left + 1, width: geo.outer.right - geo.word.right },
    },
  );
  expect(ink.left, 'bracket glyph left of the word').toBeGreaterThan(3);
  expect(ink.right, 'bracket glyph right of the word').toBeGreaterThan(3);

  const res = await page.context().request.get(`/api/documents/${draft.documentId}/export`);
  expect(res.status()).toBe(200);
  const xml = strFromU8(unzipSync(new Uint8Array(await res.body()))['word/document.xml']!);
  const arabic = [...xml.matchAll(/<w:p>[\s\S]*?<\/w:p>/g)].map((m) => m[0]).find((p) => p.includes('تنسحب'));
  expect(arabic, 'the Arabic paragraph in the DOCX').toBeTruthy();
  expect(arabic).toContain('<w:bidi/>');
  expect(arabic).toContain(`[${WORD}]`);
  await page.context().close();
});

test('two language versions: a change to provision 3 in English puts Arabic provision 3 out of step for every member, live; marking it aligned clears it; the package waits meanwhile', async ({
  browser,
}) => {
  test.setTimeout(240_000);
  const mediator = await openIn(browser, 'mediator', 'en-GB');
  const draft = await freshStoryDraft(mediator.context().request);
  // GOV holds the pen in the facilitative demo: it writes the English provisions.
  const gov = await openIn(browser, 'govLead', 'en-GB');
  const writer = await writeBlocks(gov.context().request, draft.documentId, [
    { uid: 'p1', text: '1. The Parties cease hostilities.' },
    { uid: 'p2', text: '2. Forces withdraw within 30 days.' },
    { uid: 'p3', text: '3. Heavy weapons are stored under joint verification.' },
  ]);
  await expect
    .poll(async () => (await (await mediator.context().request.get(`/api/documents/${draft.documentId}/status`)).json()).clauses?.length, {
      timeout: 15_000,
    })
    .toBe(3);
  writer.close();
  const created = await mediator
    .context()
    .request.post(`/api/documents/${draft.documentId}/languages`, { data: { language: 'ar', authentic: true } });
  expect(created.status()).toBe(201);
  const arabic = (await created.json()).document as { id: string };
  await mediator.context().close();
  const arabicUrl = `/negotiations/${draft.talksId}/documents/${arabic.id}`;

  // Two members watch the Arabic version's status board; a third edits the English text.
  const watchers = await Promise.all(
    (['apmLead', 'observer'] as const).map(async (who) => {
      // The observer reads the interface in Arabic: the save state and the tab go by their Arabic names.
      const lang = who === 'observer' ? 'ar' : 'en';
      const page = await openIn(browser, who, lang === 'ar' ? 'ar' : 'en-GB');
      await page.goto(arabicUrl);
      await expect(page.getByTestId('save-status')).toHaveText(message(lang, 'save', 'saved'), { timeout: 60_000 });
      const tools = page.getByRole('complementary', { name: message(lang, 'workspace', 'tools') });
      await tools.getByRole('tab', { name: message(lang, 'workspace', 'tabStatus'), exact: true }).click();
      const board = tools.getByRole('tabpanel', { name: message(lang, 'workspace', 'tabStatus'), exact: true });
      await expect(board.locator('[data-clause-key]')).toHaveCount(3);
      await expect(board.getByTestId('out-of-step')).toHaveCount(0);
      return { page, board };
    }),
  );
  const editor = await openEditor(gov, draft.url);
  await editor.getByText('joint verification', { exact: false }).click();
  await moveCaret(gov, 'Control+End'); // provision 3 ends the draft (see below)
  await gov.keyboard.type(' Inventories are published.');
  await expect(gov.getByTestId('save-status')).toHaveText('Saved', { timeout: 15_000 });

  for (const { board } of watchers) {
    await expect(board.locator('[data-clause-key="p3"]').getByTestId('out-of-step')).toBeVisible({ timeout: 20_000 });
    await expect(board.getByTestId('out-of-step')).toHaveCount(1);
    await expect(board.getByTestId('package-out-of-step')).toBeVisible();
  }
  const english = await (await gov.context().request.get(`/api/documents/${draft.documentId}/status`)).json();
  expect(english.package.provisional).toBe(true);
  expect(english.package.outOfStep).toEqual([expect.objectContaining({ documentId: arabic.id, clauseKey: 'p3' })]);

  // The translator (GOV holds the pen in the facilitative demo) marks it aligned: it clears everywhere.
  await gov.goto(arabicUrl);
  const govBoard = await openTab(gov, 'Status');
  await govBoard.locator('[data-clause-key="p3"]').getByRole('button', { name: 'Mark aligned' }).click();
  for (const { board } of [...watchers, { board: govBoard }])
    await expect(board.getByTestId('out-of-step')).toHaveCount(0, { timeout: 20_000 });

  // A fourth English provision the Arabic text lacks: the side-by-side view says it is missing
  // there, and the package waits for it.
  const english4 = await openEditor(gov, draft.url);
  await english4.getByText('Inventories are published', { exact: false }).click();
  // Provision 3 ends the draft (moveCaret: an Enter sent too soon once split "verification" in two).
  await moveCaret(gov, 'Control+End');
  await gov.keyboard.press('Enter');
  await gov.keyboard.type('Monitors report monthly.'); // no "4. ": that would start an ordered list, part of provision 3
  await expect(gov.getByTestId('save-status')).toHaveText('Saved', { timeout: 15_000 });
  const reader = watchers[1]!.page; // the observer, who reads the interface in Arabic
  // The languages page is not live: it is read again until the new provision is there (once, on
  // one worker sharing its app with the clause tests, the first read after "Saved" still had 3).
  const table = reader.getByTestId('language-table');
  await expect
    .poll(
      async () => {
        await reader.goto(`${arabicUrl}/languages`);
        return table.locator('tbody tr').count();
      },
      { timeout: 20_000 },
    )
    .toBe(4);
  await expect(table.getByTestId('out-of-step')).toHaveCount(0);
  const missing = table.getByTestId('provision-missing');
  await expect(missing).toHaveCount(1);
  await expect(missing).toContainText(message('ar', 'languages', 'missingIn').split('{language}')[0]!);
  await expect(table.locator('tbody tr').nth(3).locator('td').first()).toContainText('Monitors report monthly.');
  const problems: string[] = [];
  await checkPage(reader, 'ar', 'languages', problems);
  expect(problems).toEqual([]);
  const held = (await (await gov.context().request.get(`/api/documents/${draft.documentId}/status`)).json()).package;
  expect(held.provisional).toBe(true);
  const gaps = held.open.filter((o: { missingIn?: string[] }) => o.missingIn);
  expect(gaps).toEqual([expect.objectContaining({ label: 'Monitors report monthly.', missingIn: ['ar'] })]);
  for (const { page } of watchers) await page.context().close();
  await gov.context().close();
});

/** Inserts a library clause at the end of the draft through the clause panel (English interface). */
async function insertClause(page: Page, editor: Locator, query: string, title: RegExp, variant: 'standard' | 'fallback'): Promise<void> {
  await editor.click();
  await moveCaret(page, 'Control+End');
  await page.keyboard.press('Enter');
  const panel = page.getByRole('region', { name: 'Clause library' });
  const back = panel.getByRole('button', { name: 'Back to results' });
  if (await back.isVisible()) await back.click();
  await panel.getByLabel('Search the clause library').fill(query);
  await panel.getByRole('button', { name: title }).first().click();
  await panel
    .getByTestId('clause-preview')
    .getByRole('button', { name: `Insert ${variant}`, exact: true })
    .click();
  await expect(panel.getByRole('status').filter({ hasText: 'Inserted' })).toBeVisible();
}

test('ar and fr: what the checks find — in the completeness panel and at the clause in the draft — is said in the reader’s language', async ({
  browser,
}) => {
  test.setTimeout(300_000);
  const writer = await openIn(browser, 'mediator', 'en-GB');
  const draft = await freshStoryDraft(writer.context().request);
  await setStyle(writer.context().request, draft.talksId, 'formulative');
  try {
    const editor = await openEditor(writer, draft.url, { saved: false });
    // A fallback amnesty with no exclusions anywhere (blocking), and a ceasefire clause nobody monitors.
    await insertClause(writer, editor, 'amnesty cut-off', /Scope of the amnesty/, 'fallback');
    await insertClause(writer, editor, 'air maritime ceasefire', /Air and maritime activity/, 'fallback');
    await expect(writer.getByTestId('save-status')).toHaveText('Saved', { timeout: 20_000 });
    await expect(editor.locator('.clause-issue.is-blocking')).toContainText('This amnesty has no exclusions clause in this draft');
    // Two named versions a paragraph apart, for the compare view.
    const request = writer.context().request;
    const version = async (name: string) => {
      const res = await request.post(`/api/documents/${draft.documentId}/versions`, { data: { name } });
      expect(res.status()).toBe(201);
      return ((await res.json()) as { version: { id: string } }).version.id;
    };
    const first = await version('Before the meetings');
    const extra = await writeBlocks(request, draft.documentId, [{ uid: 'i18n-extra', text: 'The Parties shall meet every week.' }]);
    await extra.saved();
    extra.close();
    const second = await version('After the meetings');
    await writer.context().close();

    for (const lang of ['ar', 'fr'] as const) {
      const page = await openIn(browser, 'mediator', lang);
      const errors = watchConsole(page);
      const problems: string[] = [];
      await page.goto(draft.url);
      const view = page.locator('.ProseMirror').first();
      await expect(view).toBeVisible({ timeout: 20_000 });
      const f = catalogue(lang).findings as Tree;
      const blocking = ((f.doc as Tree).amnestyNone as string).replace('{clause}', 'tj-amnesty-exclusions');
      // At the clause, in the draft: the blocking finding and the folded rest, in the reader's words.
      await expect(view.locator('.clause-issue.is-blocking')).toContainText(blocking, { timeout: 20_000 });
      await expect(view.locator('.clause-issues').first()).toHaveAttribute('aria-label', (f.inDraft as Tree).label as string);
      for (const summary of await view.locator('.clause-issues-more > summary').all()) await summary.click();
      // The completeness panel beside it (the clause tools are the mediator's first tab).
      await page.getByRole('tab', { name: message(lang, 'workspace', 'tabClauses') }).click();
      const findings = page.getByTestId('completeness-finding');
      await expect(findings.filter({ hasText: blocking })).toHaveCount(1, { timeout: 20_000 });
      expect(await findings.count()).toBeGreaterThan(8);
      await expect(
        findings.filter({ hasText: ((f.doc as Tree).ceasefireUnmonitored as string).replace('{clause}', 'cf-monitoring-mechanism') }),
      ).toHaveCount(1);
      await openDisclosures(page);
      await checkPage(page, lang, `${lang} › draft with findings`, problems);

      // The compare view of the two versions: its sides, block names and changes.
      await page.getByRole('tab', { name: message(lang, 'workspace', 'tabVersions') }).click();
      const panel = page.locator('[role="tabpanel"]:not([hidden])');
      const compare = panel.locator('form').filter({ has: page.locator('select') });
      await compare.locator('select').nth(0).selectOption(first);
      await compare.locator('select').nth(1).selectOption(second);
      await compare.locator('button[type="submit"]').click();
      const r = catalogue(lang).redlineText as Tree;
      await expect(panel.getByTestId('compare-sides')).toHaveText(
        `${(r.version as string).replace('{n}', '1').replace('{name}', 'Before the meetings')} → ${(r.version as string).replace('{n}', '2').replace('{name}', 'After the meetings')}`,
      );
      // The added paragraph is named by a made-up label ("Paragraph n"), in the reader's words.
      const paragraphWord = ((catalogue(lang).blockLabels as Tree).paragraph as string).replace('{n}', '').trim();
      await expect(panel.locator('li p').filter({ hasText: new RegExp(`^${paragraphWord} \\d+ · `) })).toHaveCount(1);
      await checkPage(page, lang, `${lang} › compare`, problems);

      // The print view: its header line and package line in the reader's language, the text as written.
      await page.goto(`${draft.url}/print`);
      await expect(page.getByTestId('print-package')).toContainText(
        ((catalogue(lang).packageState as Tree).provisional as string).split(' — ')[0]!,
      );
      await expect(page.locator('article header p').first()).toContainText(
        ((catalogue(lang).exportText as Tree).currentAfter as string).replace('{n}', '2'),
      );
      await checkPage(page, lang, `${lang} › print`, problems);
      expect(problems).toEqual([]);
      expect(appErrors(errors)).toEqual([]);
      await page.context().close();
    }
  } finally {
    const convener = await openIn(browser, 'mediator', 'en-GB');
    await setStyle(convener.context().request, draft.talksId, 'facilitative');
    await convener.context().close();
  }
});
