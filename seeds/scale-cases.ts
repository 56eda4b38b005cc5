/**
 * Set-based SQL for the scale seed's cases, subjects and decisions. Every random choice is
 * `hashint8extended(n, seed)` of the series number n (a stable, portable hash in PostgreSQL and PGlite),
 * so the same scale gives the same rows. Expects the temp tables scale_committees, scale_cadre_pool and
 * scale_unit_pool (see scale.ts) and builds scale_plan from them.
 */
import { sqlScaleUuid } from './scale-structure.js';

/** Non-negative 63-bit hash of a bigint expression. */
const h = (expr: string, seed: number) => `(hashint8extended(${expr}, ${seed}) & 9223372036854775807)`;

/** A weighted choice as a CASE over `bucket` (a value in [0, total of weights)). */
function weighted(bucket: string, choices: [string, number][], cast: string): string {
  let upTo = 0;
  const arms = choices.map(([value, weight]) => `WHEN ${bucket} < ${(upTo += weight)} THEN '${value}'`);
  return `(CASE ${arms.join(' ')} END)::${cast}`;
}

/** Weights per 100. */
export const STATE_WEIGHTS: [string, number][] = [
  ['REGISTERED', 8], ['INITIATED', 7], ['INVESTIGATING', 15], ['RECOMMENDED', 8], ['DECIDED', 7],
  ['SERVED', 6], ['EXECUTING', 8], ['NOTIFIED', 6], ['ARCHIVED', 25], ['DISMISSED', 10],
];
const SOURCE_WEIGHTS: [string, number][] = [
  ['CITIZEN_REPORT', 30], ['LEADER_INSTRUCTION', 15], ['INSPECTION_RECOMMENDATION', 20], ['DELEGATE_PROPOSAL', 5],
  ['JOINT_MEETING_MEMBER', 5], ['INCIDENT_OR_MEDIA', 10], ['CHECK_FINDINGS', 15],
];
const CONDUCT_WEIGHTS: [string, number][] = [['INACTION', 45], ['MISCONDUCT', 45], ['OTHER', 10]];
export const MEASURE_WEIGHTS: [string, number][] = [
  ['NOTICE_CRITICISM', 35], ['ADMONITION_TALK', 30], ['SUSPENSION_FOR_INSPECTION', 8], ['TRANSFER', 12], ['DISMISSAL', 8], ['DEMOTION', 7],
];
const DECISION_KIND_WEIGHTS: [string, number][] = [['ACCOUNTABILITY', 78], ['EXEMPTION', 12], ['NO_ACCOUNTABILITY', 10]];
/** Tolerance outcome of an ACCOUNTABILITY decision (the rest: none considered). */
const TOLERANCE_WEIGHTS: [string, number][] = [['REDUCED', 12], ['LIGHTER', 10], ['REFUSED', 10]];
const INACTION_CODES = [
  'NOT_IMPLEMENTING_POLICIES', 'PERFUNCTORY_ON_KEY_TASKS', 'EVADING_ILLEGAL_CONDUCT', 'LACK_OF_INITIATIVE_POOR_RESULTS', 'SHIRKING_AND_DELAY',
  'NEGLECTING_PUBLIC_INTERESTS', 'DISOBEYING_UNIFIED_COMMAND', 'SUPERVISION_FAILURE_OR_POOR_INCIDENT_HANDLING', 'KEY_WORK_DELAYED_OR_VETOED', 'OTHER_INACTION',
];
const MISCONDUCT_CODES = [
  'SERIOUS_DECISION_ERROR', 'ILLEGAL_INTERFERENCE', 'UNDERMINING_ELECTIONS_AND_APPOINTMENTS', 'VANITY_PROJECTS_FALSE_DATA_CONCEALMENT', 'FOUR_WINDS_VIOLATIONS',
  'IRREGULAR_APPROVAL_AND_DISCRETION', 'UNLAWFUL_DOCUMENTS', 'MISAPPROPRIATING_SPECIAL_FUNDS', 'IMPROPER_CADRE_SELECTION', 'OTHER_MISCONDUCT',
];
const codes = (xs: string[]) => `ARRAY[${xs.map((x) => `'${x}'`).join(',')}]`;

/** States in which a case has decisions (DECIDED and everything after it). */
export const DECIDED_STATES = ['DECIDED', 'SERVED', 'EXECUTING', 'NOTIFIED', 'ARCHIVED'];
const SERVED_STATES = ['SERVED', 'EXECUTING', 'NOTIFIED', 'ARCHIVED'];
const inList = (xs: string[]) => xs.map((x) => `'${x}'`).join(', ');

/** Shares (per 100) of cases whose first subject is a unit, and of cases with a second (cadre) subject. */
const UNIT_SUBJECT_PCT = 10;
const TWO_SUBJECTS_PCT = 25;

