import { expect, test } from '@playwright/test';
import { demo, hydrated } from './fixtures';
import { contextFor } from './routes';

/** A classmate no other test uses. */
const watcher = { email: 'thomas.jacobs@demo.vaardig.be', name: 'Thomas Jacobs' };

interface Progress {
  units: { code: string; competencies: { skills: { id: string }[] }[] }[];
}

test("an assessor's decision appears on the student's open page without a reload", async ({ browser }) => {
  const student = await contextFor(browser, watcher.email);
  const assessor = await contextFor(browser, demo.assessor.email);
  const cohorts: { students: { id: number; name: string }[] }[] = await (await assessor.request.get('/api/v1/cohorts')).json();
  const studentId = cohorts.flatMap((cohort) => cohort.students).find((person) => person.name === watcher.name)!.id;
  const progress: Progress = await (await student.request.get(`/api/v1/students/${studentId}/progress?framework=BO-IT-002`)).json();
  const skill = progress.units.find((unit) => unit.code === 'M IT 021')!.competencies[0].skills[0].id;
  const meta = JSON.stringify({ kind: 'reflection', title: 'Wat ik leerde', date: '2026-11-18', skill_ids: [skill], text: 'Printer gedeeld.' });
  expect((await student.request.post('/api/v1/evidence', { multipart: { meta } })).status()).toBe(201);
  expect((await student.request.post('/api/v1/submissions', { data: { skill_ids: [skill] } })).status()).toBe(201);

  const page = await student.newPage();
  await page.goto('/opleiding/BO-IT-002/M-IT-021');
  await hydrated(page);
  const row = page.locator(`li.skill-row[data-skill-id="${skill}"]`);
  await expect(row.locator('.badge')).toHaveText('Ingediend');
  await expect(page.getByTestId('unread-count')).toHaveCount(0);
  // The tab opens its event stream once hydrated; give it a moment to connect.
  await page.waitForTimeout(500);

  const review = await assessor.newPage();
  await review.goto(`/beoordelen/${studentId}/BO-IT-002/M-IT-021`);
  await hydrated(review);
  await review.locator(`li.skill-row[data-skill-id="${skill}"]`).getByRole('button', { name: 'Behaald' }).click();
  await expect(review.locator(`li.skill-row[data-skill-id="${skill}"] .badge`)).toHaveText('Behaald');

  await expect(row.locator('.badge')).toHaveText('Behaald', { timeout: 2_000 });
  await expect(page.getByTestId('unread-count')).toHaveText('1', { timeout: 2_000 });
  await student.close();
  await assessor.close();
});
