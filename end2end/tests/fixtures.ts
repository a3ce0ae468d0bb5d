import { expect, Page } from '@playwright/test';
import * as zlib from 'zlib';
import { DEMO_PASSWORD } from '../demo';

/** One demo account per role (see `vaardig demo`). */
export const demo = {
  student: { email: 'fatima.el.amrani@demo.vaardig.be', name: 'Fatima El Amrani' },
  /** A classmate of `student`, kept for the portfolio journey so other tests do not see its evidence. */
  portfolioStudent: { email: 'lotte.janssens@demo.vaardig.be', name: 'Lotte Janssens' },
  /** Another classmate, for the assessment journey. */
  assessedStudent: { email: 'yusuf.demir@demo.vaardig.be', name: 'Yusuf Demir' },
  /** Another classmate, given evidence and a submission so every page can be visited (routes.ts). */
  routesStudent: { email: 'elke.maes@demo.vaardig.be', name: 'Elke Maes' },
  /** Another classmate, for the journeys on a bad connection, before the page is interactive and without JavaScript. */
  noScriptStudent: { email: 'emre.yldz@demo.vaardig.be', name: 'Emre Yıldız' },
  assessor: { email: 'karin.vermeulen@demo.vaardig.be', name: 'Karin Vermeulen' },
  coordinator: { email: 'marleen.dubois@demo.vaardig.be', name: 'Marleen Dubois' },
  admin: { email: 'tom.hermans@demo.vaardig.be', name: 'Tom Hermans' },
} as const;

/** Waits until the page is interactive: Leptos has hydrated it. */
export async function hydrated(page: Page): Promise<void> {
  await page.locator('body[data-hydrated="true"]').waitFor({ state: 'attached' });
}

/** Signs out with the button in the menu bar. */
export async function signOut(page: Page): Promise<void> {
  await page.getByRole('button', { name: 'Afmelden', exact: true }).click();
  await expect(page).toHaveURL(/\/aanmelden$/);
}

/** Signs in through the form, as a person would. */
export async function signIn(page: Page, email: string, password = DEMO_PASSWORD): Promise<void> {
  // Browser errors (a failed hydration above all) go to the test log, where CI shows them.
  page.on('console', (message) => {
    if (message.type() === 'error') console.log('BROWSER', message.text().slice(0, 1500));
  });
  await page.goto('/aanmelden');
  await hydrated(page);
  await page.getByLabel('E-mailadres').fill(email);
  await page.getByLabel('Wachtwoord').fill(password);
  await page.getByRole('button', { name: 'Aanmelden' }).click();
  await expect(page).toHaveURL(/\/$/);
  // Signing in loads the home page afresh; wait until it reacts to clicks.
  await hydrated(page);
}

/** A real PNG picture (a colour gradient), built here so the test carries no binary file. */
export function gradientPng(width = 64, height = 48): Buffer {
  const rows = Array.from({ length: height }, (_, y) =>
    Buffer.from([0, ...Array.from({ length: width }, (_, x) => [(x * 4) % 256, (y * 5) % 256, 90]).flat()]),
  );
  const chunk = (type: string, data: Buffer) => {
    const body = Buffer.concat([Buffer.from(type, 'ascii'), data]);
    const length = Buffer.alloc(4);
    length.writeUInt32BE(data.length);
    const crc = Buffer.alloc(4);
    crc.writeUInt32BE(zlib.crc32(body));
    return Buffer.concat([length, body, crc]);
  };
  const header = Buffer.alloc(13);
  header.writeUInt32BE(width, 0);
  header.writeUInt32BE(height, 4);
  header.set([8, 2, 0, 0, 0], 8); // 8 bits per channel, RGB
  return Buffer.concat([
    Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]),
    chunk('IHDR', header),
    chunk('IDAT', zlib.deflateSync(Buffer.concat(rows))),
    chunk('IEND', Buffer.alloc(0)),
  ]);
}
