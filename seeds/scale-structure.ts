/**
 * The synthetic jurisdiction of the scale seed, generated in JS: sizes, units, cadres and the pools
 * the set-based case generator (scale-cases.ts) draws from. Pure and deterministic: no database, no clock,
 * no Math.random. Ids are name-based (md5 of a key, shaped as a version-4 UUID), so the same scale gives the
 * same ids on every run and SQL can recompute them (see sqlScaleUuid).
 */
import { createHash } from 'node:crypto';
import { CadreRank } from '../src/modules/cadres/cadre.enums.js';
import { UnitKind, UnitLevel } from '../src/modules/units/unit.enums.js';
import { prng } from './seed-id.js';

/** md5(key) with the version nibble set to 4 and the variant nibble to 8. Same as sqlScaleUuid. */
export function scaleUuid(key: string): string {
  const h = createHash('md5').update(key).digest('hex');
  return `${h.slice(0, 8)}-${h.slice(8, 12)}-4${h.slice(13, 16)}-8${h.slice(17, 20)}-${h.slice(20)}`;
}

/** The SQL twin of scaleUuid: `expr` is a text expression. */
export const sqlScaleUuid = (expr: string): string => `overlay(overlay(md5(${expr}) placing '4' from 13) placing '8' from 17)::uuid`;


interface Department {
  key: string;
  kind: UnitKind;
  /** Chinese name suffix: [province, city/county]. */
  zh: [string, string];
  en: string;
  /** Titles of the head and the deputy. */
  head: [string, string];
}

const BUREAU: [string, string] = ['厅长', '局长'];
/** Every region has its committee plus these; the first four are the ones the brief requires. */
const DEPARTMENTS: Department[] = [
  { key: 'DC', kind: UnitKind.DISCIPLINE_COMMISSION, zh: ['纪委监委', '纪委监委'], en: 'Discipline Inspection and Supervision Commission', head: ['书记', '副书记'] },
  { key: 'OD', kind: UnitKind.ORGANISATION_DEPARTMENT, zh: ['委组织部', '委组织部'], en: 'Organisation Department', head: ['部长', '副部长'] },
  { key: 'AU', kind: UnitKind.AUDIT, zh: ['审计厅', '审计局'], en: 'Audit Bureau', head: BUREAU },
  { key: 'RO', kind: UnitKind.REFORM_OFFICE, zh: ['委改革办', '委改革办'], en: 'Reform Office', head: ['主任', '副主任'] },
  { key: 'IN', kind: UnitKind.INSPECTION, zh: ['委巡视办', '委巡察办'], en: 'Inspection Office', head: ['主任', '副主任'] },
  { key: 'EN', kind: UnitKind.ENVIRONMENT, zh: ['生态环境厅', '生态环境局'], en: 'Ecology and Environment Bureau', head: BUREAU },
  { key: 'EM', kind: UnitKind.EMERGENCY_MANAGEMENT, zh: ['应急管理厅', '应急管理局'], en: 'Emergency Management Bureau', head: BUREAU },
  { key: 'PE', kind: UnitKind.PETITIONS, zh: ['信访局', '信访局'], en: 'Petitions Bureau', head: ['局长', '副局长'] },
  { key: 'PL', kind: UnitKind.POLITICS_AND_LAW, zh: ['委政法委', '委政法委'], en: 'Political and Legal Affairs Commission', head: ['书记', '副书记'] },
  { key: 'HR', kind: UnitKind.HUMAN_RESOURCES, zh: ['人力资源和社会保障厅', '人力资源和社会保障局'], en: 'Human Resources and Social Security Bureau', head: BUREAU },
  { key: 'D1', kind: UnitKind.GOVERNMENT_DEPARTMENT, zh: ['发展和改革委员会', '发展和改革局'], en: 'Development and Reform Bureau', head: ['主任', '副主任'] },
  { key: 'D2', kind: UnitKind.GOVERNMENT_DEPARTMENT, zh: ['财政厅', '财政局'], en: 'Finance Bureau', head: BUREAU },
  { key: 'D3', kind: UnitKind.GOVERNMENT_DEPARTMENT, zh: ['教育厅', '教育局'], en: 'Education Bureau', head: BUREAU },
  { key: 'D4', kind: UnitKind.GOVERNMENT_DEPARTMENT, zh: ['自然资源厅', '自然资源局'], en: 'Natural Resources Bureau', head: BUREAU },
  { key: 'D5', kind: UnitKind.GOVERNMENT_DEPARTMENT, zh: ['住房和城乡建设厅', '住房和城乡建设局'], en: 'Housing and Urban-Rural Development Bureau', head: BUREAU },
  { key: 'D6', kind: UnitKind.GOVERNMENT_DEPARTMENT, zh: ['交通运输厅', '交通运输局'], en: 'Transport Bureau', head: BUREAU },
  { key: 'I1', kind: UnitKind.INSTITUTION, zh: ['大数据中心', '融媒体中心'], en: 'Data and Media Centre', head: ['主任', '副主任'] },
];

