import type { EntityManager } from 'typeorm';
import { Cadre } from '../src/modules/cadres/cadre.entity.js';
import { CadreRank } from '../src/modules/cadres/cadre.enums.js';
import { Unit } from '../src/modules/units/unit.entity.js';
import { UnitKind, UnitLevel } from '../src/modules/units/unit.enums.js';
import { seedId } from './seed-id.js';

/**
 * The demo jurisdiction: 示范省 (province, [HN] rules) with 北塘市 ([BT] rules) and 宜川市
 * ([YC] rules), three counties each, two townships per county. Names are fictional.
 */
export interface Region {
  key: string; // login prefix: 'sf', 'bt', 'bt-a', …
  name: string;
  level: UnitLevel;
  parent: Region | null;
  regime: 'HN' | 'BT' | 'YC' | null;
  committee: Unit;
  units: Partial<Record<UnitKind, Unit>>;
  departments: Unit[];
  townships: Unit[];
}

const DEPARTMENTS: Array<[UnitKind, string, string]> = [
  [UnitKind.DISCIPLINE_COMMISSION, '纪委监委', 'Discipline Inspection and Supervision Commission'],
  [UnitKind.ORGANISATION_DEPARTMENT, '委组织部', 'Organisation Department'],
  [UnitKind.AUDIT, '审计局', 'Audit Bureau'],
  [UnitKind.REFORM_OFFICE, '委改革办', 'Reform Office'],
  [UnitKind.ENVIRONMENT, '生态环境局', 'Ecology and Environment Bureau'],
  [UnitKind.EMERGENCY_MANAGEMENT, '应急管理局', 'Emergency Management Bureau'],
  [UnitKind.GOVERNMENT_DEPARTMENT, '发展和改革局', 'Development and Reform Bureau'],
  [UnitKind.GOVERNMENT_DEPARTMENT, '自然资源局', 'Natural Resources Bureau'],
];

const SURNAMES = '王李张刘陈杨赵黄周吴徐孙胡朱高林何郭马罗梁宋郑谢韩唐冯于董萧程曹袁邓许傅沈曾彭吕';
const GIVEN = ['建国', '志强', '海燕', '晓峰', '丽华', '振华', '文军', '秀英', '国庆', '明辉', '春梅', '红旗', '立新', '德胜', '雪梅', '卫东', '玉兰', '永刚', '桂芳', '长江'];

export class DemoStructure {
  readonly units: Unit[] = [];
  readonly cadres: Cadre[] = [];
  readonly regions: Region[] = [];
  private nameIndex = 0;

  build(): this {
    const province = this.region(null, 'sf', '示范省', UnitLevel.PROVINCE, 'HN');
    for (const [key, name, regime] of [['bt', '北塘市', 'BT'], ['yc', '宜川市', 'YC']] as const) {
      const city = this.region(province, key, name, UnitLevel.CITY, regime);
      ['a', 'b', 'c'].forEach((suffix, i) => {
        const county = this.region(city, `${key}-${suffix}`, `${name.slice(0, 2)}${['东', '西', '南'][i]}县`, UnitLevel.COUNTY, null);
        for (const t of [1, 2]) county.townships.push(this.township(county, t));
      });
    }
    this.appointCadres();
    return this;
  }

  regionByKey(key: string): Region {
    const r = this.regions.find((x) => x.key === key);
    if (!r) throw new Error(`no demo region ${key}`);
    return r;
  }

  private unit(parent: Unit | null, code: string, name: string, nameEn: string, kind: UnitKind, level: UnitLevel, managingCommittee: Unit | null, regime: string | null): Unit {
    const id = seedId(`unit:${code}`);
    const unit = Object.assign(new Unit(), {
      id, code, name, nameEn, kind, level, parentId: parent?.id ?? null,
      path: `${parent?.path ?? '/'}${id}/`, depth: parent ? parent.depth + 1 : 0,
      managingCommitteeId: managingCommittee?.id ?? null, ruleRegimeId: regime ? seedId(`regime:${regime}`) : null,
    });
    this.units.push(unit);
    return unit;
  }

