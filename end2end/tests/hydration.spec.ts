import { expect, Page, test } from '@playwright/test';
import { demo, hydrated } from './fixtures';
import { allRoutes, contextFor, VisitorRoutes } from './routes';

// Every page hydrates, every time: each route is loaded LOADS times in a row, as the role that
// uses it, on a normal CPU and on one four times slower (where timing races between resources
// show). Any hydration error, panic, console error or uncaught exception fails the test.
// VAARDIG_E2E_HYDRATION_LOADS changes it. On the slow CPU each route is loaded
// VAARDIG_E2E_THROTTLED_LOADS times (3 by default: the debug build's 13 MB of wasm takes about
// 2 s a load there, and ten loads of every route took over 15 minutes on a two-core machine).
const LOADS = Number(process.env.VAARDIG_E2E_HYDRATION_LOADS ?? 10);
const THROTTLED_LOADS = Number(process.env.VAARDIG_E2E_THROTTLED_LOADS ?? 3);
/** What Leptos and the browser write when hydration or the app breaks, at any console level. */
const breakage = /panicked|unreachable|hydration|outside a <Suspense|RuntimeError/i;

let routes: VisitorRoutes[] = [];

test.beforeAll(async ({ browser }) => {
  routes = await allRoutes(browser);
});

/** Collects everything that says the page broke, from now on. */
function watch(page: Page, problems: string[], current: () => string): void {
  page.on('console', (message) => {
    const text = message.text();
    // The not-found page itself answers 404, as it should; the browser logs that as an error.
    const documentStatus = text.includes('status of 404') && message.location().url === page.url();
    if ((message.type() === 'error' && !documentStatus) || breakage.test(text)) {
      problems.push(`${current()}: console.${message.type()}: ${text.slice(0, 600)}`);
    }
  });
  page.on('pageerror', (error) => problems.push(`${current()}: uncaught ${error.message.slice(0, 600)}`));
}

/** Loads `path` and waits until the page is hydrated; a page that never is counts as broken. */
async function load(page: Page, path: string, problems: string[]): Promise<void> {
  await page.goto(path);
  const hydrated = await page
    .waitForFunction(() => document.body?.dataset.hydrated === 'true', null, { timeout: 15_000 })
    .then(() => true)
    .catch(() => false);
  if (!hydrated) problems.push(`${path}: not hydrated within 15 s`);
  // Let the first tasks after hydration (effects, resources loading in the browser) run.
  await page.evaluate(() => new Promise((done) => requestAnimationFrame(() => setTimeout(done, 30))));
}

/** Pages loading at once: the loads wait on the network and on throttled CPU time, not on each other. */
const PARALLEL = 4;

for (const throttled of [false, true]) {
  const cpu = throttled ? ' on a CPU four times slower' : '';
  const loads = throttled ? THROTTLED_LOADS : LOADS;
  test(`every page hydrates ${loads} times in a row, as the role that uses it${cpu}`, async ({ browser }) => {
    // The debug build's wasm is compiled on every load: about 1 s a load, 2 s or more throttled.
    test.setTimeout((throttled ? 150 : 45) * loads * 1_000);
    // One signed-in context per role; each route gets a page of its own for its LOADS loads.
    const contexts = new Map(await Promise.all(routes.map(async (entry) => [entry.visitor, await contextFor(browser, entry.email)] as const)));
    const tasks = routes.flatMap((entry) => entry.paths.map((path) => ({ visitor: entry.visitor, path })));
    const problems: string[] = [];
    const worker = async () => {
      for (let task = tasks.shift(); task; task = tasks.shift()) {
        const page = await contexts.get(task.visitor)!.newPage();
        if (throttled) {
          const cdp = await page.context().newCDPSession(page);
          await cdp.send('Emulation.setCPUThrottlingRate', { rate: 4 });
        }
        let current = '';
        watch(page, problems, () => `${task.visitor} ${current}`);
        for (let round = 1; round <= loads; round++) {
          current = `${task.path} (load ${round})`;
          await load(page, task.path, problems);
        }
        await page.close();
      }
    };
    await Promise.all(Array.from({ length: PARALLEL }, worker));
    await Promise.all([...contexts.values()].map((context) => context.close()));
    expect(problems, problems.join('\n')).toEqual([]);
  });
}

test('until the page is interactive, the evidence form is a plain HTML form and loses nothing', async ({ browser }) => {
  const context = await contextFor(browser, demo.noScriptStudent.email);
  const page = await context.newPage();
  // The wasm never arrives: the page stays as the server rendered it.
  await page.route('**/*.wasm', (route) => route.abort());
  await page.goto('/bewijsstukken');
  await page.getByLabel('Titel').fill('Vóór het laden');
  await page.getByLabel('Datum').fill('2026-11-23');
  await page.getByLabel('Kies bestanden').setInputFiles([
    { name: 'voor-het-laden.pdf', mimeType: 'application/pdf', buffer: Buffer.from('%PDF-1.7\n% vroeg\n%%EOF\n') },
  ]);
  await page.getByRole('button', { name: 'Toevoegen' }).click();
  await expect(page).toHaveURL(/\/bewijsstukken$/);
  const added = page.locator('.evidence-list li', { hasText: 'Vóór het laden' });
  await added.getByRole('link').click();
  await expect(page.getByRole('link', { name: /voor-het-laden\.pdf/ })).toBeVisible();
  await context.close();
});

test('what is typed before the page is interactive stays when it becomes so', async ({ browser }) => {
  const context = await contextFor(browser, demo.noScriptStudent.email);
  const page = await context.newPage();
  // The wasm is held back until the fields are filled in.
  let release!: () => void;
  const held = new Promise<void>((resolve) => (release = resolve));
  await page.route('**/*.wasm', async (route) => {
    await held;
    await route.continue();
  });
  await page.goto('/bewijsstukken', { waitUntil: 'domcontentloaded' });
  await page.getByLabel('Titel').fill('Getypt vóór het laden');
  await page.getByLabel('Datum').fill('2026-11-24');
  await page.getByRole('radio', { name: 'Reflectie' }).check();
  await page.getByRole('textbox', { name: 'Reflectie' }).fill('Dit stond er al.');
  const unit = page.locator('details.unit-choices', { hasText: 'M IT 024' });
  await unit.locator('summary').click();
  await unit.locator('input[type=checkbox]').first().check();
  release();
  await hydrated(page);
  await expect(unit.locator('input[type=checkbox]').first()).toBeChecked();
  await expect(page.locator('.skill-picker legend')).toContainText('(1 gekozen)');
  await expect(page.getByLabel('Titel')).toHaveValue('Getypt vóór het laden');
  await expect(page.getByRole('radio', { name: 'Reflectie' })).toBeChecked();
  await expect(page.getByRole('textbox', { name: 'Reflectie' })).toHaveValue('Dit stond er al.');
  await page.getByRole('button', { name: 'Toevoegen' }).click();
  await expect(page.getByRole('status')).toHaveText('1 bewijsstuk toegevoegd.');
  await expect(page.getByLabel('Titel')).toHaveValue('');
  await context.close();
});
