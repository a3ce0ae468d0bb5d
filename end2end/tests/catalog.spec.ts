import { expect, test } from '@playwright/test';
import { DEMO_PASSWORD } from '../demo';
import { demo, signIn } from './fixtures';

test('the catalog lists both frameworks with their size', async ({ page }) => {
  await signIn(page, demo.student.email);
  await page.getByRole('link', { name: 'Catalogus' }).click();
  const row = page.getByRole('row', { name: /BO-IT-002/ });
  await expect(row).toContainText('Digitale Gebruikersondersteuner');
  await expect(row.getByRole('cell').nth(3)).toHaveText('11');
  await expect(page.getByRole('row', { name: /BK-0547-2/ })).toContainText('Functioneel Digitaal Ondersteuner');
});

test('a module opens to show its competencies, skills and knowledge', async ({ page }) => {
  await signIn(page, demo.assessor.email);
  await page.goto('/catalogus/BO-IT-002');
  await expect(page.getByRole('heading', { level: 1, name: 'Digitale Gebruikersondersteuner' })).toBeVisible();
  await expect(page.locator('[data-unit]')).toHaveCount(11);

  // A native <details>: it opens with a click or Enter, with or without JavaScript.
  const unit = page.locator('details[data-unit="M IT 025"]');
  const toggle = unit.locator('summary');
  await expect(toggle).toContainText(/M IT 025.*Helpdesk/);
  await expect(unit).not.toHaveAttribute('open');
  const skill = page.getByText('Maakt een ticket/aanvraag aan');
  await expect(skill).toBeHidden();

  await toggle.focus();
  await page.keyboard.press('Enter');
  await expect(unit).toHaveAttribute('open');
  await expect(skill).toBeVisible();
  await expect(page.getByRole('heading', { name: /Beheert gegevens in een helpdesk systeem/ })).toBeVisible();

  await toggle.click();
  await expect(skill).toBeHidden();
});

test('without JavaScript a wrong password is explained and the catalog shows every skill', async ({ browser }) => {
  const context = await browser.newContext({ javaScriptEnabled: false });
  const page = await context.newPage();
  await page.goto('/aanmelden');
  await page.getByLabel('E-mailadres').fill(demo.assessor.email);
  await page.getByLabel('Wachtwoord').fill('een-verkeerd-wachtwoord');
  await page.getByRole('button', { name: 'Aanmelden' }).click();
  await expect(page.getByRole('alert')).toHaveText('Onbekend e-mailadres of verkeerd wachtwoord.');
  await expect(page.locator('body')).not.toContainText('BadCredentials');
  await page.getByLabel('E-mailadres').fill(demo.assessor.email);
  await page.getByLabel('Wachtwoord').fill(DEMO_PASSWORD);
  await page.getByRole('button', { name: 'Aanmelden' }).click();
  await expect(page).toHaveURL(/\/$/);

  await page.goto('/catalogus/BO-IT-002');
  await page.locator('details[data-unit="M IT 020"] summary').click();
  await expect(page.locator('details[data-unit="M IT 020"] li[data-skill-id]')).toHaveCount(6);
  await context.close();
});

test('an unknown framework says so', async ({ page }) => {
  await signIn(page, demo.admin.email);
  await page.goto('/catalogus/BESTAAT-NIET');
  await expect(page.getByText("Opleiding of kwalificatie 'BESTAAT-NIET' werd niet gevonden.")).toBeVisible();
});
