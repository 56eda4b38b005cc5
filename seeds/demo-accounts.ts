import type { EntityManager } from 'typeorm';
import { Account, ApiToken, RoleGrant } from '../src/modules/accounts/account.entity.js';
import { ApiScope, Role } from '../src/modules/accounts/role.js';
import { hashApiToken } from '../src/platform/auth/api-token.js';
import { hashPassword } from '../src/platform/auth/password.js';
import type { DemoCases } from './demo-cases.js';
import type { DemoStructure, Region } from './demo-structure.js';
import { seedId } from './seed-id.js';

/** Every demo account's password (documented in README.md; demo data only). */
export const DEMO_PASSWORD = 'rongcuo-demo';
/** A demo API token for 北塘市审计局 (copies + units). Demo data only: revoke it in any real deployment. */
export const DEMO_API_TOKEN = 'rct_demo-bt-audit-0000000000000000000000000000';

/**
 * When the demo accounts "were created": fixed, so a token minted with `npm run token` before the
 * server's first start (which seeds them) is valid for them (FINDINGS 9). Demo data only.
 */
export const DEMO_EPOCH = new Date('2026-01-01T00:00:00Z');

/** Login suffix, display name and where the grant sits in each region. */
const ROLE_SEATS: Array<[Role, string, string, (r: Region) => string]> = [
  [Role.INVESTIGATOR, 'investigator', '调查人员', (r) => r.units.DISCIPLINE_COMMISSION!.id],
  [Role.COMMITTEE_DECIDER, 'decider', '党委决定', (r) => r.committee.id],
  [Role.APPEAL_REVIEWER, 'appeals', '申诉复查', (r) => r.committee.id],
  [Role.ORGANISATION_STAFF, 'organisation', '组织部', (r) => r.units.ORGANISATION_DEPARTMENT!.id],
  [Role.UNIT_PARTY_ORGANISATION, 'unit-party', '单位党组织', (r) => r.departments[0]!.id],
  [Role.CADRE_SELF_SERVICE, 'cadre', '干部本人', () => ''],
  [Role.FILING_OFFICE, 'filing', '报备受理', (r) => r.units.REFORM_OFFICE!.id],
  [Role.ADMINISTRATOR, 'admin', '系统管理员', (r) => r.committee.id],
];

export interface DemoLogin {
  login: string;
  role: Role;
  region: string;
  unitName: string;
}

/** How many demo accounts there are: one per role per region. */
export const demoAccountCount = (s: DemoStructure) => s.regions.length * ROLE_SEATS.length;

/**
 * One scrypt hash of the demo password per account, each with its own salt. Deliberately slow
 * (about 0.2 s each here), so start-up computes them while the database initialises.
 */
export function hashDemoPasswords(count: number): Promise<string[]> {
  return Promise.all(Array.from({ length: count }, () => hashPassword(DEMO_PASSWORD)));
}

export async function insertAccounts(em: EntityManager, s: DemoStructure, cases: DemoCases, hashes: Promise<string[]>): Promise<DemoLogin[]> {
  const logins: DemoLogin[] = [];
  const accounts: Account[] = [];
  const grants: RoleGrant[] = [];
  for (const region of s.regions) {
    for (const [role, suffix, label, seat] of ROLE_SEATS) {
      const login = `${region.key}.${suffix}`;
      const cadre = role === Role.CADRE_SELF_SERVICE ? cases.selfServiceCadre.get(region.key)! : null;
      const unitId = cadre ? cadre.unitId : seat(region);
      const id = seedId(`account:${login}`);
      accounts.push(Object.assign(new Account(), { id, login, displayName: cadre ? cadre.name : `${region.name}${label}`, passwordHash: '', cadreId: cadre?.id ?? null, active: true, createdAt: DEMO_EPOCH }));
      grants.push(Object.assign(new RoleGrant(), { id: seedId(`grant:${login}`), accountId: id, role, unitId }));
      logins.push({ login, role, region: region.name, unitName: s.units.find((u) => u.id === unitId)!.name });
    }
  }
  const passwordHashes = await hashes;
  if (passwordHashes.length !== accounts.length) throw new Error(`expected ${accounts.length} password hashes, got ${passwordHashes.length}`);
  accounts.forEach((a, i) => { a.passwordHash = passwordHashes[i]!; });
  await em.insert(Account, accounts.map((a) => ({ ...a })));
  await em.insert(RoleGrant, grants.map((g) => ({ ...g })));
  const audit = s.regionByKey('bt').units.AUDIT!;
  await em.insert(ApiToken, {
    id: seedId('token:bt-audit'), name: '北塘市审计局 数据对接', prefix: DEMO_API_TOKEN.slice(0, 12), tokenHash: hashApiToken(DEMO_API_TOKEN),
    holderUnitId: audit.id, scopes: [ApiScope.COPIES_READ, ApiScope.UNITS_READ], expiresAt: null, revokedAt: null, createdByAccountId: seedId('account:bt.admin'),
  });
  return logins;
}
