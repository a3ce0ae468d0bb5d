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
  // Other journeys may have told this student something already: one more is what counts.
  const unread = page.getByTestId('unread-count');
  const before = (await unread.count()) === 0 ? 0 : Number(await unread.textContent());
  // The tab opens its event stream once hydrated; give it a moment to connect.
  await page.waitForTimeout(500);

  const review = await assessor.newPage();
  await review.goto(`/beoordelen/${studentId}/BO-IT-002/M-IT-021`);
  await hydrated(review);
  await review.locator(`li.skill-row[data-skill-id="${skill}"]`).getByRole('button', { name: 'Behaald' }).click();
  await expect(review.locator(`li.skill-row[data-skill-id="${skill}"] .badge`)).toHaveText('Behaald');

  await expect(row.locator('.badge')).toHaveText('Behaald', { timeout: 2_000 });
  await expect(unread).toHaveText(String(before + 1), { timeout: 2_000 });
  await student.close();
  await assessor.close();
});

test('a reply being written survives live updates and actions, and is sent', async ({ browser }) => {
  const student = await contextFor(browser, watcher.email);
  const assessor = await contextFor(browser, demo.assessor.email);
  const cohorts: { students: { id: number; name: string }[] }[] = await (await assessor.request.get('/api/v1/cohorts')).json();
  const studentId = cohorts.flatMap((cohort) => cohort.students).find((person) => person.name === watcher.name)!.id;
  const progress: Progress = await (await student.request.get(`/api/v1/students/${studentId}/progress?framework=BO-IT-002`)).json();
  const [answered, other] = progress.units.find((unit) => unit.code === 'M IT 022')!.competencies[0].skills.map((s) => s.id);
  const meta = JSON.stringify({ kind: 'reflection', title: 'Netwerkschets', date: '2026-11-18', skill_ids: [answered, other], text: 'Schets.' });
  expect((await student.request.post('/api/v1/evidence', { multipart: { meta } })).status()).toBe(201);
  expect((await student.request.post('/api/v1/submissions', { data: { skill_ids: [answered] } })).status()).toBe(201);
  const feedback = { student_id: studentId, skill_ids: [answered], decision: 'not_yet', comment: 'Welke switch?', evidence_ids: [] };
  expect((await assessor.request.post('/api/v1/decisions', { data: feedback })).status()).toBe(201);

  const page = await student.newPage();
  const panics: string[] = [];
  page.on('console', (message) => {
    if (message.type() === 'error') panics.push(message.text());
  });
  await page.goto('/opleiding/BO-IT-002/M-IT-022');
  await hydrated(page);
  const thread = page.locator(`article[data-thread="${answered}"]`);
  const box = thread.getByLabel('Je antwoord');
  await box.fill('De switch in lokaal 2');
  await page.waitForTimeout(500);

  const back = { student_id: studentId, skill_id: answered, body: 'Graag met foto.' };
  expect((await assessor.request.post('/api/v1/replies', { data: back })).status()).toBe(201);
  await expect(thread.locator('ol.messages li')).toContainText(['Graag met foto.'], { timeout: 2_000 });
  await expect(box).toHaveValue('De switch in lokaal 2');
  await page.locator(`li.skill-row[data-skill-id="${other}"]`).getByRole('button', { name: 'Indienen' }).click();
  await expect(page.locator(`li.skill-row[data-skill-id="${other}"] .badge`)).toHaveText('Ingediend');
  await expect(box).toHaveValue('De switch in lokaal 2');

  await thread.getByRole('button', { name: 'Antwoorden' }).click();
  await expect(thread.locator('ol.messages li')).toHaveCount(2);
  await expect(thread.locator('ol.messages li').last()).toContainText('De switch in lokaal 2');
  await expect(box).toHaveValue('');
  expect(panics).toEqual([]);

  // The start page lists the skill as waiting for a new submission, and opens that list.
  await page.goto('/');
  await hydrated(page);
  const toDo = page.locator('details.to-do');
  await expect(toDo).toHaveAttribute('open', '');
  await expect(toDo.locator(`li[data-skill-id="${answered}"]`)).toContainText('Nog niet: lees de feedback en dien opnieuw in');
  await student.close();
  await assessor.close();
});
