import { expect, Page } from '@playwright/test';
import { DEMO_PASSWORD } from '../demo';

/** One demo account per role (see `vaardig demo`). */
export const demo = {
  student: { email: 'fatima.el.amrani@demo.vaardig.be', name: 'Fatima El Amrani' },
  assessor: { email: 'karin.vermeulen@demo.vaardig.be', name: 'Karin Vermeulen' },
  coordinator: { email: 'marleen.dubois@demo.vaardig.be', name: 'Marleen Dubois' },
  admin: { email: 'tom.hermans@demo.vaardig.be', name: 'Tom Hermans' },
} as const;

/** Waits until the page is interactive: Leptos has hydrated it. */
export async function hydrated(page: Page): Promise<void> {
  await page.locator('body[data-hydrated="true"]').waitFor({ state: 'attached' });
}

/** Signs in through the form, as a person would. */
export async function signIn(page: Page, email: string, password = DEMO_PASSWORD): Promise<void> {
  await page.goto('/aanmelden');
  await hydrated(page);
  await page.getByLabel('E-mailadres').fill(email);
  await page.getByLabel('Wachtwoord').fill(password);
  await page.getByRole('button', { name: 'Aanmelden' }).click();
  await expect(page).toHaveURL(/\/$/);
}
