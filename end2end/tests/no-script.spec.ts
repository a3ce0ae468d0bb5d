import { Browser, expect, Page, test } from '@playwright/test';
import { DEMO_PASSWORD } from '../demo';
import { demo, gradientPng } from './fixtures';

// Without JavaScript: the forms that work as plain HTML posts, redirected back (or on) by the
// server, with the outcome on the page.

const emre = demo.noScriptStudent;

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

test('without JavaScript a student adds a photo with its skills, changes the links and deletes it', async ({ browser }) => {
  const page = await withoutScript(browser, emre.email);
  await page.goto('/bewijsstukken');
  await page.getByLabel('Titel').fill('Foto zonder script');
  await page.getByLabel('Datum').fill('2026-11-19');
  const unit = page.locator('details.unit-choices', { hasText: 'M IT 023' });
  await unit.locator('summary').click();
  const skills = unit.locator('input[type=checkbox]');
  await skills.nth(0).check();
  await skills.nth(1).check();
  await page.getByLabel('Kies bestanden').setInputFiles([{ name: 'labo.png', mimeType: 'image/png', buffer: gradientPng() }]);
  await page.getByRole('button', { name: 'Toevoegen' }).click();
  await expect(page).toHaveURL(/\/bewijsstukken$/);
  const card = page.locator('.evidence-list li', { hasText: 'Foto zonder script' });
  await expect(card).toContainText('bewijst 2 vaardigheden');
  await expect(card.locator('img')).toHaveCount(1);

  // A reflection without its text comes back with the reason (the field shows only once chosen).
  await expect(page.getByRole('textbox', { name: 'Reflectie' })).toBeHidden();
  await page.getByRole('radio', { name: 'Reflectie' }).check();
  await expect(page.getByRole('textbox', { name: 'Reflectie' })).toBeVisible();
  await page.getByLabel('Titel').fill('Lege reflectie');
  await page.getByLabel('Datum').fill('2026-11-19');
  await page.getByRole('button', { name: 'Toevoegen' }).click();
  await expect(page.getByRole('alert')).toContainText('Schrijf je reflectie uit');
  await expect(page.locator('.evidence-list li', { hasText: 'Lege reflectie' })).toHaveCount(0);

  // The item's page shows its two skills ticked; one is taken off.
  await card.getByRole('link', { name: 'Foto zonder script' }).click();
  const linked = page.locator('details.unit-choices', { hasText: 'M IT 023' });
  await linked.locator('summary').click();
  await expect(linked.locator('input[type=checkbox]:checked')).toHaveCount(2);
  await linked.locator('input[type=checkbox]').nth(1).uncheck();
  await page.getByRole('button', { name: 'Koppelingen bewaren' }).click();
  await page.locator('details.unit-choices', { hasText: 'M IT 023' }).locator('summary').click();
  await expect(page.locator('details.unit-choices', { hasText: 'M IT 023' }).locator('input[type=checkbox]:checked')).toHaveCount(1);

  // Deleting asks first (a fold to open), then goes back to the list.
  await page.getByText('Verwijderen', { exact: true }).click();
  await page.getByRole('button', { name: 'Ja, verwijderen' }).click();
  await expect(page).toHaveURL(/\/bewijsstukken$/);
  await expect(page.locator('.evidence-list li', { hasText: 'Foto zonder script' })).toHaveCount(0);
  await page.context().close();
});
