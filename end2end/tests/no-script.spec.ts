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

test('without JavaScript a coordinator creates a cohort, imports a student list and archives the cohort', async ({ browser }) => {
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

  // A student list: the plain form sends the file, the page shows the preview, confirming imports it.
  const list = 'studentnummer;voornaam;achternaam;e-mail\n9001;Zoë;Ça Va;zoe.cava@example.be\n';
  const importing = page.getByTestId('enrolment-import');
  await importing.getByLabel('CSV-bestand').setInputFiles([{ name: 'lijst.csv', mimeType: 'text/csv', buffer: Buffer.from(list) }]);
  await importing.getByRole('button', { name: 'Voorbeeld tonen' }).click();
  await expect(page).toHaveURL(/\?lijst=\d+$/);
  await expect(importing.getByRole('row', { name: /Zoë Ça Va/ })).toContainText('Nieuw account');
  await importing.getByRole('button', { name: 'Inschrijving bevestigen' }).click();
  await expect(page).toHaveURL(/\?ingeschreven=1$/);
  await expect(importing).toContainText('1 cursist verwerkt');
  await expect(page.getByTestId('readiness')).toContainText('Zoë');
  // Archived again (a fold asks first), so the journeys after this one see the demo's two cohorts.
  await page.getByTestId('cohort-assessors').getByText('Groep archiveren', { exact: true }).click();
  await page.getByRole('button', { name: 'Ja, archiveren' }).click();
  await expect(page).toHaveURL(/\/$/);
  await expect(page.getByRole('link', { name: 'Zonder script – avond' })).toHaveCount(0);
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
  // Back on its page, which says it was done, as a script would beside the button.
  await expect(page).toHaveURL(/\/opleiding\/BO-IT-002\/M-IT-023\?__done=1$/);
  await expect(page.locator('main > .notice')).toHaveText('Gelukt: je wijziging is bewaard.');
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
  // What was typed comes back with the reason: only the missing text is still to write.
  await expect(page.getByLabel('Titel')).toHaveValue('Lege reflectie');
  await expect(page.getByLabel('Datum')).toHaveValue('2026-11-19');
  await expect(page.getByRole('radio', { name: 'Reflectie' })).toBeChecked();
  await page.getByRole('textbox', { name: 'Reflectie' }).fill('Wat ik leerde, ook zonder script.');
  await page.getByRole('button', { name: 'Toevoegen' }).click();
  await expect(page).toHaveURL(/\/bewijsstukken$/);
  await expect(page.locator('.evidence-list li', { hasText: 'Lege reflectie' })).toHaveCount(1);

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

test('without JavaScript an assessor signs skills off, undoes one and records a "not yet"', async ({ browser }) => {
  // Emre's reflection proves two skills of M IT 024; the third has no evidence.
  const student = await withoutScript(browser, emre.email);
  const me: { id: number } = await (await student.request.get('/api/v1/me')).json();
  const progress: { units: { code: string; competencies: { skills: { id: string }[] }[] }[] } = await (
    await student.request.get(`/api/v1/students/${me.id}/progress?framework=BO-IT-002`)
  ).json();
  const [proven, other, observed] = progress.units.find((unit) => unit.code === 'M IT 024')!.competencies[0].skills.map((skill) => skill.id);
  const meta = JSON.stringify({ kind: 'reflection', title: 'Netwerk zonder script', date: '2026-11-20', skill_ids: [proven, other], text: 'Kabels getest.' });
  expect((await student.request.post('/api/v1/evidence', { multipart: { meta } })).status()).toBe(201);
  await student.context().close();

  const page = await withoutScript(browser, demo.assessor.email);
  await page.goto(`/beoordelen/${me.id}/BO-IT-002/M-IT-024`);
  const row = (skill: string) => page.locator(`li.skill-row[data-skill-id="${skill}"]`);

  // "Behaald" on a skill with evidence, then undone: both stay in the history.
  await row(proven).getByRole('button', { name: 'Behaald' }).click();
  await expect(row(proven).locator('.badge')).toHaveText('Behaald');
  await row(proven).getByRole('button', { name: /ongedaan maken$/ }).click();
  await expect(row(proven).locator('.badge')).not.toHaveText('Behaald');
  await expect(row(proven).locator('.history')).toContainText(`ongedaan gemaakt door ${demo.assessor.name}`);

  // Without evidence, "Behaald" opens a fold that asks what was seen.
  await row(observed).locator('summary', { hasText: 'Behaald' }).click();
  await row(observed).getByLabel('Wat zag je? Eén regel, voor het dossier').fill('Gezien tijdens het labo.');
  await row(observed).getByRole('button', { name: 'Behaald: vastleggen' }).click();
  await expect(row(observed).locator('.badge')).toHaveText('Behaald');
  await expect(row(observed).locator('.history')).toContainText('Gezien tijdens het labo.');

  // The decision panel: a ticked skill, "not yet" with what is missing.
  await row(other).getByRole('checkbox').check();
  await page.getByRole('radio', { name: 'Nog niet' }).check();
  await page.getByLabel(/^Toelichting/).fill('Voeg het testverslag toe.');
  await page.getByRole('button', { name: 'Beslissing vastleggen' }).click();
  await expect(row(other).locator('.history')).toContainText('Voeg het testverslag toe.');
  await page.context().close();
});

test('without JavaScript a coordinator assigns an assessor to a cohort and removes them again', async ({ browser }) => {
  const page = await withoutScript(browser, demo.coordinator.email);
  await page.getByRole('link', { name: 'Digitale Gebruikersondersteuner – avond' }).first().click();
  const staff = page.getByTestId('cohort-assessors');
  await staff.getByLabel('Beoordelaar toewijzen').selectOption({ label: 'Luc De Smet' });
  await staff.getByRole('button', { name: 'Toewijzen' }).click();
  await expect(staff.locator('ul li')).toHaveCount(2);
  await staff.getByRole('button', { name: 'Luc De Smet verwijderen als beoordelaar' }).click();
  await expect(staff.locator('ul li')).toHaveCount(1);
  await expect(staff.locator('ul')).not.toContainText('Luc De Smet');
  await page.context().close();
});