/** Units per region: the committee and its departments. */
export const UNITS_PER_REGION = DEPARTMENTS.length + 1;

export interface ScaleSizes {
  cities: number;
  countiesPerCity: number;
  regions: number;
  units: number;
  cadres: number;
  cases: number;
}

/**
 * Sizes for a scale factor k: k = 1 gives 1 province + 10 cities × 10 counties = 111 regions × 18 units
 * (1,998 units), 10,000 cadres and 100,000 cases. Cities grow with √k and counties per city fill up to
 * ≈111·k regions, so both stay ≥ 1; cadres are never fewer than units (every unit has a head).
 */
export function scaleSizes(k: number): ScaleSizes {
  if (!Number.isFinite(k) || k <= 0 || k > 100) throw new RangeError(`scale must be a number in (0, 100], got ${String(k)}`);
  const cities = Math.max(1, Math.round(10 * Math.sqrt(k)));
  const countiesPerCity = Math.max(1, Math.round((111 * k - 1 - cities) / cities));
  const regions = 1 + cities + cities * countiesPerCity;
  const units = regions * UNITS_PER_REGION;
  return { cities, countiesPerCity, regions, units, cadres: Math.max(units, Math.round(10_000 * k)), cases: Math.max(1, Math.round(100_000 * k)) };
}

export interface UnitRow {
  id: string;
  code: string;
  name: string;
  nameEn: string;
  kind: UnitKind;
  level: UnitLevel;
  parentId: string | null;
  path: string;
  depth: number;
  managingCommitteeId: string | null;
  /** Not stored: the region the unit belongs to and whether it is the region's committee. */
  region: Region;
  isCommittee: boolean;
  head: [string, string];
}

export interface CadreRow {
  id: string;
  name: string;
  post: string;
  rank: CadreRank;
  unitId: string;
  managingCommitteeId: string;
  idNumber: string;
  phone: string;
}

export interface Region {
  code: string;
  level: UnitLevel;
  committeeId: string;
  dcId: string;
  /** The committee one level up (null for the province): it manages this region's leaders (下管一级). */
  upperCommitteeId: string | null;
}

export interface ScaleStructure {
  regions: Region[];
  units: UnitRow[];
  cadres: CadreRow[];
}

