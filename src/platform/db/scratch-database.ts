import pg from 'pg';

/** The same server URL, pointing at another database. */
export function withDatabase(url: string, database: string): string {
  const u = new URL(url);
  u.pathname = `/${database}`;
  return u.toString();
}

export interface ScratchDatabase {
  name: string;
  url: string;
  drop(): Promise<void>;
}

const SAFE_NAME = /^[a-z_][a-z0-9_]{0,62}$/;

/**
 * Creates a database on the server of `adminUrl` (empty, or a copy of `template`) for tests,
 * benchmarks and migration generation; `drop()` removes it, closing any connection left to it.
 */
export async function createScratchDatabase(adminUrl: string, name: string, options: { template?: string } = {}): Promise<ScratchDatabase> {
  for (const n of [name, options.template].filter((x): x is string => !!x)) {
    if (!SAFE_NAME.test(n)) throw new Error(`not a safe database name: ${n}`);
  }
  const admin = new pg.Client({ connectionString: adminUrl });
  await admin.connect();
  try {
    const sql = options.template ? `CREATE DATABASE ${name} TEMPLATE ${options.template}` : `CREATE DATABASE ${name}`;
    // Copying one template from several processes at once can fail with "being accessed by
    // other users" while another copy is under way: retry for a few seconds.
    for (let attempt = 0; ; attempt++) {
      try {
        await admin.query(sql);
        break;
      } catch (err) {
        if (!options.template || attempt >= 20) throw err;
        await new Promise((r) => setTimeout(r, 250));
      }
    }
  } finally {
    await admin.end();
  }
  return { name, url: withDatabase(adminUrl, name), drop: () => dropDatabases(adminUrl, [name]) };
}

export async function dropDatabases(adminUrl: string, names: string[]): Promise<void> {
  const admin = new pg.Client({ connectionString: adminUrl });
  await admin.connect();
  try {
    for (const n of names) {
      if (!SAFE_NAME.test(n)) throw new Error(`not a safe database name: ${n}`);
      await admin.query(`DROP DATABASE IF EXISTS ${n} WITH (FORCE)`);
    }
  } finally {
    await admin.end();
  }
}
