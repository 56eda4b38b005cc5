import type { EntityManager } from 'typeorm';
import { CalendarDay } from '../src/modules/calendar/calendar-day.entity.js';
import { Catalogue, CatalogueItem } from '../src/modules/catalogues/catalogue.entity.js';
import { RuleRegime } from '../src/modules/units/rule-regime.entity.js';
import { CATALOGUES } from './reference/catalogues.js';
import { CALENDAR_OVERRIDES } from './reference/holidays.js';
import { seedId } from './seed-id.js';

/** The jurisdictions' procedural rule sets (DOMAIN.md: configurable per jurisdiction). */
export const REGIMES = {
  HN: {
    code: 'HN', nameZh: '河南省容错纠错办法（问责程序参照岳阳办法）', nameEn: 'Henan 2017 tolerance rules, Yueyang accountability procedure',
    source: '[HN] 000_22b1852eb803b2dd; [YY] 004_2757c44636ddd118', criteriaCatalogueCode: 'CRITERIA_BT', tolerableCatalogueCodes: ['TOLERABLE_HN'],
    // [YY] Art. 10(三) serves on the subject and its unit; [HN] copies to the organisation department.
    copyRecipientRoles: ['UNIT_PARTY_ORGANISATION', 'ORGANISATION_HR', 'DISCIPLINE'],
  },
  BT: {
    code: 'BT', nameZh: '容错纠错实施意见（六看）', nameEn: 'City implementing opinions (six criteria)',
    source: '[BT] 001_d13462df35042f83', criteriaCatalogueCode: 'CRITERIA_BT', tolerableCatalogueCodes: ['TOLERABLE_HN'],
    // [BT] §(四)4: 抄送其主管部门、上级部门和组织部门.
    copyRecipientRoles: ['SUPERVISING_DEPARTMENT', 'UPPER_DEPARTMENT', 'ORGANISATION_HR'],
  },
  YC: {
    code: 'YC', nameZh: '宜昌“1+3”容错纠错机制', nameEn: 'Yichang "1+3" mechanism (seven criteria)',
    source: '[YC] 003_67e90dce1d987c6b', criteriaCatalogueCode: 'CRITERIA_YC', tolerableCatalogueCodes: ['TOLERABLE_YC', 'TOLERABLE_HN'],
    // [YC]: 抄送容错对象所在单位党组织、有关纪检监察机关和组织人事部门、巡察机构以及审计部门.
    copyRecipientRoles: ['UNIT_PARTY_ORGANISATION', 'DISCIPLINE', 'ORGANISATION_HR', 'INSPECTION', 'AUDIT'],
  },
} as const;

export async function seedReferenceData(em: EntityManager): Promise<void> {
  await em.insert(Catalogue, CATALOGUES.map((c) => ({ code: c.code, kind: c.kind, nameZh: c.nameZh, nameEn: c.nameEn, source: c.source })));
  await em.insert(
    CatalogueItem,
    CATALOGUES.flatMap((c) =>
      c.items.map((item, i) => ({
        id: seedId(`catalogue:${c.code}:${item.code}`), catalogueCode: c.code, code: item.code, nameZh: item.nameZh, nameEn: item.nameEn,
        descriptionZh: item.descriptionZh ?? null, source: item.source, sortOrder: i,
      })),
    ),
  );
  await em.insert(CalendarDay, CALENDAR_OVERRIDES.map((d) => ({ date: d.date, kind: d.kind, nameZh: d.nameZh, nameEn: d.nameEn, provisional: d.provisional })));
  await em.insert(
    RuleRegime,
    Object.values(REGIMES).map((r) => ({
      id: seedId(`regime:${r.code}`), ...r, tolerableCatalogueCodes: [...r.tolerableCatalogueCodes], copyRecipientRoles: [...r.copyRecipientRoles],
      recommendationWorkingDays: 15, recommendationExtendedWorkingDays: 30, archiveWorkingDays: 5,
      // [YY] Art. 12 / 2009 暂行规定 art. 22: 15 days to appeal, 30 to answer, calendar days.
      appealFilingDays: 15, appealAnswerDays: 30, appealDaysAreWorkingDays: false,
      // DOMAIN.md §5 names the reform office (改革办) and no time limit: five working days here.
      riskFilingWorkingDays: 5, riskFilingReceiverKind: 'REFORM_OFFICE',
    })),
  );
}
