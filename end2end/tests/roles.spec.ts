import { expect, test } from '@playwright/test';
import { demo, hydrated, signIn } from './fixtures';

test('a visitor is sent to the sign-in page', async ({ page }) => {
  await page.goto('/');
  await expect(page).toHaveURL(/\/aanmelden$/);
  await expect(page.getByRole('heading', { name: 'Aanmelden' })).toBeVisible();
});

test('a wrong password is refused with the same message as an unknown email', async ({ page }) => {
  await page.goto('/aanmelden');
  await hydrated(page);
  await page.getByLabel('E-mailadres').fill(demo.student.email);
  await page.getByLabel('Wachtwoord').fill('verkeerd-wachtwoord');
  await page.getByRole('button', { name: 'Aanmelden' }).click();
  await expect(page.getByRole('alert')).toHaveText('Onbekend e-mailadres of verkeerd wachtwoord.');

  await page.getByLabel('E-mailadres').fill('niemand@demo.vaardig.be');
  await page.getByRole('button', { name: 'Aanmelden' }).click();
  await expect(page.getByRole('alert')).toHaveText('Onbekend e-mailadres of verkeerd wachtwoord.');
  await expect(page).toHaveURL(/\/aanmelden$/);
});

const homes = [
  { role: 'student', heading: 'Mijn opleiding', testId: 'student-home', sees: 'Digitale Gebruikersondersteuner' },
  { role: 'assessor', heading: 'Mijn groepen', testId: 'assessor-home', sees: 'Jonas Peeters' },
  { role: 'coordinator', heading: 'Groepen', testId: 'coordinator-home', sees: 'Functioneel Digitaal Ondersteuner – dag' },
  { role: 'admin', heading: 'Beheer', testId: 'admin-home', sees: 'Beoordelaar' },
] as const;

for (const home of homes) {
  test(`the ${home.role} starts on their own home page`, async ({ page }) => {
    const account = demo[home.role];
    await signIn(page, account.email);
    const section = page.getByTestId(home.testId);
    await expect(section.getByRole('heading', { level: 1, name: home.heading })).toBeVisible();
    await expect(section).toContainText(home.sees);
    await expect(page.getByTestId('current-user')).toContainText(account.name);
  });
}

test('signing out ends the session', async ({ page }) => {
  await signIn(page, demo.coordinator.email);
  await page.getByRole('button', { name: 'Afmelden' }).click();
  await expect(page).toHaveURL(/\/aanmelden$/);
  await page.goto('/');
  await expect(page).toHaveURL(/\/aanmelden$/);
});
