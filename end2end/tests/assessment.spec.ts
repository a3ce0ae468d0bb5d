import { expect, Page, test } from '@playwright/test';
import { demo, hydrated, signIn, signOut } from './fixtures';

const pdf = Buffer.from('%PDF-1.7\n1 0 obj << /Type /Catalog >> endobj\ntrailer << /Root 1 0 R >>\n%%EOF\n');
const recurring = 'Herstelt in eerste lijn recurrente problemen';
const comment = 'De testresultaten ontbreken: voeg het logboek van je herstelling toe.';

/** The student's view of module M IT 020. */
async function openModule(page: Page) {
  await page.goto('/opleiding/BO-IT-002/M-IT-020');
  await hydrated(page);
}

/** The review page of the student's module M IT 020, reached from the queue. */
async function reviewFromQueue(page: Page) {
  await page.getByRole('link', { name: 'Te beoordelen' }).first().click();
  await hydrated(page);
  await page.getByLabel('Cursist').selectOption(demo.assessedStudent.name);
  const row = page.locator('table.queue tbody tr').first();
  await expect(row).toContainText(demo.assessedStudent.name);
  await row.getByRole('link', { name: 'Beoordelen' }).click();
  await expect(page.getByRole('heading', { level: 1 })).toContainText(`${demo.assessedStudent.name}: M IT 020`);
  await hydrated(page);
}

function skillRow(page: Page, text: string) {
  return page.locator('li.skill-row').filter({ hasText: text });
}

test('a module goes from submitted evidence to an awarded deelcertificaat', async ({ page }) => {
  // The student proves every skill of M IT 020 with one report and submits them all.
  await signIn(page, demo.assessedStudent.email);
  await page.goto('/bewijsstukken');
  await hydrated(page);
  await page.getByLabel('Titel').fill('Verslag besturingssystemen');
  await page.getByLabel('Datum').fill('2026-11-18');
  await page.getByLabel('Kies bestanden').setInputFiles([{ name: 'verslag.pdf', mimeType: 'application/pdf', buffer: pdf }]);
  await page.getByLabel('Zoek een vaardigheid').fill('M IT 020');
  const module020 = page.locator('details.unit-choices').filter({ hasText: 'Ondersteuning besturingssystemen' });
  const boxes = module020.locator('input[type="checkbox"]');
  await expect(boxes).toHaveCount(6);
  for (let index = 0; index < 6; index++) await boxes.nth(index).check();
  await page.getByRole('button', { name: 'Toevoegen' }).click();
  await expect(page.getByRole('status')).toHaveText('1 bewijsstuk toegevoegd.');
  await openModule(page);
  for (const competency of ['7', '11']) {
    await page.locator(`[data-competency="${competency}"]`).getByRole('button', { name: 'Alles indienen' }).click();
    await expect(page.locator(`[data-competency="${competency}"] li.skill-row`).filter({ hasText: 'Ingediend' })).toHaveCount(3);
  }
  await signOut(page);

  // The assessor decides: two skills one by one, three at once, one "not yet" with a comment.
  await signIn(page, demo.assessor.email);
  await reviewFromQueue(page);
  for (const text of ['Voert routinetesten', 'Stelt diagnoses']) {
    await skillRow(page, text).getByRole('button', { name: 'Behaald' }).click();
    await expect(skillRow(page, text).locator('.badge')).toHaveText('Behaald');
  }
  for (const text of ['Installeert besturingssystemen', 'Past (een) scenario', 'Ondersteunt de klant/gebruiker bij de keuze']) {
    await skillRow(page, text).getByRole('checkbox').check();
  }
  await expect(page.locator('.decision-panel')).toContainText('3 vaardigheden gekozen');
  await page.getByRole('button', { name: 'Beslissing vastleggen' }).click();
  await expect(page.locator('li.skill-row .badge').filter({ hasText: 'Behaald' })).toHaveCount(5);

  await skillRow(page, recurring).getByRole('checkbox').check();
  await page.getByRole('radio', { name: 'Nog niet' }).check();
  await page.getByLabel(/Toelichting/).fill(comment);
  await page.getByRole('button', { name: 'Beslissing vastleggen' }).click();
  await expect(skillRow(page, recurring).locator('.badge')).toHaveText('Nog niet');
  await expect(skillRow(page, recurring).locator('.history')).toContainText(comment);
  await signOut(page);

  // The student reads the feedback, adds a reflection for that skill and submits it again.
  await signIn(page, demo.assessedStudent.email);
  await openModule(page);
  await expect(skillRow(page, recurring).getByTestId('feedback')).toContainText(`Nog niet – ${demo.assessor.name}`);
  await expect(skillRow(page, recurring).getByTestId('feedback')).toContainText(comment);
  await page.goto('/bewijsstukken');
  await hydrated(page);
  await page.getByRole('radio', { name: 'Reflectie' }).check();
  await page.getByLabel('Titel').fill('Logboek van de herstelling');
  await page.getByLabel('Datum').fill('2026-11-21');
  await page.getByRole('textbox', { name: /^Reflectie/ }).fill('Wat ik deed:\n- printerwachtrij hersteld\n- test afgedrukt');
  await page.getByLabel('Zoek een vaardigheid').fill('recurrente problemen met besturingssystemen');
  await page.getByLabel(recurring).check();
  await page.getByRole('button', { name: 'Toevoegen' }).click();
  await expect(page.getByRole('status')).toHaveText('1 bewijsstuk toegevoegd.');
  await openModule(page);
  await skillRow(page, recurring).getByRole('button', { name: 'Indienen' }).click();
  await expect(skillRow(page, recurring).locator('.badge')).toHaveText('Ingediend');
  await signOut(page);

  // The assessor achieves it: the module is ready for its deelcertificaat.
  await signIn(page, demo.assessor.email);
  await reviewFromQueue(page);
  await expect(skillRow(page, recurring)).toContainText('Logboek van de herstelling');
  await skillRow(page, recurring).getByRole('button', { name: 'Behaald' }).click();
  await expect(page.locator('.unit-summary')).toContainText('Klaar voor deelcertificaat');
  await signOut(page);

  // The coordinator awards it.
  await signIn(page, demo.coordinator.email);
  const cohort = page.locator('tr').filter({ hasText: 'Digitale Gebruikersondersteuner – avond' });
  await cohort.locator('details.students summary').click();
  await cohort.getByRole('link', { name: demo.assessedStudent.name }).click();
  await page.locator('tr[data-unit="M IT 020"]').getByRole('link', { name: 'M IT 020' }).click();
  await hydrated(page);
  await page.getByRole('button', { name: 'Deelcertificaat toekennen' }).click();
  await expect(page.getByTestId('awarded')).toContainText(`Deelcertificaat toegekend door ${demo.coordinator.name}`);
  await expect(page.locator('.unit-summary')).toContainText('Deelcertificaat behaald');
});

