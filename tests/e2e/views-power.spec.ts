import { writeBlocks } from './craft-helpers';
import { expect, openAs, test, watchConsole } from './fixtures';
import { appErrors, openEditor, setStyle } from './editor-page';
import { freshDraft, openTab, talksId } from './views-helpers';

test('power-based mediator attaches a deadline and an incentive to a clause; the delegation sees them with a countdown and cannot attach one', async ({
  browser,
}) => {
  test.setTimeout(150_000);
  const mediator = await openAs(browser, 'mediator');
  const gov = await openAs(browser, 'govLead');
  const errors = [mediator.page, gov.page].map(watchConsole);
  const negotiationId = await talksId(mediator.context.request);
  const draft = await freshDraft(mediator.context.request, negotiationId, 'Annex H – Cantonment timetable');
  // Two saved clauses to attach to (written while the parties still hold the pen).
  const seed = await writeBlocks(gov.context.request, draft.id, [
    { uid: 'pw-sites', text: 'Forces withdraw to the agreed cantonment sites.' },
    { uid: 'pw-weapons', text: 'Heavy weapons are stored under joint verification.' },
  ]);
  await expect
    .poll(async () => ((await (await gov.context.request.get(`/api/documents/${draft.id}/attachments`)).json()).clauses ?? []).length, {
      timeout: 15_000,
    })
    .toBe(2);
  seed.close();
  await setStyle(mediator.context.request, negotiationId, 'power_based');
  try {
    await openEditor(mediator.page, draft.url);
    await openEditor(gov.page, draft.url);
    const govPanel = await openTab(gov.page, 'Process');
    const govCommitments = govPanel.getByRole('region', { name: 'Commitments' });
    await expect(govCommitments).toContainText('No commitments on this draft.');
    // The delegation has no control to attach anything…
    await expect(govCommitments.getByRole('heading', { name: 'Attach a commitment' })).toHaveCount(0);
    await expect(govCommitments.getByRole('button', { name: 'Attach' })).toHaveCount(0);
    await expect(govPanel.getByRole('region', { name: 'Your role here: Lead negotiator' })).toContainText(
      'Set deadlines, incentives, guarantees and conditions on clauses',
    );

    // The mediator attaches a deadline binding GOV, due in three days, to the first clause.
    const panel = await openTab(mediator.page, 'Process');
    const commitments = panel.getByRole('region', { name: 'Commitments' });
    const form = commitments.getByRole('form', { name: 'Attach a commitment' });
    await form.getByLabel('Kind').selectOption({ label: 'Deadline' });
    await form.getByLabel('Clause').selectOption('pw-sites');
    await form.getByLabel('Concerns').selectOption({ label: 'Government of Arandia (GOV)' });
    const due = await mediator.page.evaluate(() => {
      const d = new Date(Date.now() + 3 * 24 * 3_600_000);
      const pad = (n: number) => String(n).padStart(2, '0');
      return `${d.getFullYear()}-${pad(d.getMonth() + 1)}-${pad(d.getDate())}T${pad(d.getHours())}:${pad(d.getMinutes())}`;
    });
    await form.getByLabel('Due (your local time)').fill(due);
    await form.getByLabel('What is promised or required').fill('Submit the list of cantonment sites to the joint commission.');
    await form.getByRole('button', { name: 'Attach' }).click();
    await expect(form.getByRole('status')).toHaveText('Deadline attached.');
    // …and an incentive for APM on the same clause.
    await form.getByLabel('Kind').selectOption({ label: 'Incentive' });
    await form.getByLabel('Clause').selectOption('pw-sites');
    await form.getByLabel('Concerns').selectOption({ label: 'Arandian People’s Movement (APM)' });
    await form.getByLabel('What is promised or required').fill('Reintegration support for every assembled combatant.');
    await form.getByRole('button', { name: 'Attach' }).click();
    await expect(form.getByRole('status')).toHaveText('Incentive attached.');

    // The delegation's open page shows both beside the clause, the deadline counting down, without a reload.
    const clauseGroup = govCommitments.locator('div', { has: gov.page.getByRole('heading', { name: 'Paragraph 1', exact: true }) }).last();
    const deadline = clauseGroup.getByRole('listitem').filter({ hasText: 'Submit the list of cantonment sites' });
    await expect(deadline).toContainText('Deadline · binds GOV', { timeout: 15_000 });
    await expect(deadline).toContainText(/Due \d{1,2} \w{3} \d{4}, \d{2}:\d{2} UTC — (2 days 23 h|3 days 0 h) left/);
    await expect(deadline).toContainText('Added by Helena Marsh');
    const incentive = clauseGroup.getByRole('listitem').filter({ hasText: 'Reintegration support' });
    await expect(incentive).toContainText('Incentive · for APM');
    await expect(govCommitments.getByRole('button', { name: /^Withdraw/ })).toHaveCount(0);
    await expect(govPanel.getByRole('region', { name: 'Ledger' })).toContainText('Deadline: Submit the list of cantonment sites');

    // Nor can the delegation attach one over HTTP.
    const url = `/api/documents/${draft.id}/attachments`;
    const attempt = {
      clauseKey: 'pw-weapons',
      kind: 'deadline',
      text: 'Hand over the depot keys.',
      partyId: null,
      dueAt: new Date(Date.now() + 86_400_000).toISOString(),
    };
    const refused = await gov.context.request.post(url, { data: attempt });
    expect(refused.status()).toBe(403);
    expect(await refused.json()).toEqual({ error: expect.any(String) });
    const incentiveAttempt = await gov.context.request.post(url, { data: { ...attempt, kind: 'incentive', dueAt: null } });
    expect(incentiveAttempt.status()).toBe(403);
    const listed = (await (await gov.context.request.get(url)).json()) as {
      attachments: { kind: string; clauseKey: string }[];
      canAdd: string[];
    };
    expect(listed.canAdd).toEqual([]);
    expect(listed.attachments.map((a) => `${a.kind}@${a.clauseKey}`).sort()).toEqual(['deadline@pw-sites', 'incentive@pw-sites']);
    for (const e of errors) expect(appErrors(e)).toEqual([]);
  } finally {
    await setStyle(mediator.context.request, negotiationId, 'facilitative');
    await Promise.all([mediator.context.close(), gov.context.close()]);
  }
});