const R = CadreRank;
/** [committee head, committee deputies/members, department head, department deputy, staff ranks]. */
const RANKS: Record<UnitLevel, [CadreRank, CadreRank, CadreRank, CadreRank, CadreRank[]]> = {
  [UnitLevel.PROVINCE]: [R.PROVINCIAL_MINISTERIAL, R.PROVINCIAL_MINISTERIAL, R.BUREAU_CHIEF, R.BUREAU_DEPUTY, [R.DIVISION_CHIEF, R.DIVISION_DEPUTY, R.SECTION_CHIEF, R.STAFF]],
  [UnitLevel.CITY]: [R.BUREAU_CHIEF, R.BUREAU_DEPUTY, R.DIVISION_CHIEF, R.DIVISION_DEPUTY, [R.SECTION_CHIEF, R.SECTION_DEPUTY, R.STAFF]],
  [UnitLevel.COUNTY]: [R.DIVISION_CHIEF, R.DIVISION_DEPUTY, R.SECTION_CHIEF, R.SECTION_DEPUTY, [R.SECTION_DEPUTY, R.STAFF, R.STAFF]],
  [UnitLevel.TOWNSHIP]: [R.SECTION_CHIEF, R.SECTION_DEPUTY, R.SECTION_DEPUTY, R.STAFF, [R.STAFF]],
};
const STAFF_POST: Record<CadreRank, string> = {
  [R.PROVINCIAL_MINISTERIAL]: '常委', [R.BUREAU_CHIEF]: '巡视员', [R.BUREAU_DEPUTY]: '副巡视员', [R.DIVISION_CHIEF]: '处长',
  [R.DIVISION_DEPUTY]: '副处长', [R.SECTION_CHIEF]: '科长', [R.SECTION_DEPUTY]: '副科长', [R.STAFF]: '科员',
};
const SURNAMES = '王李张刘陈杨黄赵吴周徐孙马朱胡郭何高林罗郑梁谢宋唐许韩冯邓曹彭曾肖田董袁潘于蒋蔡余杜叶程苏魏吕丁任沈姚卢姜崔钟谭陆汪范金石廖贾夏韦付方白邹孟熊秦邱江尹薛闫段雷侯龙史陶黎贺顾毛郝龚邵万钱严覃武戴莫孔向汤';
const GIVEN = '伟芳娜敏静丽强磊军洋勇艳杰娟涛明超秀霞平刚桂英华建国志红文辉鹏飞玉兰德新海波宁斌宇浩凯健俊帆帅旭晨博';

