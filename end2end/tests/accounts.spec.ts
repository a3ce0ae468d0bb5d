import { expect, test } from '@playwright/test';
import { DEMO_PASSWORD } from '../demo';
import { hydrated, signIn, signOut } from './fixtures';
import { mailTo, passwordLink } from './mail';

// Demo students no other test signs in as: their passwords change here.
const forgetful = 'kevin.willems@demo.vaardig.be';
const changer = 'sara.mertens@demo.vaardig.be';

test('a forgotten password is reset with the link the mail brings', async ({ page }) => {
  await page.goto('/aanmelden');
  await hydrated(page);
  await page.getByRole('link', { name: 'Wachtwoord vergeten?' }).click();
  await expect(page).toHaveURL(/\/wachtwoord-vergeten$/);
  await hydrated(page);
  await page.getByLabel('E-mailadres').fill(forgetful);
  await page.getByRole('button', { name: 'Stuur de link' }).click();
  await expect(page.getByRole('status')).toContainText('Als er een account met dit e-mailadres bestaat');

  const mail = await mailTo(forgetful);
  expect(mail.subject).toBe('Een nieuw wachtwoord voor Vaardig');
  await page.goto(passwordLink(mail));
  await hydrated(page);
  await page.getByLabel('Nieuw wachtwoord', { exact: true }).fill('zomer-trein-appel-vijf');
  await page.getByLabel('Herhaal het nieuwe wachtwoord').fill('zomer-trein-appel-vijf');
  await page.getByRole('button', { name: 'Wachtwoord instellen' }).click();
  await expect(page.getByRole('status')).toHaveText('Je wachtwoord is ingesteld.');

  await signIn(page, forgetful, 'zomer-trein-appel-vijf');
  await expect(page.getByTestId('current-user')).toContainText('Kevin Willems');
});

test('a signed-in user changes their password', async ({ page }) => {
  await signIn(page, changer);
  await page.getByTestId('current-user').click();
  await expect(page).toHaveURL(/\/mijn-account$/);
  await hydrated(page);
  await page.getByLabel('Huidig wachtwoord').fill(DEMO_PASSWORD);
  await page.getByLabel('Nieuw wachtwoord', { exact: true }).fill('password1234');
  await page.getByLabel('Herhaal het nieuwe wachtwoord').fill('password1234');
  await page.getByRole('button', { name: 'Wachtwoord wijzigen' }).click();
  await expect(page.getByRole('alert')).toContainText('Dit wachtwoord is te makkelijk te raden');

  await page.getByLabel('Nieuw wachtwoord', { exact: true }).fill('berg-rivier-lamp-negen');
  await page.getByLabel('Herhaal het nieuwe wachtwoord').fill('berg-rivier-lamp-negen');
  await page.getByRole('button', { name: 'Wachtwoord wijzigen' }).click();
  await expect(page.getByRole('status')).toContainText('Je wachtwoord is gewijzigd.');

  await signOut(page);
  await signIn(page, changer, 'berg-rivier-lamp-negen');
  await expect(page.getByTestId('current-user')).toContainText('Sara Mertens');
});
