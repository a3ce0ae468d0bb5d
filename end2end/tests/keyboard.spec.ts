import { expect, Page, test } from '@playwright/test';
import { demo, hydrated } from './fixtures';
import { contextFor } from './routes';

// An assessor signs off by keyboard alone on the assessment grid: one skill for the ten students
// of the evening cohort, then a whole module for one student. Every key press is counted (the
// note of what was seen is counted as typed characters, apart) and reported in the test's
// annotations; the README quotes them.

/** Presses keys and keeps count. */
class Keys {
  presses = 0;
  typed = 0;
  constructor(private page: Page) {}

  async press(key: string, times = 1): Promise<void> {
    for (let i = 0; i < times; i++) {
      await this.page.keyboard.press(key);
      this.presses++;
    }
  }

  async type(text: string): Promise<void> {
    await this.page.keyboard.type(text);
    this.typed += text.length;
  }

  /** Tabs until `selector` has focus (at most 40 times). */
  async tabTo(selector: string): Promise<void> {
    for (let i = 0; i < 40; i++) {
      if (await this.page.evaluate((s) => document.activeElement?.matches(s) ?? false, selector)) return;
      await this.press('Tab');
    }
    throw new Error(`Tab never reached ${selector}`);
  }
}

const note = 'Gezien in het labo.';

async function openGrid(page: Page, unit: string): Promise<void> {
  const cohorts: { id: number; name: string }[] = await (await page.request.get('/api/v1/cohorts')).json();
  const evening = cohorts.find((cohort) => cohort.name.endsWith('avond'))!;
  await page.goto(`/groepen/${evening.id}/beoordelen/${unit}`);
  await hydrated(page);
}

/** From the top of the page: the skip link, then Tab to the grid's one tab stop. */
async function intoGrid(keys: Keys): Promise<void> {
  await keys.press('Tab');
  await keys.press('Enter');
  await keys.tabTo('td[role="gridcell"]');
}

/** Tab to the note, write it, Tab to the button and record. */
async function record(keys: Keys): Promise<void> {
  await keys.tabTo('[data-testid="grid-record"] input[type="text"]');
  await keys.type(note);
  await keys.press('Tab');
  await keys.press('Enter');
}

test('an assessor signs off one skill for ten students and a whole module for one, by keyboard alone', async ({ browser }) => {
  const context = await contextFor(browser, demo.assessor.email);
  const page = await context.newPage();

  await openGrid(page, 'M-IT-027');
  const column = new Keys(page);
  await intoGrid(column);
  await expect(page.locator('#rooster-0-0')).toBeFocused();
  await column.press('Control+Space');
  await expect(page.locator('td.marked-achieved')).toHaveCount(10);
  await record(column);
  await expect(page.getByRole('status')).toHaveText('10 beslissingen vastgelegd.');
  const firstColumn = page.locator('tbody tr td:nth-of-type(1) .cell-label');
  await expect(firstColumn).toHaveText(Array(10).fill('Behaald'));

  await openGrid(page, 'M-IT-028');
  const row = new Keys(page);
  await intoGrid(row);
  const names = await page.locator('tbody th[scope="row"]').allTextContents();
  await row.press('ArrowDown', names.indexOf('Nour Haddad'));
  await row.press('Shift+Space');
  const skills = await page.locator('thead th').count() - 1;
  await expect(page.locator('td.marked-achieved')).toHaveCount(skills);
  await record(row);
  await expect(page.getByRole('status')).toHaveText(`${skills} beslissingen vastgelegd.`);
  const nour = page.locator('tbody tr', { has: page.getByRole('rowheader', { name: 'Nour Haddad' }) });
  await expect(nour.locator('.cell-label')).toHaveText(Array(skills).fill('Behaald'));

  const report = `one skill for 10 students: ${column.presses} key presses (+${column.typed} typed); ` +
    `M IT 028 (${skills} skills) for one student: ${row.presses} key presses (+${row.typed} typed)`;
  test.info().annotations.push({ type: 'key presses', description: report });
  console.log(report);
  // Into the grid (skip link, Enter, three Tabs), the column, three Tabs to the note, record.
  expect([column.presses, row.presses]).toEqual([11, 13]);
  await context.close();
});
