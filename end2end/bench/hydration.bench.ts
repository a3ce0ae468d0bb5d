import { APIRequestContext, Browser, expect, Page, test } from '@playwright/test';
import { demo } from '../tests/fixtures';
import { allRoutes, contextFor } from '../tests/routes';

// How long each page takes to become interactive: from the navigation's start to the frontend's
// performance mark `vaardig-hydrated` (set right after hydration), in Chromium on this machine.
// Every page of every role (end2end/tests/routes.ts) with the evening cohort grown to 25
// students, and the cohort page of a cohort of 500. Each page is loaded once to warm the caches
// (server and browser, as for someone using Vaardig), then RUNS times; the median and the
// slowest are printed as a Markdown table. A first visit (empty browser cache) is measured too.

const RUNS = Number(process.env.BENCH_RUNS ?? 5);
/** `BENCH_ONLY=large`: only the cohort page of LARGE_COHORT students (for work on that page). */
const ONLY_LARGE = process.env.BENCH_ONLY === 'large';
const EVENING_SIZE = 25;
const LARGE_COHORT = 500;

/** Loads `path` and answers the milliseconds from the navigation's start to the page's HTML
 * received and to hydration. */
async function hydration(page: Page, path: string): Promise<{ html: number; started: number; interactive: number }> {
  await page.goto(path);
  await page.locator('body[data-hydrated="true"]').waitFor({ state: 'attached', timeout: 60_000 });
  return page.evaluate(() => ({
    html: (performance.getEntriesByType('navigation')[0] as PerformanceNavigationTiming).responseEnd,
    started: performance.getEntriesByName('vaardig-started')[0].startTime,
    interactive: performance.getEntriesByName('vaardig-hydrated')[0].startTime,
  }));
}

function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)];
}

/** `count` new students, numbered from `first`, as the enrolment list takes them. */
function students(first: number, count: number) {
  return Array.from({ length: count }, (_, index) => {
    const n = first + index;
    return { student_number: `B${n}`, first_name: `Cursist`, last_name: `Bank ${n}`, email: `bank.${n}@bench.vaardig.be` };
  });
}

async function enrol(request: APIRequestContext, cohort: number, list: object[]): Promise<void> {
  const response = await request.post(`/api/v1/cohorts/${cohort}/enrolments`, { data: list });
  expect(response.status(), await response.text()).toBeLessThan(300);
}

/** Grows the demo's evening cohort to EVENING_SIZE and adds a cohort of LARGE_COHORT; answers its id. */
async function seed(browser: Browser): Promise<number> {
  const coordinator = await contextFor(browser, demo.coordinator.email);
  const cohorts: { id: number; students: { name: string }[] }[] = await (await coordinator.request.get('/api/v1/cohorts')).json();
  const evening = cohorts.find((cohort) => cohort.students.some((s) => s.name === demo.routesStudent.name))!;
  await enrol(coordinator.request, evening.id, students(1, EVENING_SIZE - evening.students.length));
  const created = await coordinator.request.post('/api/v1/cohorts', {
    data: { name: `Groot (${LARGE_COHORT})`, framework: 'BO-IT-002', school_year: '2026-2027', starts_on: '2026-09-01', ends_on: '2027-06-30' },
  });
  expect(created.status(), await created.text()).toBe(201);
  const { id } = await created.json();
  await enrol(coordinator.request, id, students(1000, LARGE_COHORT));
  await coordinator.close();
  return id;
}

test('every page becomes interactive', async ({ browser }) => {
  test.setTimeout(60 * 60_000);
  const large = await seed(browser);
  const rows: string[] = [];
  const measure = async (page: Page, who: string, path: string) => {
    await hydration(page, path);
    const times: number[] = [];
    const html: number[] = [];
    const started: number[] = [];
    for (let run = 0; run < RUNS; run++) {
      const loaded = await hydration(page, path);
      times.push(loaded.interactive);
      html.push(loaded.html);
      started.push(loaded.started);
    }
    rows.push(`| ${who} | \`${path}\` | ${median(times).toFixed(0)} | ${Math.max(...times).toFixed(0)} | ${median(html).toFixed(0)} | ${median(started).toFixed(0)} |`);
  };

  const first = await contextFor(browser);
  const firstVisit = (await hydration(await first.newPage(), '/aanmelden')).interactive;
  await first.close();

  for (const { visitor, email, paths } of ONLY_LARGE ? [] : await allRoutes(browser)) {
    const context = await contextFor(browser, email);
    const page = await context.newPage();
    for (const path of paths) await measure(page, visitor, path);
    await context.close();
  }
  const coordinator = await contextFor(browser, demo.coordinator.email);
  await measure(await coordinator.newPage(), `coordinator, ${LARGE_COHORT} students`, `/groepen/${large}`);
  await coordinator.close();

  console.log(`\nfirst visit, empty cache: /aanmelden interactive after ${firstVisit.toFixed(0)} ms\n`);
  console.log(`| who | page | interactive after, median of ${RUNS} (ms) | slowest (ms) | HTML received after (ms) | bundle started after (ms) |`);
  console.log('| --- | --- | --- | --- | --- | --- |');
  console.log(rows.join('\n'));
});
