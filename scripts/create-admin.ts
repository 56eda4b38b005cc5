/**
 * `npm run create-admin -- <login> <unit code> [display name]`: an administrator account for a
 * new deployment. The password comes from ADMIN_PASSWORD (never the command line, which other
 * users of the machine can read); the account and its grant are written with an audit entry.
 */
import { randomUUID } from 'node:crypto';
import { loadConfigOrExit } from '../src/app/config.js';
import { openAppDatabase } from '../src/app/database.js';
import { checkCredentialInput } from '../src/modules/accounts/authentication.service.js';
import { Account, RoleGrant } from '../src/modules/accounts/account.entity.js';
import { Role } from '../src/modules/accounts/role.js';
import { Unit } from '../src/modules/units/unit.entity.js';
import { appendAudit } from '../src/platform/audit/audit-log.js';
import { hashPassword } from '../src/platform/auth/password.js';
import { fail, usage } from './cli.js';

const USAGE = `
usage: ADMIN_PASSWORD=… npm run create-admin -- <login> <unit code> [display name]
Creates an active account with the ADMINISTRATOR role at the unit (e.g. BT-PC), password from
ADMIN_PASSWORD (12 to 256 characters). Refuses a login that exists or a unit that does not.`;
const [login, unitCode, ...name] = usage(USAGE);
if (!login || !unitCode) fail('a login and a unit code are required', USAGE);
const password = process.env.ADMIN_PASSWORD ?? '';
if (password.length < 12) fail('ADMIN_PASSWORD must be set, at least 12 characters', USAGE);
try {
  checkCredentialInput(login, password);
} catch (e) {
  fail((e as Error).message, USAGE);
}
const db = await openAppDatabase(loadConfigOrExit());
try {
  await db.dataSource.runMigrations({ transaction: 'each' });
  const passwordHash = await hashPassword(password);
  await db.dataSource.transaction(async (em) => {
    const unit = await em.findOneBy(Unit, { code: unitCode });
    if (!unit) fail(`no unit with code ${unitCode}`, USAGE);
    if (await em.existsBy(Account, { login })) fail(`an account ${login} exists already`, USAGE);
    const account = await em.save(em.create(Account, { login, displayName: name.join(' ') || `${unit.name}系统管理员`, passwordHash, cadreId: null, active: true }));
    await em.insert(RoleGrant, { accountId: account.id, role: Role.ADMINISTRATOR, unitId: unit.id });
    await appendAudit(em, null, `cli-${randomUUID()}`, [{ action: 'account.create', subjectType: 'Account', subjectId: account.id, detail: { login, role: Role.ADMINISTRATOR, unitId: unit.id, by: 'create-admin' } }]);
  });
  console.log(`created ${login}: ADMINISTRATOR at ${unitCode}`);
} finally {
  await db.close();
}
