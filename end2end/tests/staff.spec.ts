import { expect, test } from '@playwright/test';
import { demo, hydrated, signIn, signOut } from './fixtures';
import { mailTo, passwordLink } from './mail';

test('an administrator invites an assessor, who chooses a password and signs in', async ({ page }) => {
  const email = 'nora.claes@demo.vaardig.be';
  await signIn(page, demo.admin.email);
  await page.getByRole('link', { name: 'Personeel' }).click();
  await expect(page).toHaveURL(/\/beheer\/personeel$/);
  await hydrated(page);

  const form = page.locator('section', { hasText: 'Personeelslid uitnodigen' });
  await form.getByLabel('Naam').fill('Nora Claes');
  await form.getByLabel('E-mailadres').fill(email);
  await form.getByLabel('Rol').selectOption('assessor');
  await form.getByRole('button', { name: 'Uitnodigen' }).click();
  await expect(page.getByRole('status')).toHaveText(`Nora Claes is uitgenodigd: de uitnodiging gaat naar ${email}.`);
  const row = page.locator(`tr[data-email="${email}"]`);
  await expect(row).toContainText('Nora Claes');
  await expect(row).toContainText('Uitgenodigd');

  const mail = await mailTo(email);
  expect(mail.subject).toMatch(/^Je account voor Vaardig bij /);
  await signOut(page);
  await page.goto(passwordLink(mail));
  await hydrated(page);
  await page.getByLabel('Nieuw wachtwoord', { exact: true }).fill('lente-wolk-fiets-zeven');
  await page.getByLabel('Herhaal het nieuwe wachtwoord').fill('lente-wolk-fiets-zeven');
  await page.getByRole('button', { name: 'Wachtwoord instellen' }).click();
  await expect(page.getByRole('status')).toHaveText('Je wachtwoord is ingesteld.');

  await signIn(page, email, 'lente-wolk-fiets-zeven');
  await expect(page.getByTestId('current-user')).toContainText('Nora Claes · Beoordelaar');
});