/**
 * One narrow row per case (kept small: temp tables live in temp_buffers, and PGlite pays for every spill):
 * the choices the three INSERTs below share. Texts and dates are derived in the INSERTs.
 */
export function planSql(cases: number, poolCadres: number, poolUnits: number): string {
  for (const v of [cases, poolCadres, poolUnits]) if (!Number.isInteger(v) || v < 1) throw new RangeError(`bad plan size ${v}`);
  return `
CREATE TEMP TABLE scale_plan ON COMMIT DROP AS
WITH s AS (
  SELECT n, ${h('n', 1)} AS h1, ${h('n', 2)} AS h2, ${h('n', 3)} AS h3, ${h('n', 4)} AS h4, ${h('n', 5)} AS h5, ${h('n', 6)} AS h6
  FROM generate_series(0::bigint, ${cases - 1}::bigint) AS n
), f AS (
  SELECT n, h3, h4,
    h1 % 100 < ${UNIT_SUBJECT_PCT} AS unit_first,
    (h1 / 100) % 100 < ${TWO_SUBJECTS_PCT} AS two,
    DATE '2025-01-01' + (h6 % 730)::int AS clue_on,
    ${weighted('h2 % 100', STATE_WEIGHTS, 'case_state')} AS state,
    ${weighted('(h2 / 100) % 100', SOURCE_WEIGHTS, 'clue_source')} AS clue_source,
    ${weighted('(h2 / 10000) % 100', CONDUCT_WEIGHTS, 'conduct_category')} AS conduct_category,
    ((h5 % 10) + 1)::smallint AS situation, (h5 / 10) % 100 < 20 AS by_application
  FROM s
), picked AS (
  SELECT f.*, cp.cadre_id AS s1_cadre, up.unit_id AS s1_unit, coalesce(cp.committee_id, up.committee_id) AS committee_id,
    CASE
      WHEN NOT f.two THEN NULL
      WHEN NOT f.unit_first AND cp.g_size > 1 THEN cp.g_start + (cp.k - cp.g_start + 1 + f.h4 % (cp.g_size - 1)) % cp.g_size
      WHEN f.unit_first AND up.g_size > 0 THEN up.g_start + f.h4 % up.g_size
    END AS s2_k
  FROM f
  LEFT JOIN scale_cadre_pool cp ON NOT f.unit_first AND cp.k = f.h3 % ${poolCadres}
  LEFT JOIN scale_unit_pool up ON f.unit_first AND up.k = f.h3 % ${poolUnits}
)
SELECT p.n, ${sqlScaleUuid(`'SC-case-' || p.n`)} AS id, p.state, p.clue_on, p.clue_source, p.conduct_category, p.situation, p.by_application,
  p.committee_id, p.unit_first, p.s1_cadre, p.s1_unit, c2.cadre_id AS s2_cadre
FROM picked p
LEFT JOIN scale_cadre_pool c2 ON c2.k = p.s2_k`;
}

/** A moment on a day (a date expression) as timestamptz; `time` is UTC, so the default is 09:00 in Beijing. */
const at = (day: string, time = '01:00') => `((${day}) + time '${time}') AT TIME ZONE 'UTC'`;

export const INSERT_CASES = `INSERT INTO cases (id, case_number, title, summary, state, clue_source, clue_received_on, conduct_category,
  conduct_situation_code, reporter_name, reporter_contact, handling_unit_id, deciding_unit_id, tolerance_origin, initiated_at,
  initiation_approved_by, recommendation_due_on, archive_due_on, closed_at, created_at, updated_at)
SELECT p.id,
  'SC-' || extract(year FROM p.clue_on) || '-' || lpad((p.n + 1)::text, greatest(7, length((p.n + 1)::text)), '0'),
  '规模测试线索第' || (p.n + 1) || '号(' || CASE p.conduct_category WHEN 'INACTION' THEN '为官不为' WHEN 'MISCONDUCT' THEN '为官乱为' ELSE '其他' END || ')',
  '合成的规模测试数据(benchmark fixture),不对应真实人员或事件。',
  p.state, p.clue_source, p.clue_on, p.conduct_category,
  CASE p.conduct_category WHEN 'INACTION' THEN (${codes(INACTION_CODES)})[p.situation]
    WHEN 'MISCONDUCT' THEN (${codes(MISCONDUCT_CODES)})[p.situation] END,
  CASE WHEN p.clue_source = 'CITIZEN_REPORT' THEN '举报人' || (p.n + 1) END,
  CASE WHEN p.clue_source = 'CITIZEN_REPORT' THEN 'reporter' || (p.n + 1) || '@example.invalid' END,
  sc.dc_id, p.committee_id,
  (CASE WHEN p.state IN ('REGISTERED', 'DISMISSED') THEN NULL WHEN p.by_application THEN 'APPLICATION' ELSE 'EX_OFFICIO' END)::tolerance_origin,
  CASE WHEN p.state NOT IN ('REGISTERED', 'DISMISSED') THEN ${at('p.clue_on + 3')} END,
  CASE WHEN p.state NOT IN ('REGISTERED', 'DISMISSED') THEN '规模测试审批人' END,
  CASE WHEN p.state <> 'REGISTERED' THEN p.clue_on + 21 END,
  CASE WHEN p.state IN ('NOTIFIED', 'ARCHIVED') THEN p.clue_on + 67 END,
  x.closed_at, x.created_at, coalesce(x.closed_at, x.created_at)
FROM scale_plan p
JOIN scale_committees sc ON sc.committee_id = p.committee_id
CROSS JOIN LATERAL (SELECT
  CASE p.state WHEN 'ARCHIVED' THEN ${at('p.clue_on + 65')} WHEN 'DISMISSED' THEN ${at('p.clue_on + 10')} END AS closed_at,
  ${at('p.clue_on')} + (p.n % 28800) * interval '1 second' AS created_at) AS x`;

