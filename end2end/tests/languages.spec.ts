import { expect, test } from '@playwright/test';
import { DEMO_PASSWORD } from '../demo';
import { hydrated } from './fixtures';

/**
 * One journey per language: a student whose browser speaks French or English signs in, adds a
 * reflection and switches to Dutch with the language choice. Each journey has its own student, so
 * the language kept on the account touches no other test.
 */
const journeys = [
  {
    browser: 'fr-BE',
    lang: 'fr-BE',
    email: 'jonas.peeters@demo.vaardig.be',
    words: {
      signIn: 'Connexion',
      email: 'Adresse e-mail',
      password: 'Mot de passe',
      submit: 'Se connecter',
      home: 'Ma formation',
      myEvidence: 'Mes pièces justificatives',
      reflection: 'Réflexion',
      title: 'Titre',
      date: 'Date',
      add: 'Ajouter',
      added: '1 pièce justificative ajoutée.',
      signOut: 'Se déconnecter',
      language: 'Français',
    },
  },
  {
    browser: 'en-GB',
    lang: 'en',
    email: 'amina.diallo@demo.vaardig.be',
    words: {
      signIn: 'Sign in',
      email: 'Email address',
      password: 'Password',
      submit: 'Sign in',
      home: 'My programme',
      myEvidence: 'My evidence items',
      reflection: 'Reflection',
      title: 'Title',
      date: 'Date',
      add: 'Add',
      added: '1 evidence item added.',
      signOut: 'Sign out',
      language: 'English',
    },
  },
];

for (const { browser, lang, email, words } of journeys) {
  test.describe(`in ${browser}`, () => {
    test.use({ locale: browser });

    test(`a student signs in, adds a reflection and switches to Dutch (${lang})`, async ({ page }) => {
      await page.goto('/aanmelden');
      await hydrated(page);
      await expect(page.locator('html')).toHaveAttribute('lang', lang);
      await expect(page.getByRole('heading', { level: 1 })).toHaveText(words.signIn);
      await page.getByLabel(words.email).fill(email);
      await page.getByLabel(words.password).fill(DEMO_PASSWORD);
      await page.getByRole('button', { name: words.submit, exact: true }).click();
      await expect(page).toHaveURL(/\/$/);
      await hydrated(page);
      await expect(page.getByRole('heading', { level: 1 })).toHaveText(words.home);
      await expect(page.getByRole('button', { name: words.language })).toHaveAttribute('aria-pressed', 'true');

      await page.getByRole('link', { name: words.myEvidence }).first().click();
      await hydrated(page);
      await page.getByRole('radio', { name: words.reflection }).check();
      await page.getByLabel(words.title, { exact: true }).fill('Stage: helpdesk');
      await page.getByLabel(words.date, { exact: true }).fill('2026-11-20');
      await page.getByRole('textbox', { name: words.reflection }).fill('Ik hielp drie collega’s met hun printer.');
      await page.getByRole('button', { name: words.add, exact: true }).click();
      await expect(page.getByRole('status')).toHaveText(words.added);

      await page.getByRole('button', { name: 'Nederlands' }).click();
      await expect(page.locator('html')).toHaveAttribute('lang', 'nl-BE');
      await hydrated(page);
      await expect(page.getByRole('heading', { level: 1 })).toHaveText('Mijn bewijsstukken');
      await expect(page.locator('.evidence-list li')).toContainText('Stage: helpdesk');
      await page.getByRole('button', { name: 'Afmelden', exact: true }).click();
      await expect(page).toHaveURL(/\/aanmelden$/);
      // The choice outlives the session: the sign-in page stays Dutch for this browser.
      await expect(page.locator('html')).toHaveAttribute('lang', 'nl-BE');
    });
  });
}
