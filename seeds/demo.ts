import type { DataSource } from 'typeorm';
import { CalendarDay } from '../src/modules/calendar/calendar-day.entity.js';
import { WorkingDayCalendar } from '../src/platform/calendar/working-day-calendar.js';
import { DemoCases, insertCases } from './demo-cases.js';
import { demoAccountCount, hashDemoPasswords, insertAccounts, type DemoLogin } from './demo-accounts.js';
import { insertClarifications } from './demo-clarifications.js';
import { insertRiskFilings } from './demo-risk-filings.js';
import { DemoStructure, insertStructure } from './demo-structure.js';
import { insertSupervision } from './demo-supervision.js';
import { seedReferenceData } from './reference-data.js';

export async function isDatabaseEmpty(dataSource: DataSource): Promise<boolean> {
  const rows: Array<{ n: string }> = await dataSource.query('SELECT count(*)::text AS n FROM units');
  return rows[0]!.n === '0';
}

/**
 * The deterministic demo: reference catalogues, calendar, the demo jurisdiction, its cadres,
 * accounts; cases, clarifications, risk filings and 督查问效 records and proposals, each in every
 * state. One transaction: all of it or nothing.
 */
export async function seedDemo(dataSource: DataSource, passwordHashes?: Promise<string[]>): Promise<DemoLogin[]> {
  if (!(await isDatabaseEmpty(dataSource))) throw new Error('seedDemo: the database already has units; the demo seeds only an empty database');
  const hashes = passwordHashes ?? prepareDemoPasswords();
  return dataSource.transaction(async (em) => {
    await seedReferenceData(em);
    const calendar = new WorkingDayCalendar(await em.find(CalendarDay));
    const structure = new DemoStructure().build();
    await insertStructure(em, structure);
    const cases = new DemoCases(structure, calendar).build();
    await insertCases(em, cases);
    await insertRiskFilings(em, structure, cases);
    await insertClarifications(em, cases, calendar);
    await insertSupervision(em, structure, cases, calendar);
    return insertAccounts(em, structure, cases, hashes);
  });
}

/** The demo accounts' password hashes; start them early to overlap the KDF with other work. */
export function prepareDemoPasswords(): Promise<string[]> {
  return hashDemoPasswords(demoAccountCount(new DemoStructure().build()));
}
