import { expect, test } from '@playwright/test';
import { demo, gradientPng, hydrated, signIn } from './fixtures';

/** A small but real PDF and PNG, as a student's phone or laptop would send them. */
const pdf = Buffer.from('%PDF-1.7\n1 0 obj << /Type /Catalog >> endobj\ntrailer << /Root 1 0 R >>\n%%EOF\n');
const png = gradientPng();

const routineTests = 'Voert routinetesten van technische aard uit op een besturingssysteem';
const diagnoses = 'Stelt diagnoses van besturingssystemen problemen';

test('a student uploads evidence, links it to two skills, submits them and sees the progress change', async ({ page }) => {
  await signIn(page, demo.portfolioStudent.email);
  const module020 = page.getByTestId('student-home').locator('tr[data-unit="M IT 020"]');
  await expect(module020).toContainText('Niet gestart');
  await expect(module020.getByTestId('evidence-count')).toHaveText('0');

  await page.getByRole('link', { name: 'Mijn bewijsstukken' }).click();
  await expect(page).toHaveURL(/\/bewijsstukken$/);
  await hydrated(page);
  await page.getByLabel('Titel').fill('Stage: besturingssystemen');
  await page.getByLabel('Datum').fill('2026-11-20');
  await page.getByLabel('Kies bestanden').setInputFiles([
    { name: 'stageverslag.pdf', mimeType: 'application/pdf', buffer: pdf },
    { name: 'scherm.png', mimeType: 'image/png', buffer: png },
  ]);
  await expect(page.locator('.chosen-files li')).toHaveCount(2);

  const search = page.getByLabel('Zoek een vaardigheid');
  await search.fill('routinetesten');
  await page.getByLabel(routineTests).check();
  await search.fill('diagnoses');
  await page.getByLabel(diagnoses).check();
  await expect(page.locator('.skill-picker legend')).toContainText('(2 gekozen)');

  await page.getByRole('button', { name: 'Toevoegen' }).click();
  await expect(page.getByRole('status')).toHaveText('2 bewijsstukken toegevoegd.');
  const added = page.locator('.evidence-list li');
  await expect(added).toHaveCount(2);
  await expect(added.first()).toContainText('bewijst 2 vaardigheden');
  await expect(page.locator('.evidence-list img')).toHaveCount(1);

  await page.getByRole('link', { name: 'Mijn opleiding' }).click();
  await expect(module020).toContainText('Bezig');
  await expect(module020.getByTestId('evidence-count')).toHaveText('2');

  await module020.getByRole('link', { name: 'M IT 020' }).click();
  await hydrated(page);
  const competency7 = page.locator('[data-competency="7"]');
  const routineRow = competency7.locator('li.skill-row').filter({ hasText: routineTests });
  await expect(routineRow).toContainText('Bezig');
  await expect(routineRow.getByRole('link', { name: 'Stage: besturingssystemen – stageverslag.pdf' })).toBeVisible();
  await competency7.getByRole('button', { name: 'Alles indienen' }).click();
  await expect(routineRow).toContainText('Ingediend');
  await expect(competency7.locator('li.skill-row').filter({ hasText: diagnoses })).toContainText('Ingediend');

  await page.getByRole('link', { name: 'Mijn opleiding' }).click();
  await expect(module020).toContainText('Ingediend');
  await expect(module020).toContainText('2 ingediend');
});

test('a refused file is named and nothing else is lost', async ({ page }) => {
  await signIn(page, demo.portfolioStudent.email);
  await page.goto('/bewijsstukken');
  await hydrated(page);
  await page.getByLabel('Titel').fill('Programma');
  await page.getByLabel('Datum').fill('2026-11-21');
  await page.getByLabel('Kies bestanden').setInputFiles([
    { name: 'setup.pdf', mimeType: 'application/pdf', buffer: Buffer.from('MZ\x90\x00\x03\x00\x00\x00binary') },
  ]);
  await page.getByRole('button', { name: 'Toevoegen' }).click();
  await expect(page.getByRole('alert')).toContainText("'setup.pdf' is geen toegelaten soort bestand");
  await expect(page.getByLabel('Titel')).toHaveValue('Programma');
});

test('an upload cut off by a lost connection says so, keeps everything and can be sent again', async ({ page }) => {
  await signIn(page, demo.noScriptStudent.email);
  await page.goto('/bewijsstukken');
  await hydrated(page);
  await page.getByLabel('Titel').fill('Foto van de labo-opstelling');
  await page.getByLabel('Datum').fill('2026-11-22');
  await page.getByLabel('Kies bestanden').setInputFiles([{ name: 'labo.png', mimeType: 'image/png', buffer: png }]);
  // The connection drops while the file is on its way.
  await page.route('**/api/v1/evidence', (route) => route.abort('internetdisconnected'));
  await page.getByRole('button', { name: 'Toevoegen' }).click();
  await expect(page.getByRole('alert')).toHaveText(
    'De server kon niet bereikt worden. Controleer je verbinding en probeer opnieuw.',
  );
  await expect(page.getByLabel('Titel')).toHaveValue('Foto van de labo-opstelling');
  await expect(page.locator('.chosen-files li')).toHaveCount(1);

  await page.unroute('**/api/v1/evidence');
  await page.getByRole('button', { name: 'Toevoegen' }).click();
  await expect(page.getByRole('status')).toHaveText('1 bewijsstuk toegevoegd.');
});
