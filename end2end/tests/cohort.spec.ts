import { expect, test } from '@playwright/test';
import * as fs from 'fs';
import { demo, hydrated, signIn } from './fixtures';
import { mailTo, passwordLink } from './mail';

test('the coordinator opens a cohort, searches the readiness matrix and downloads it as CSV', async ({ page }) => {
  await signIn(page, demo.coordinator.email);
  await page.getByRole('link', { name: 'Digitale Gebruikersondersteuner – avond' }).click();
  await expect(page).toHaveURL(/\/groepen\/\d+$/);
  await hydrated(page);
  const matrix = page.getByTestId('readiness');
  await expect(matrix.locator('thead th')).toHaveCount(1 + 11 + 2);
  await expect(matrix.locator('tbody tr:visible')).toHaveCount(10);
  await expect(matrix.locator('tfoot')).toContainText('behaald');

  await page.getByLabel('Zoek een cursist').fill('jonas');
  await expect(matrix.locator('tbody tr:visible')).toHaveCount(1);
  const row = matrix.locator('tbody tr:visible').first();
  await expect(row.locator('th')).toHaveText('Jonas Peeters');
  await expect(row.locator('td.cell').first()).toContainText(/\d+\/6/);
  await page.getByLabel('Zoek een cursist').fill('');
  await page.getByLabel('Toon').selectOption('certificate');
  await expect(matrix.locator('tbody tr:visible')).toHaveCount(0);
  await page.getByLabel('Toon').selectOption('all');
  await expect(matrix.locator('tbody tr:visible')).toHaveCount(10);

  // Loaded afresh, the rows are the server's (hydration leaves them alone): the search and the
  // sort work on them as well.
  await page.reload();
  await hydrated(page);
  await page.getByLabel('Zoek een cursist').fill('jonas');
  await expect(matrix.locator('tbody tr:visible th')).toHaveText(['Jonas Peeters']);
  await page.getByLabel('Zoek een cursist').fill('');
  const byName = await matrix.locator('tbody tr th').allTextContents();
  await page.getByLabel('Sorteer op').selectOption('progress');
  const achieved = async () =>
    (await matrix.locator('tbody tr td.number').allTextContents()).map((text) => Number(text.split('/')[0]));
  await expect.poll(async () => { const now = await achieved(); return now.join() === [...now].sort((a, b) => b - a).join(); }).toBe(true);
  await page.getByLabel('Sorteer op').selectOption('name');
  await expect(matrix.locator('tbody tr th')).toHaveText(byName);

  const download = page.waitForEvent('download');
  await page.getByRole('link', { name: 'Download CSV' }).click();
  const file = await (await download).path();
  const csv = fs.readFileSync(file, 'utf8');
  expect(csv.charCodeAt(0)).toBe(0xfeff);
  expect(csv).toContain('Cursist;M IT 020;');
  expect(csv).toContain('Jonas Peeters;');
  expect(csv.trim().split('\r\n')).toHaveLength(1 + 10);

  const pdfDownload = page.waitForEvent('download');
  await page.getByRole('link', { name: 'Download PDF' }).click();
  const pdf = fs.readFileSync(await (await pdfDownload).path());
  expect(pdf.subarray(0, 5).toString('latin1')).toBe('%PDF-');
  // The text is set in an embedded Unicode font (its names are checked by the Rust tests).
  expect(pdf.toString('latin1')).toContain('/FontFile2');

  await page.getByRole('link', { name: 'Rapport afdrukken' }).click();
  await hydrated(page);
  await expect(page.getByRole('heading', { name: 'Rapport klaar voor certificaat' })).toBeVisible();
  await expect(page.locator('.report-header')).toContainText('Digitale Gebruikersondersteuner – avond');
  await expect(page.getByTestId('report-summary').locator('tbody tr')).toHaveCount(10);
  await page.getByRole('link', { name: 'Met details per cursist' }).click();
  await expect(page.locator('section.student-report')).toHaveCount(10);
  await expect(page.locator('section.student-report').first()).toContainText('Nog te bewijzen');
  await page.getByTestId('report-summary').getByRole('link', { name: 'Jonas Peeters' }).click();
  await expect(page.locator('section.student-report')).toHaveCount(1);
  await expect(page.locator('section.student-report h2')).toHaveText('Jonas Peeters');
});

test('the coordinator imports a student list: preview first, then the accounts', async ({ page }) => {
  await signIn(page, demo.coordinator.email);
  await page.getByRole('link', { name: 'Functioneel Digitaal Ondersteuner – dag' }).click();
  await hydrated(page);
  const matrix = page.getByTestId('readiness');
  await expect(matrix.locator('tbody tr:visible')).toHaveCount(4);
  const csv =
    '\ufeffStudentnummer;Voornaam;Achternaam;E-mail\r\n' +
    '2026101;Noor;Vandamme;noor.vandamme@example.be\r\n' +
    '2026102;Senne;Wuyts;senne.wuyts@example.be\r\n';
  const chooser = page.getByTestId('enrolment-import').getByLabel('CSV-bestand');
  await chooser.setInputFiles({ name: 'cursisten.csv', mimeType: 'text/csv', buffer: Buffer.from(csv, 'utf8') });
  await expect(page.getByTestId('import-summary')).toHaveText('Voorbeeld: 2 cursisten. Er is nog niets ingeschreven.');
  await expect(matrix.locator('tbody tr:visible')).toHaveCount(4);
  await page.getByRole('button', { name: 'Inschrijving bevestigen' }).click();
  await expect(page.getByTestId('import-summary')).toContainText('2 cursisten verwerkt');
  await expect(page.getByTestId('enrolment-import').locator('tbody tr').first()).toContainText('Nieuw account');
  await expect(matrix.locator('tbody tr:visible')).toHaveCount(6);
  await expect(matrix).toContainText('Noor Vandamme');

  // No password is shown: both get an invitation by e-mail; one chooses a password and signs in.
  for (const email of ['noor.vandamme@example.be', 'senne.wuyts@example.be']) {
    expect((await mailTo(email)).subject).toBe('Je account voor Vaardig bij Centrum voor volwassenenonderwijs');
  }
  const noor = await page.context().browser()!.newContext({ baseURL: new URL(page.url()).origin });
  const noorPage = await noor.newPage();
  await noorPage.goto(passwordLink(await mailTo('noor.vandamme@example.be')));
  await hydrated(noorPage);
  await noorPage.getByLabel('Nieuw wachtwoord', { exact: true }).fill('lente-vogel-brood-zeven');
  await noorPage.getByLabel('Herhaal het nieuwe wachtwoord').fill('lente-vogel-brood-zeven');
  await noorPage.getByRole('button', { name: 'Wachtwoord instellen' }).click();
  await expect(noorPage.getByRole('status')).toHaveText('Je wachtwoord is ingesteld.');
  await signIn(noorPage, 'noor.vandamme@example.be', 'lente-vogel-brood-zeven');
  await expect(noorPage.getByTestId('current-user')).toContainText('Noor Vandamme');
  await noor.close();

  const staff = page.getByTestId('cohort-assessors');
  await expect(staff.locator('ul')).toContainText('Luc De Smet');
  await staff.getByLabel('Beoordelaar toewijzen').selectOption({ label: demo.assessor.name });
  await staff.getByRole('button', { name: 'Toewijzen' }).click();
  await expect(staff.locator('ul li')).toHaveCount(2);
  await expect(staff.locator('ul')).toContainText(demo.assessor.name);
});