  private region(parent: Region | null, key: string, name: string, level: UnitLevel, regime: Region['regime']): Region {
    const code = key.toUpperCase();
    const committee = this.unit(parent?.committee ?? null, `${code}-PC`, `中共${name}委员会`, `${name} Party Committee`, UnitKind.PARTY_COMMITTEE, level, parent?.committee ?? null, regime);
    const region: Region = { key, name, level, parent, regime, committee, units: {}, departments: [], townships: [] };
    DEPARTMENTS.forEach(([kind, suffix, en], i) => {
      const unit = this.unit(committee, `${code}-${kind}-${i}`, `${name}${suffix}`, `${name} ${en}`, kind, level, committee, null);
      region.units[kind] ??= unit;
      if (kind === UnitKind.GOVERNMENT_DEPARTMENT || kind === UnitKind.ENVIRONMENT || kind === UnitKind.EMERGENCY_MANAGEMENT) region.departments.push(unit);
    });
    this.regions.push(region);
    return region;
  }

  private township(county: Region, n: number): Unit {
    const name = `${county.name.slice(0, 3)}${['城关', '河口'][n - 1]}镇`;
    return this.unit(county.committee, `${county.key.toUpperCase()}-T${n}`, `中共${name}委员会`, `${name} Party Committee`, UnitKind.PARTY_COMMITTEE, UnitLevel.TOWNSHIP, county.committee, null);
  }

  private cadre(unit: Unit, post: string, rank: CadreRank, managingCommittee: Unit): Cadre {
    const i = this.nameIndex++;
    const name = SURNAMES[(i * 7) % SURNAMES.length]! + GIVEN[(i * 3) % GIVEN.length]!;
    const cadre = Object.assign(new Cadre(), {
      id: seedId(`cadre:${unit.code}:${post}`), name, post, rank, unitId: unit.id, managingCommitteeId: managingCommittee.id,
      verticallyManaged: false, idNumber: `4101${String(19700101 + i * 37).padStart(8, '0')}${String(1000 + i).slice(-4)}`,
      phone: `1380000${String(1000 + i).padStart(4, '0')}`,
    });
    this.cadres.push(cadre);
    return cadre;
  }

  /** 下管一级: each committee manages the leaders one level down, and its own department heads. */
  private appointCadres(): void {
    const rankOf = { PROVINCE: CadreRank.BUREAU_CHIEF, CITY: CadreRank.DIVISION_CHIEF, COUNTY: CadreRank.SECTION_CHIEF, TOWNSHIP: CadreRank.SECTION_DEPUTY };
    const leaderRank = { PROVINCE: CadreRank.PROVINCIAL_MINISTERIAL, CITY: CadreRank.BUREAU_CHIEF, COUNTY: CadreRank.DIVISION_CHIEF, TOWNSHIP: CadreRank.SECTION_CHIEF };
    for (const region of this.regions) {
      if (region.parent) {
        const c = region.committee;
        this.cadre(c, `${region.name}委书记`, leaderRank[region.level], region.parent.committee);
        this.cadre(c, `${region.name}长`, leaderRank[region.level], region.parent.committee);
      }
      for (const dept of [region.units.AUDIT!, ...region.departments]) {
        this.cadre(dept, `${dept.name}局长`, rankOf[region.level], region.committee);
      }
      for (const t of region.townships) {
        const town = t.name.replace('中共', '').replace('委员会', '');
        this.cadre(t, `${town}党委书记`, CadreRank.SECTION_CHIEF, region.committee);
        this.cadre(t, `${town}镇长`, CadreRank.SECTION_CHIEF, region.committee);
        this.cadre(t, `${town}副镇长`, CadreRank.SECTION_DEPUTY, region.committee);
      }
    }
  }
}

export async function insertStructure(em: EntityManager, s: DemoStructure): Promise<void> {
  // Parents first: the tree's foreign keys are checked row by row.
  const byDepth = [...s.units].sort((a, b) => a.depth - b.depth);
  await em.insert(Unit, byDepth.map((u) => ({ ...u })));
  await em.insert(Cadre, s.cadres.map((c) => ({ ...c })));
}
