import { APIRequestContext, Browser, BrowserContext, expect } from '@playwright/test';
import { DEMO_PASSWORD } from '../demo';
import { demo, gradientPng } from './fixtures';

/** Who visits: a role, or nobody signed in. */
export type Visitor = 'visitor' | 'student' | 'assessor' | 'coordinator' | 'admin';

/** Every page a visitor uses, with real ids in the parameterised routes. */
export interface VisitorRoutes {
  visitor: Visitor;
  /** Whose session the pages are loaded in; none for a visitor. */
  email?: string;
  paths: string[];
}

/** The review page of `routesStudent`'s module M IT 020, whose skills have been submitted. */
export const reviewedUnit = { framework: 'BO-IT-002', unit: 'M-IT-020' } as const;

/** A browser context signed in through the JSON API (same cookie as the form sets). */
export async function contextFor(browser: Browser, email?: string, viewport?: { width: number; height: number }): Promise<BrowserContext> {
  const context = await browser.newContext(viewport ? { viewport } : {});
  if (email) await signInApi(context.request, email);
  return context;
}

async function signInApi(request: APIRequestContext, email: string): Promise<void> {
  const response = await request.post('/api/v1/session', { data: { email, password: DEMO_PASSWORD } });
  expect(response.status(), `sign in ${email}`).toBe(200);
}

async function json<T>(request: APIRequestContext, url: string): Promise<T> {
  const response = await request.get(url);
  expect(response.status(), url).toBe(200);
  return (await response.json()) as T;
}

interface Person {
  id: number;
  name: string;
}
interface Cohort {
  id: number;
  framework_code: string;
  students: Person[];
}
interface Progress {
  units: { code: string; competencies: { nr: string; skills: { id: string; status: string; evidence: number[] }[] }[] }[];
}

/**
 * Gives `routesStudent` what every page needs to show its full form: a picture and a reflection
 * linked to module M IT 020, that module's first competency submitted, and one skill decided
 * (so one evidence item is locked and offers a new version). Runs once per server: a second
 * call finds the evidence and leaves it.
 */
async function seed(student: APIRequestContext, assessor: APIRequestContext, studentId: number): Promise<number[]> {
  const progress = await json<Progress>(student, `/api/v1/students/${studentId}/progress?framework=${reviewedUnit.framework}`);
  const unit = progress.units.find((candidate) => candidate.code === 'M IT 020')!;
  const skills = unit.competencies[0].skills;
  const existing = [...new Set(unit.competencies.flatMap((c) => c.skills.flatMap((s) => s.evidence)))];
  if (existing.length > 0) return existing;

  const ids = skills.map((skill) => skill.id);
  const meta = (kind: string, title: string, extra: object) =>
    JSON.stringify({ kind, title, description: 'Gemaakt tijdens de stage.', date: '2026-11-18', skill_ids: ids, ...extra });
  const picture = await student.post('/api/v1/evidence', {
    multipart: {
      meta: meta('file', 'Foto van de netwerkkast', {}),
      file: { name: 'netwerkkast.png', mimeType: 'image/png', buffer: gradientPng(640, 480) },
    },
  });
  expect(picture.status()).toBe(201);
  const reflection = await student.post('/api/v1/evidence', {
    multipart: { meta: meta('reflection', 'Wat ik leerde', { text: 'Eerst:\n- kabels nagekeken\n- switch herstart' }) },
  });
  expect(reflection.status()).toBe(201);
  const submitted = await student.post('/api/v1/submissions', { data: { skill_ids: ids } });
  expect(submitted.status()).toBe(201);
  const pictureId: number = (await picture.json()).items[0].id;
  const reflectionId: number = (await reflection.json()).items[0].id;
  const decided = await assessor.post('/api/v1/decisions', {
    data: { student_id: studentId, skill_ids: [ids[0]], decision: 'achieved', comment: '', evidence_ids: [pictureId] },
  });
  expect(decided.status(), await decided.text()).toBeLessThan(300);
  return [pictureId, reflectionId];
}

/** Finds the ids behind every parameterised route and lists each visitor's pages. */
export async function allRoutes(browser: Browser): Promise<VisitorRoutes[]> {
  const coordinator = await contextFor(browser, demo.coordinator.email);
  const student = await contextFor(browser, demo.routesStudent.email);
  const assessor = await contextFor(browser, demo.assessor.email);
  try {
    const cohorts = await json<Cohort[]>(coordinator.request, '/api/v1/cohorts');
    const evening = cohorts.find((cohort) => cohort.students.some((s) => s.name === demo.routesStudent.name))!;
    const day = cohorts.find((cohort) => cohort !== evening)!;
    const studentId = evening.students.find((s) => s.name === demo.routesStudent.name)!.id;
    const [evidenceId, reflectionId] = await seed(student.request, assessor.request, studentId);
    const review = `/beoordelen/${studentId}/${reviewedUnit.framework}/${reviewedUnit.unit}`;
    const reading = [`/catalogus`, `/catalogus/${evening.framework_code}`, `/catalogus/${day.framework_code}`, `/mijn-account`];
    const cohortPages = (id: number) => [`/groepen/${id}`, `/groepen/${id}/rapport`, `/groepen/${id}/rapport?detail=1`, `/groepen/${id}/dekking`];
    return [
      {
        visitor: 'visitor',
        paths: ['/aanmelden', '/wachtwoord-vergeten', '/wachtwoord-kiezen/onbekende-link', '/pagina-die-niet-bestaat', '/verifieer'],
      },
      {
        visitor: 'student',
        email: demo.routesStudent.email,
        paths: [
          '/',
          '/bewijsstukken',
          `/bewijsstukken/${evidenceId}`,
          `/bewijsstukken/${reflectionId}`,
          `/opleiding/${reviewedUnit.framework}/${reviewedUnit.unit}`,
          `/opleiding/${reviewedUnit.framework}/M-IT-021`,
          ...reading,
        ],
      },
      {
        visitor: 'assessor',
        email: demo.assessor.email,
        paths: ['/', '/beoordelen', review, `/cursisten/${studentId}`, ...cohortPages(evening.id), `/groepen/${evening.id}/beoordelen/M-IT-020`, ...reading],
      },
      {
        visitor: 'coordinator',
        email: demo.coordinator.email,
        paths: [
          '/',
          '/groepen/nieuw',
          `/groepen/${evening.id}/deliberatie`,
          ...cohortPages(evening.id),
          ...cohortPages(day.id),
          '/beoordelen',
          review,
          `/cursisten/${studentId}`,
          ...reading,
        ],
      },
      { visitor: 'admin', email: demo.admin.email, paths: ['/', '/beheer/personeel', '/beheer/logboek', '/beheer/berichten', '/beheer/catalogus', '/beheer/register', `/cursisten/${studentId}`, ...reading] },
    ];
  } finally {
    await Promise.all([coordinator.close(), student.close(), assessor.close()]);
  }
}
