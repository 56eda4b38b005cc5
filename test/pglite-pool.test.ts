import { ENTITIES } from '../src/app/entities.js';
import { MIGRATIONS } from '../migrations/index.js';
import { openDatabase, type Database } from '../src/platform/db/data-source.js';

/** The embedded database behaves like a pool of one: transactions never interleave. */
let db: Database;
beforeAll(async () => {
  db = await openDatabase({ target: { kind: 'pglite' }, entities: ENTITIES, migrations: MIGRATIONS });
  await db.dataSource.query(`CREATE TABLE probe (id int PRIMARY KEY, note text, version int NOT NULL DEFAULT 1, tags text[])`);
});
afterAll(async () => db?.close());

it('keeps a committed transaction when a concurrent one rolls back', async () => {
  const failing = db.dataSource.transaction(async (em) => {
    await em.query(`INSERT INTO probe (id, note) VALUES (1, 'rolled back')`);
    await new Promise((r) => setTimeout(r, 20));
    throw new Error('boom');
  });
  const succeeding = db.dataSource.transaction(async (em) => {
    await em.query(`INSERT INTO probe (id, note) VALUES (2, 'kept')`);
  });
  await expect(failing).rejects.toThrow('boom');
  await succeeding;
  expect(await db.dataSource.query(`SELECT id, note FROM probe ORDER BY id`)).toEqual([{ id: 2, note: 'kept' }]);
});

it('never lets a plain read see another transaction’s uncommitted rows', async () => {
  let release!: () => void;
  const gate = new Promise<void>((r) => { release = r; });
  const tx = db.dataSource.transaction(async (em) => {
    await em.query(`INSERT INTO probe (id, note) VALUES (3, 'pending')`);
    await gate;
    throw new Error('abort');
  });
  await new Promise((r) => setTimeout(r, 10));
  const read = db.dataSource.query(`SELECT count(*)::int AS n FROM probe WHERE id = 3`);
  release();
  await expect(tx).rejects.toThrow('abort');
  expect(await read).toEqual([{ n: 0 }]);
});

it('reports affected rows, so optimistic concurrency (UPDATE … WHERE version = $v) can tell it lost', async () => {
  await db.dataSource.query(`INSERT INTO probe (id, note) VALUES (10, 'v1')`);
  const first = await db.dataSource.createQueryBuilder().update('probe').set({ note: 'v2', version: () => 'version + 1' }).where('id = 10 AND version = :v', { v: 1 }).execute();
  const stale = await db.dataSource.createQueryBuilder().update('probe').set({ note: 'v3', version: () => 'version + 1' }).where('id = 10 AND version = :v', { v: 1 }).execute();
  expect(first.affected).toBe(1);
  expect(stale.affected).toBe(0);
});

it('round-trips arrays as node-postgres does', async () => {
  await db.dataSource.query(`INSERT INTO probe (id, tags) VALUES (20, $1)`, [['a', 'b "c"', 'd,e']]);
  expect(await db.dataSource.query(`SELECT tags FROM probe WHERE id = 20`)).toEqual([{ tags: ['a', 'b "c"', 'd,e'] }]);
});