const subjectId = (i: string) => sqlScaleUuid(`'SC-subject-' || p.n || '-' || ${i}`);

export const INSERT_SUBJECTS = `INSERT INTO case_subjects (id, case_id, kind, cadre_id, unit_id, sort_order)
SELECT ${subjectId('0')}, p.id, (CASE WHEN p.unit_first THEN 'UNIT' ELSE 'CADRE' END)::subject_kind, p.s1_cadre, p.s1_unit, 0 FROM scale_plan p
UNION ALL
SELECT ${subjectId('1')}, p.id, 'CADRE'::subject_kind, p.s2_cadre, NULL, 1 FROM scale_plan p WHERE p.s2_cadre IS NOT NULL`;

/** One decision per subject of every case in DECIDED or a later state. */
export const INSERT_DECISIONS = `INSERT INTO decisions (id, case_id, subject_id, kind, measure_codes, tolerance_outcome, tolerance_refusal_reason,
  document_number, facts, basis, approving_unit_id, decided_on, effective_on, served_on, appeal_deadline_on, appeal_body_unit_id, created_at)
SELECT ${sqlScaleUuid(`'SC-decision-' || d.n || '-' || d.i`)}, d.id, ${sqlScaleUuid(`'SC-subject-' || d.n || '-' || d.i`)}, d.kind,
  CASE WHEN d.kind = 'ACCOUNTABILITY' THEN ARRAY[${weighted('(d.hd / 100) % 100', MEASURE_WEIGHTS, 'varchar')}]::varchar[] ELSE '{}'::varchar[] END,
  d.tolerance, CASE WHEN d.tolerance = 'REFUSED' THEN '存在不予容错情形(合成数据)' END,
  'SC问〔' || extract(year FROM d.decided_on) || '〕' || (d.n + 1) || '-' || (d.i + 1) || '号',
  '合成事实(规模测试数据)。', '问责处理方式依《问责暂行办法》第十四条(合成数据)。', d.committee_id, d.decided_on, d.decided_on,
  CASE WHEN d.served THEN d.decided_on + 5 END, CASE WHEN d.served THEN d.decided_on + 20 END, d.upper_id,
  ${at('d.decided_on', '02:00')}
FROM (
  SELECT p.n, o.i, p.id, p.committee_id, sc.upper_id, p.clue_on + 40 AS decided_on, p.state IN (${inList(SERVED_STATES)}) AS served, x.hd, x.kind,
    CASE WHEN x.kind = 'EXEMPTION' AND (x.hd / 10000) % 100 < 70 THEN 'EXEMPT'::tolerance_outcome
      WHEN x.kind = 'ACCOUNTABILITY' THEN ${weighted('(x.hd / 10000) % 100', TOLERANCE_WEIGHTS, 'tolerance_outcome')} END AS tolerance
  FROM scale_plan p
  JOIN scale_committees sc ON sc.committee_id = p.committee_id
  CROSS JOIN (VALUES (0), (1)) AS o(i)
  CROSS JOIN LATERAL (SELECT ${h('p.n * 2 + o.i', 7)} AS hd) AS hh
  CROSS JOIN LATERAL (SELECT hh.hd, ${weighted('hh.hd % 100', DECISION_KIND_WEIGHTS, 'decision_kind')} AS kind) AS x
  WHERE p.state IN (${inList(DECIDED_STATES)}) AND (o.i = 0 OR p.s2_cadre IS NOT NULL)
) AS d`;

export const COUNT_DECISIONS = `SELECT count(*)::int AS n FROM scale_plan p CROSS JOIN (VALUES (0), (1)) AS o(i)
WHERE p.state IN (${inList(DECIDED_STATES)}) AND (o.i = 0 OR p.s2_cadre IS NOT NULL)`;
