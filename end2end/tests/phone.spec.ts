import { expect, Page, test } from '@playwright/test';
import { demo, hydrated } from './fixtures';
import { allRoutes, contextFor, reviewedUnit, Visitor, VisitorRoutes } from './routes';

// Phone layout: at 390 px wide no page scrolls sideways (wide tables scroll inside their own
// box), the review page's decision panel never covers a skill, the evidence form offers the
// camera, and a student reads every module by its code and title.
const phone = { width: 390, height: 844 };
const laptop = { width: 1366, height: 768 };
const visitors: Visitor[] = ['visitor', 'student', 'assessor', 'coordinator', 'admin'];

let routes: VisitorRoutes[] = [];

test.beforeAll(async ({ browser }) => {
  routes = await allRoutes(browser);
});

/** How wide the page is, closed and with every collapsed part (details, units) opened. */
async function pageWidths(page: Page): Promise<[number, number]> {
  const closed = await page.evaluate(() => document.documentElement.scrollWidth);
  await page.evaluate(() => {
    document.querySelectorAll('details').forEach((details) => (details.open = true));
    document.querySelectorAll<HTMLElement>('[hidden]').forEach((element) => (element.hidden = false));
  });
  const opened = await page.evaluate(() => document.documentElement.scrollWidth);
  return [closed, opened];
}

for (const visitor of visitors) {
  test(`no page of the ${visitor} scrolls sideways on a 390 px wide phone`, async ({ browser }) => {
    test.setTimeout(120_000);
    const { email, paths } = routes.find((entry) => entry.visitor === visitor)!;
    const context = await contextFor(browser, email, phone);
    const page = await context.newPage();
    const wide: string[] = [];
    for (const path of paths) {
      await page.goto(path);
      await hydrated(page);
      const [closed, opened] = await pageWidths(page);
      if (closed > phone.width || opened > phone.width) wide.push(`${path}: ${closed} px (opened: ${opened} px)`);
    }
    await context.close();
    expect(wide, wide.join('\n')).toEqual([]);
  });
}

for (const viewport of [phone, laptop]) {
  test(`the decision panel never covers a skill's checkbox at ${viewport.width}x${viewport.height}`, async ({ browser }) => {
    const { paths } = routes.find((entry) => entry.visitor === 'assessor')!;
    const review = paths.find((path) => path.startsWith('/beoordelen/'))!;
    const context = await contextFor(browser, demo.assessor.email, viewport);
    const page = await context.newPage();
    await page.goto(review);
    await hydrated(page);
    const panel = page.locator('.decision-panel');
    await expect(panel).toBeVisible();
    const boxes = page.locator('li.skill-row input[type="checkbox"]');
    expect(await boxes.count()).toBeGreaterThan(0);

    // At every scroll position, no checkbox in view lies under the panel.
    const covered = await page.evaluate(async () => {
      const panel = document.querySelector('.decision-panel')!;
      const boxes = [...document.querySelectorAll('li.skill-row input[type="checkbox"]')];
      const found: string[] = [];
      const step = Math.max(50, Math.floor(window.innerHeight / 3));
      for (let y = 0; y <= document.documentElement.scrollHeight; y += step) {
        window.scrollTo(0, y);
        await new Promise((done) => requestAnimationFrame(done));
        const p = panel.getBoundingClientRect();
        boxes.forEach((box, index) => {
          const b = box.getBoundingClientRect();
          const overlaps = b.left < p.right && p.left < b.right && b.top < p.bottom && p.top < b.bottom;
          if (overlaps) found.push(`checkbox ${index} at scroll ${y}`);
        });
      }
      return found;
    });
    expect(covered).toEqual([]);

    // And each checkbox can be clicked where it is scrolled to.
    for (let index = 0; index < (await boxes.count()); index++) {
      await boxes.nth(index).check({ trial: true, timeout: 2_000 });
    }
    await context.close();
  });
}

test('the evidence form offers the camera on a phone, beside the general file picker', async ({ browser }) => {
  const context = await contextFor(browser, demo.routesStudent.email, phone);
  const page = await context.newPage();
  await page.goto('/bewijsstukken');
  await hydrated(page);
  const photo = page.getByLabel('Foto maken');
  await expect(photo).toHaveAttribute('capture', 'environment');
  await expect(photo).toHaveAttribute('accept', /^image\/\*/);
  const files = page.getByLabel('Kies bestanden');
  await expect(files).toHaveAttribute('multiple', '');
  await expect(files).toHaveAttribute('accept', /^image\/\*,video\/\*,application\/pdf,/);
  await expect(files).not.toHaveAttribute('capture');
  await context.close();
});

test('a student reads each module by its code and title, on the phone too', async ({ browser }) => {
  const context = await contextFor(browser, demo.routesStudent.email, phone);
  const page = await context.newPage();
  await page.goto('/');
  await hydrated(page);
  const link = page.getByTestId('student-home').locator('tr[data-unit="M IT 020"]').getByRole('link');
  await expect(link).toHaveText('M IT 020 Ondersteuning besturingssystemen');
  await expect(link).toBeInViewport();
  await link.click();
  await expect(page).toHaveURL(new RegExp(`/opleiding/${reviewedUnit.framework}/${reviewedUnit.unit}$`));
  await expect(page).toHaveTitle('M IT 020 Ondersteuning besturingssystemen – Vaardig');
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Module M IT 020: Ondersteuning besturingssystemen');
  await context.close();
});