/** Builds the province → cities → counties tree (committees first, then their departments) and the cadres. */
export function buildStructure(sizes: ScaleSizes, seed = 0x5ca1e): ScaleStructure {
  const rnd = prng(seed);
  const pick = <T>(xs: ArrayLike<T>): T => xs[Math.floor(rnd() * xs.length)] as T;
  const regions: Region[] = [];
  const units: UnitRow[] = [];

  const addRegion = (code: string, level: UnitLevel, zh: string, en: string, upper: UnitRow | null): UnitRow => {
    const committeeId = scaleUuid(`${code}-PC`);
    const region: Region = { code, level, committeeId, dcId: scaleUuid(`${code}-DC`), upperCommitteeId: upper?.id ?? null };
    regions.push(region);
    const committee: UnitRow = {
      id: committeeId, code: `${code}-PC`, name: `中共${zh}委员会`, nameEn: `${en} Party Committee`, kind: UnitKind.PARTY_COMMITTEE, level,
      parentId: upper?.id ?? null, path: `${upper?.path ?? '/'}${committeeId}/`, depth: upper ? upper.depth + 1 : 0,
      managingCommitteeId: upper?.id ?? null, region, isCommittee: true, head: ['书记', '副书记'],
    };
    units.push(committee);
    for (const d of DEPARTMENTS) {
      const id = scaleUuid(`${code}-${d.key}`);
      units.push({
        id, code: `${code}-${d.key}`, name: `${zh}${d.zh[level === UnitLevel.PROVINCE ? 0 : 1]}`, nameEn: `${en} ${d.en}`, kind: d.kind, level,
        parentId: committeeId, path: `${committee.path}${id}/`, depth: committee.depth + 1,
        managingCommitteeId: committeeId, region, isCommittee: false, head: d.head,
      });
    }
    return committee;
  };

  const province = addRegion('SCALE-P', UnitLevel.PROVINCE, '规模省', 'Scale Province', null);
  for (let c = 1; c <= sizes.cities; c++) {
    const cc = String(c).padStart(2, '0');
    const city = addRegion(`SCALE-P-C${cc}`, UnitLevel.CITY, `规模省${c}号市`, `Scale City ${c}`, province);
    for (let x = 1; x <= sizes.countiesPerCity; x++) {
      addRegion(`SCALE-P-C${cc}-X${String(x).padStart(2, '0')}`, UnitLevel.COUNTY, `规模省${c}号市${x}号县`, `Scale City ${c} County ${x}`, city);
    }
  }

  // Cadres go round-robin over the units, so position 0 in a unit is its head and 1 its deputy.
  // 下管一级: a committee's own leaders are managed by the committee one level up (the province's by
  // itself, the top of this tree); department cadres by their region's committee.
  const cadres: CadreRow[] = [];
  for (let i = 0; i < sizes.cadres; i++) {
    const unit = units[i % units.length] as UnitRow;
    const pos = Math.floor(i / units.length);
    const [cHead, cMember, dHead, dDeputy, staff] = RANKS[unit.level];
    let rank: CadreRank;
    let post: string;
    if (unit.isCommittee) {
      rank = pos === 0 ? cHead : cMember;
      post = pos === 0 ? '书记' : pos === 1 ? '副书记' : '常委';
    } else if (pos < 2) {
      rank = pos === 0 ? dHead : dDeputy;
      post = unit.head[pos] as string;
    } else {
      rank = pick(staff);
      post = STAFF_POST[rank];
    }
    const given = rnd() < 0.6 ? pick(GIVEN) + pick(GIVEN) : pick(GIVEN);
    cadres.push({
      id: scaleUuid(`SCALE-cadre-${i}`),
      name: pick(SURNAMES) + given,
      post,
      rank,
      unitId: unit.id,
      managingCommitteeId: unit.isCommittee ? (unit.region.upperCommitteeId ?? unit.region.committeeId) : unit.region.committeeId,
      idNumber: `SC${String(i).padStart(10, '0')}`,
      phone: `100${String(Math.floor(rnd() * 1e8)).padStart(8, '0')}`,
    });
  }
  return { regions, units, cadres };
}

export interface ScalePools {
  /** [committee_id, dc_id, upper_id] per region. */
  committees: (string | null)[][];
  /** [k, cadre_id, committee_id, g_start, g_size]: cadres ordered by managing committee, groups contiguous. */
  cadres: (string | number)[][];
  /** [k, unit_id, committee_id, g_start, g_size]: units with a managing committee and that committee's cadre group. */
  units: (string | number)[][];
}

/** The lookup tables the set-based case generator joins against (hashed series number → row k). */
export function buildPools(s: ScaleStructure): ScalePools {
  const order = new Map(s.regions.map((r, i) => [r.committeeId, i]));
  const sorted = [...s.cadres].sort((a, b) => (order.get(a.managingCommitteeId) ?? 0) - (order.get(b.managingCommitteeId) ?? 0));
  const groups = new Map<string, { start: number; size: number }>();
  sorted.forEach((c, k) => {
    const g = groups.get(c.managingCommitteeId);
    if (g) g.size++;
    else groups.set(c.managingCommitteeId, { start: k, size: 1 });
  });
  const group = (id: string) => groups.get(id) ?? { start: 0, size: 0 };
  const cadres = sorted.map((c, k) => [k, c.id, c.managingCommitteeId, group(c.managingCommitteeId).start, group(c.managingCommitteeId).size]);
  const units = s.units
    .filter((u) => u.managingCommitteeId !== null)
    .map((u, k) => [k, u.id, u.managingCommitteeId as string, group(u.managingCommitteeId as string).start, group(u.managingCommitteeId as string).size]);
  return { committees: s.regions.map((r) => [r.committeeId, r.dcId, r.upperCommitteeId]), cadres, units };
}
