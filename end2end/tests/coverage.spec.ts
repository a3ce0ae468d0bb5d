import { expect, test } from '@playwright/test';
import { demo, hydrated, signIn } from './fixtures';

/** A classmate no other journey changes (the cohort journey only reads the name). */
const student = { name: 'Jonas Peeters' };

test('an assessor reads a student\'s coverage of BK-0331-4 and confirms a related competency', async ({ page }) => {
  await signIn(page, demo.assessor.email);
  await page.getByRole('link', { name: student.name }).first().click();
  await hydrated(page);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(student.name);
  const studentPage = page.url();

  // The assessor observed competency 11 of M IT 020 and signs its three skills off: without
  // evidence, each asks for a line of what was seen before it is recorded.
  await page.locator('tr[data-unit="M IT 020"]').getByRole('link', { name: 'M IT 020' }).click();
  await hydrated(page);
  for (const text of ['Installeert besturingssystemen', 'Past (een) scenario', 'Ondersteunt de klant/gebruiker bij de keuze']) {
    const row = page.locator('li.skill-row').filter({ hasText: text });
    await row.locator('summary', { hasText: 'Behaald' }).click();
    const note = row.getByLabel('Wat zag je? Eén regel, voor het dossier');
    // The browser asks for the line before the form is sent.
    await row.getByRole('button', { name: 'Behaald: vastleggen' }).click();
    expect(await note.evaluate((field: HTMLInputElement) => field.validity.valueMissing)).toBe(true);
    await expect(row.locator('.badge')).not.toHaveText('Behaald');
    await note.fill('Gezien tijdens de praktijkles.');
    await row.getByRole('button', { name: 'Behaald: vastleggen' }).click();
    await expect(row.locator('.badge')).toHaveText('Behaald');
    await expect(row.locator('.history')).toContainText('Gezien tijdens de praktijkles.');
  }

  // On the student's page: "Installeert besturingssystemen" is word for word in BK-0331-4, the
  // scenario skill only related: it waits for the assessor.
  await page.goto(studentPage);
  await hydrated(page);
  const coverage = page.getByTestId('coverage').filter({ hasText: 'Dekking in BK-0331-4' });
  const eleven = coverage.locator('tr[data-competency="11"]');
  await expect(eleven).toContainText('Niet gedekt');
  await expect(eleven.locator('td.number')).toHaveText('1/7');
  await eleven.getByRole('button', { name: /Bevestigen: BK-0331-4\.UI\.11\.7 behaald op basis van BO-IT-002\.M-IT-020\.11\.1/ }).click();
  await expect(eleven.locator('td.number')).toHaveText('2/7');
  await expect(eleven.getByRole('button')).toHaveCount(0);
});