test('an assessor chooses every open skill of a unit with one button and signs them off with what was seen', async ({ page }) => {
  // A student of the day cohort (BK-0547-2) whom no other journey assesses.
  await signIn(page, 'luc.de.smet@demo.vaardig.be');
  await page.getByRole('link', { name: 'Ines Claes' }).first().click();
  await hydrated(page);
  await page.locator('tr[data-unit="PP"]').getByRole('link', { name: 'PP' }).click();
  await hydrated(page);
  const skills = page.locator('li.skill-row input[type="checkbox"]');
  const total = await skills.count();
  expect(total).toBeGreaterThan(5);

  const chooseUnit = page.getByRole('button', { name: 'Kies alle open vaardigheden van PP' });
  await chooseUnit.focus();
  await page.keyboard.press('Enter');
  await expect(chooseUnit).toHaveAttribute('aria-pressed', 'true');
  await expect(page.locator('.decision-panel')).toContainText(`${total} vaardigheden gekozen`);
  await expect(skills.and(page.locator(':checked'))).toHaveCount(total);

  // Nothing was shown as evidence: "Behaald" needs the line of what the assessor saw.
  const panel = page.locator('.decision-panel');
  await panel.getByLabel('Behaald').check();
  await panel.getByRole('button', { name: 'Beslissing vastleggen' }).click();
  await expect(page.getByRole('alert')).toContainText('heeft geen bewijsstuk: noteer in één regel wat je zelf zag.');
  await panel.getByLabel(/Toelichting/).fill('Gezien tijdens de stage bij de klant.');
  await panel.getByRole('button', { name: 'Beslissing vastleggen' }).click();
  await expect(page.locator('li.skill-row .badge').filter({ hasText: 'Behaald' })).toHaveCount(total);
});
