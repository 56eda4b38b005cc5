/**
 * `npm run calendar:import -- <file.json|file.csv>`: a year's (or several years') holidays and
 * make-up working days, validated exactly as `setCalendarDays` validates them; every year in the
 * file replaces that year in one transaction, audited. Nothing is written when any day is wrong.
 */
import { randomUUID } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { loadConfigOrExit } from '../src/app/config.js';
import { openAppDatabase } from '../src/app/database.js';
import { validateCalendarYear, type CalendarDayEntry, type ValidCalendarDay } from '../src/modules/calendar/calendar-year.js';
import { writeCalendarYear } from '../src/modules/calendar/calendar.service.js';
import { fail, usage } from './cli.js';

const USAGE = `
usage: npm run calendar:import -- <file>
<file> is JSON — [{"date":"2028-01-01","kind":"HOLIDAY","nameZh":"元旦","nameEn":"New Year's Day","provisional":false}, …]
or CSV with the header date,kind,nameZh,nameEn,provisional. kind is HOLIDAY (any day) or WORKDAY
(a make-up working day, Saturday or Sunday only). Each year present in the file is replaced whole.`;
const [file] = usage(USAGE);
if (!file) fail('a file is required', USAGE);

function parse(text: string): CalendarDayEntry[] {
  if (file!.endsWith('.json')) return JSON.parse(text) as CalendarDayEntry[];
  const [header, ...lines] = text.split(/\r?\n/).filter((l) => l.trim() !== '');
  if (header?.trim() !== 'date,kind,nameZh,nameEn,provisional') fail('the CSV header must be date,kind,nameZh,nameEn,provisional', USAGE);
  return lines.map((line) => {
    const [date, kind, nameZh, nameEn, provisional] = line.split(',').map((c) => c.trim());
    return { date: date!, kind: kind as CalendarDayEntry['kind'], nameZh: nameZh ?? '', nameEn: nameEn ?? '', provisional: provisional === 'true' };
  });
}

let entries: CalendarDayEntry[];
try {
  entries = parse(readFileSync(file!, 'utf8'));
} catch (e) {
  fail(`cannot read ${file}: ${(e as Error).message}`, USAGE);
}
if (!Array.isArray(entries) || entries.length === 0) fail('the file holds no days', USAGE);
const byYear = new Map<number, CalendarDayEntry[]>();
for (const d of entries) {
  const year = Number(String(d.date).slice(0, 4));
  byYear.set(year, [...(byYear.get(year) ?? []), d]);
}
const valid = new Map<number, ValidCalendarDay[]>();
const problems: string[] = [];
for (const [year, days] of byYear) {
  try {
    valid.set(year, validateCalendarYear({ year, days }));
  } catch (e) {
    const ext = (e as { extensions?: { field?: string; index?: number } }).extensions;
    problems.push(`${year}: ${(e as Error).message}${ext?.index !== undefined ? ` (day ${ext.index + 1} of that year)` : ''}`);
  }
}
if (problems.length > 0) {
  for (const p of problems) console.error(`rongcuo: ${p}`);
  console.error('nothing was imported');
  process.exit(1);
}
const db = await openAppDatabase(loadConfigOrExit());
try {
  await db.dataSource.runMigrations({ transaction: 'each' });
  const requestId = `cli-${randomUUID()}`;
  await db.dataSource.transaction(async (em) => {
    for (const [year, days] of valid) await writeCalendarYear(em, null, requestId, year, days);
  });
  console.log([...valid].map(([year, days]) => `${year}: ${days.length} days`).join('; '));
} finally {
  await db.close();
}
