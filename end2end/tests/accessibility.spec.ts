import AxeBuilder from '@axe-core/playwright';
import { Browser, expect, Page, test } from '@playwright/test';
import { demo, hydrated } from './fixtures';
import { allRoutes, contextFor, reviewedUnit, Visitor, VisitorRoutes } from './routes';

// WCAG 2.1 A and AA as axe-core checks them, on every page of every role, on a laptop and on a
// phone; then the keyboard's way in (the skip link), and the two pages a screen-reader user
// relies on most read through their accessibility tree alone.
const viewports = { laptop: { width: 1366, height: 768 }, phone: { width: 390, height: 844 } };
const visitors: Visitor[] = ['visitor', 'student', 'assessor', 'coordinator', 'admin'];
const wcag21aa = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'];

let routes: VisitorRoutes[] = [];

test.beforeAll(async ({ browser }) => {
  routes = await allRoutes(browser);
});

/** Every WCAG 2.1 A/AA violation on the page, one line per element: rule, target, summary. */
async function violations(page: Page): Promise<string[]> {
  // Collapsed parts are opened first: what a click reveals must pass too.
  await page.evaluate(() => document.querySelectorAll('details').forEach((details) => (details.open = true)));
  const results = await new AxeBuilder({ page }).withTags(wcag21aa).analyze();
  return results.violations.flatMap((violation) =>
    violation.nodes.map((node) => `${violation.id} at ${node.target.join(' ')}: ${node.failureSummary?.split('\n')[1]?.trim()}`),
  );
}

for (const [name, viewport] of Object.entries(viewports)) {
  for (const visitor of visitors) {
    test(`every page of the ${visitor} passes WCAG 2.1 AA on a ${name}`, async ({ browser }) => {
      test.setTimeout(180_000);
      const { email, paths } = routes.find((entry) => entry.visitor === visitor)!;
      const context = await contextFor(browser, email, viewport);
      const page = await context.newPage();
      const found: string[] = [];
      for (const path of paths) {
        await page.goto(path);
        await hydrated(page);
        found.push(...(await violations(page)).map((line) => `${path}: ${line}`));
      }
      await context.close();
      expect(found, found.join('\n')).toEqual([]);
    });
  }
}

test('the first Tab reaches a skip link that moves focus to the page content', async ({ browser }) => {
  const context = await contextFor(browser, demo.student.email);
  const page = await context.newPage();
  await page.goto('/bewijsstukken');
  await hydrated(page);
  await page.keyboard.press('Tab');
  const skip = page.getByRole('link', { name: 'Naar de inhoud' });
  await expect(skip).toBeFocused();
  await expect(skip).toBeVisible();
  await page.keyboard.press('Enter');
  await expect(page.locator('main')).toBeFocused();
  // The next Tab goes to the page's own first control, past the menu bar.
  await page.keyboard.press('Tab');
  expect(await page.evaluate(() => document.activeElement?.closest('main') !== null)).toBe(true);
  await context.close();
});

/** `path` opened and interactive, as the person signed in with `email`. */
async function opened(browser: Browser, email: string, path: string): Promise<Page> {
  const context = await contextFor(browser, email);
  const page = await context.newPage();
  await page.goto(path);
  await hydrated(page);
  return page;
}

test("a student's module page makes sense from its accessibility tree alone", async ({ browser }) => {
  const page = await opened(browser, demo.routesStudent.email, `/opleiding/${reviewedUnit.framework}/${reviewedUnit.unit}`);
  // The landmarks, the module's heading, each skill's status in words, its evidence and what
  // the student can do with it.
  await expect(page.locator('body')).toMatchAriaSnapshot(`
    - link "Naar de inhoud"
    - banner:
      - navigation "Hoofdmenu"
    - status
    - main:
      - 'heading "Module M IT 020: Ondersteuning besturingssystemen" [level=1]'
      - paragraph:
        - 'progressbar "M IT 020: vaardigheden behaald"'
        - text: 1/6 Ingediend
      - paragraph: Nog 5 vaardigheden te bewijzen.
      - heading /^7 Biedt eerstelijnsondersteuning/ [level=2]
      - list:
        - listitem:
          - text: /^Voert routinetesten/
          - paragraph: /^Behaald – Karin Vermeulen/
          - list:
            - listitem:
              - link "Foto van de netwerkkast"
          - text: Behaald
        - listitem:
          - text: /^Stelt diagnoses/
          - text: Ingediend
          - button "Intrekken"
      - heading /^11 Begeleidt/ [level=2]
      - list:
        - listitem:
          - text: Installeert besturingssystemen
          - text: Niet gestart
  `);
  await page.context().close();
});

test("an assessor's review page makes sense from its accessibility tree alone", async ({ browser }) => {
  const { paths } = routes.find((entry) => entry.visitor === 'assessor')!;
  const page = await opened(browser, demo.assessor.email, paths.find((path) => path.startsWith('/beoordelen/'))!);
  // Each skill is a named checkbox with its evidence and its status in words; the decision is a
  // labelled group with its explanation field.
  await expect(page.locator('body')).toMatchAriaSnapshot(`
    - link "Naar de inhoud"
    - banner:
      - navigation "Hoofdmenu"
    - status
    - main:
      - 'heading "Elke Maes: M IT 020 Ondersteuning besturingssystemen" [level=1]'
      - button "Kies alle open vaardigheden van M IT 020"
      - heading /^7 Biedt eerstelijnsondersteuning/ [level=2]
      - button "Kies alle open vaardigheden van competentie 7"
      - list:
        - listitem:
          - checkbox /^Stelt diagnoses/
          - figure /^Foto van de netwerkkast/:
            - link "Foto van de netwerkkast"
          - text: Ingediend
      - heading "Beslissing" [level=2]
      - group "Oordeel":
        - radio "Behaald" [checked]
        - radio "Nog niet"
      - textbox /^Toelichting/
      - button "Beslissing vastleggen" [disabled]
  `);
  await page.context().close();
});
