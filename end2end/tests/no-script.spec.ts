import { Browser, expect, Page, test } from '@playwright/test';
import { DEMO_PASSWORD } from '../demo';
import { demo } from './fixtures';

// Without JavaScript: the forms that work as plain HTML posts, redirected back (or on) by the
// server, with the outcome on the page.

/** A browser with JavaScript off, signed in through the form. */
async function withoutScript(browser: Browser, email: string): Promise<Page> {
  const context = await browser.newContext({ javaScriptEnabled: false });
  const page = await context.newPage();
  await page.goto('/aanmelden');
  await page.getByLabel('E-mailadres').fill(email);
  await page.getByLabel('Wachtwoord').fill(DEMO_PASSWORD);
  await page.getByRole('button', { name: 'Aanmelden' }).click();
  await expect(page).toHaveURL(/\/$/);
  return page;
}

test('without JavaScript a coordinator creates a cohort and lands on its page', async ({ browser }) => {
  const page = await withoutScript(browser, demo.coordinator.email);
  await page.goto('/groepen/nieuw');
  await page.getByLabel('Naam').fill('Zonder script – avond');
  await page.getByLabel('Opleiding').selectOption('BO-IT-002');
  await page.getByLabel('Schooljaar (bv. 2026-2027)').fill('2027-2028');
  await page.getByLabel('Startdatum').fill('2027-09-06');
  await page.getByLabel('Einddatum').fill('2028-06-23');
  await page.getByRole('button', { name: 'Groep aanmaken' }).click();
  await expect(page).toHaveURL(/\/groepen\/\d+$/);
  await expect(page.getByTestId('readiness')).toBeVisible();
  // Archived again, so the journeys after this one see the demo's two cohorts.
  const id = page.url().split('/').pop();
  expect((await page.request.post(`/api/v1/cohorts/${id}/archive`)).status()).toBe(204);
  await page.context().close();
});

test('without JavaScript a student submits a skill, withdraws it and edits the evidence', async ({ browser }) => {
  const emre = { email: 'emre.yldz@demo.vaardig.be', name: 'Emre Yıldız' };
  const page = await withoutScript(browser, emre.email);
  const me: { id: number } = await (await page.request.get('/api/v1/me')).json();
  const progress: { units: { code: string; competencies: { skills: { id: string }[] }[] }[] } = await (
    await page.request.get(`/api/v1/students/${me.id}/progress?framework=BO-IT-002`)
  ).json();
  const skill = progress.units.find((unit) => unit.code === 'M IT 023')!.competencies[0].skills[0].id;
  const meta = JSON.stringify({ kind: 'reflection', title: 'Zonder script', date: '2026-11-18', skill_ids: [skill], text: 'Gedaan.' });
  const upload = await page.request.post('/api/v1/evidence', { multipart: { meta } });
  expect(upload.status()).toBe(201);
  const evidenceId: number = (await upload.json()).items[0].id;

  await page.goto('/opleiding/BO-IT-002/M-IT-023');
  const row = page.locator(`li.skill-row[data-skill-id="${skill}"]`);
  await row.getByRole('button', { name: 'Indienen' }).click();
  await expect(page).toHaveURL(/\/opleiding\/BO-IT-002\/M-IT-023\??$/);
  await expect(row.locator('.badge')).toHaveText('Ingediend');
  await row.getByRole('button', { name: 'Intrekken' }).click();
  await expect(row.locator('.badge')).toHaveText('Bezig');

  // The item's details change through the plain form too.
  await page.goto(`/bewijsstukken/${evidenceId}`);
  await page.getByLabel('Titel').fill('Zonder script, herzien');
  await page.getByRole('button', { name: 'Bewaren', exact: true }).click();
  await expect(page.getByLabel('Titel')).toHaveValue('Zonder script, herzien');
  await expect(page.getByRole('heading', { level: 1 })).toContainText('Zonder script, herzien');
  await page.context().close();
});
