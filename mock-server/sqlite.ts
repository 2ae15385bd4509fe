/**
 * `SANDBOX_DATA_FILE`: the sandbox in an SQLite database (better-sqlite3, synchronous, so that one request's changes are
 * one SQLite transaction committed before the answer leaves). WAL journal with `synchronous=NORMAL`: a committed
 * transaction survives the process being killed (kill -9); only a power cut may lose the last ones.
 *
 * One table per record kind (store/tables.ts): `id` (primary key), one indexed column per secondary index, and the
 * record as JSON in `record`; creation order is the rowid order, kept across updates (upsert). `meta` holds the clock
 * offset and the schema version. docs/SANDBOX.md describes the schema.
 *
 * A data file in the previous format (one JSON document) is migrated on open: its records are copied into a new
 * database, the JSON file is kept beside it as `<file>.json.bak`.
 */
import { closeSync, existsSync, openSync, readFileSync, readSync, renameSync, rmSync, statSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import Database from 'better-sqlite3';
import { wallClockNow } from './clock.ts';
import { legacySnapshot, type Kind, type LegacyState, type Meta, type Records } from './state.ts';
import { createMutex, type Change, type Persistence, type Snapshot } from './store.ts';
import { KINDS, TABLES } from './store/tables.ts';

export const SCHEMA_VERSION = 1;
const SQLITE_HEADER = 'SQLite format 3\0';

// The SQL column of a store index (camelCase → snake_case); the schema test derives its expectations from it.
export const column = (index: string): string => index.replace(/[A-Z]/g, (letter) => `_${letter.toLowerCase()}`);

/** The CREATE statements of the schema, in the order they run. */
export function schemaStatements(): string[] {
  const statements = ['CREATE TABLE IF NOT EXISTS meta (key TEXT PRIMARY KEY, value TEXT NOT NULL)'];
  for (const kind of KINDS) {
    const indexes = Object.keys(TABLES[kind].indexes);
    const columns = ['id TEXT PRIMARY KEY', ...indexes.map((index) => `${column(index)} TEXT`), 'record TEXT NOT NULL'];
    statements.push(`CREATE TABLE IF NOT EXISTS ${kind} (${columns.join(', ')})`);
    for (const index of indexes) statements.push(`CREATE INDEX IF NOT EXISTS ${kind}_${column(index)} ON ${kind} (${column(index)})`);
  }
  return statements;
}

function isSqliteFile(path: string): boolean {
  if (!existsSync(path) || statSync(path).size === 0) return true;
  const header = Buffer.alloc(SQLITE_HEADER.length);
  const fd = openSync(path, 'r');
  try {
    readSync(fd, header, 0, header.length, 0);
  } finally {
    closeSync(fd);
  }
  return header.toString('latin1') === SQLITE_HEADER;
}

function migrateJsonFile(path: string): void {
  let state: LegacyState;
  try {
    state = JSON.parse(readFileSync(path, 'utf8')) as LegacyState;
  } catch {
    throw new Error(`SANDBOX_DATA_FILE ${path} is neither an SQLite database nor a sandbox JSON data file; move it away or give another path`);
  }
  if (typeof state !== 'object' || state === null || state.version !== 1 || typeof state.orders !== 'object') {
    throw new Error(`SANDBOX_DATA_FILE ${path} is JSON but not a sandbox data file (version 1); move it away or give another path`);
  }
  const target = `${path}.migrating`;
  for (const leftover of [target, `${target}-wal`, `${target}-shm`]) rmSync(leftover, { force: true });
  const persistence = openDatabase(target);
  persistence.replace(legacySnapshot(state, wallClockNow() + (state.clockOffsetMs ?? 0)));
  persistence.close?.();
  renameSync(path, `${path}.json.bak`);
  renameSync(target, path);
  console.log(`[sandbox] migrated ${path} from the JSON format to SQLite; the JSON file is kept as ${path}.json.bak`);
}

export function sqlitePersistence(path: string): Persistence {
  const unusable = unusablePath(path);
  if (unusable) throw new Error(`SANDBOX_DATA_FILE ${path} ${unusable}; give the path of a file (it is created if missing)`);
  if (!isSqliteFile(path)) migrateJsonFile(path);
  try {
    return openDatabase(path);
  } catch (error) {
    // SQLite's own words ("file is not a database") do not say which file, nor what to do.
    if (error instanceof Database.SqliteError && /^SQLITE_(NOTADB|CORRUPT)/.test(error.code)) {
      throw new Error(`SANDBOX_DATA_FILE ${path} is not a readable SQLite database (${error.message}); move it away or give another path`);
    }
    throw error;
  }
}

/** Why `path` cannot be a data file (a folder, or in a folder that does not exist), or null. */
function unusablePath(path: string): string | null {
  if (existsSync(path)) return statSync(path).isDirectory() ? 'is a folder, not a file' : null;
  const folder = dirname(resolve(path));
  return existsSync(folder) ? null : `cannot be created: the folder ${folder} does not exist`;
}

/** Whether another process with this id runs (signal 0 sends nothing; EPERM: it runs, as another user). */
function isOtherProcessRunning(pid: number): boolean {
  if (!Number.isInteger(pid) || pid <= 0 || pid === process.pid) return false;
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === 'EPERM';
  }
}

/**
 * One sandbox per data file: each keeps the records in memory, so a second one would serve stale copies and overwrite
 * the first one's rows. The holder's pid is `meta.ownerPid`; a holder that no longer runs (kill -9) is replaced.
 */
function claimFile(db: Database.Database, path: string): void {
  const holder = db
    .transaction(() => {
      const owner = Number(db.prepare<[], { value: string }>("SELECT value FROM meta WHERE key = 'ownerPid'").get()?.value);
      if (isOtherProcessRunning(owner)) return owner;
      db.prepare("INSERT INTO meta (key, value) VALUES ('ownerPid', ?) ON CONFLICT(key) DO UPDATE SET value = excluded.value").run(String(process.pid));
      return null;
    })
    .immediate();
  if (holder === null) return;
  db.close();
  throw new Error(`SANDBOX_DATA_FILE ${path} is in use by another sandbox (process ${holder}); stop it or give another path`);
}

function openDatabase(path: string): Persistence {
  const db = new Database(path);
  db.pragma('journal_mode = WAL');
  db.pragma('synchronous = NORMAL');
  for (const statement of schemaStatements()) db.exec(statement);
  claimFile(db, path);
  const version = db.prepare<[], { value: string }>("SELECT value FROM meta WHERE key = 'schemaVersion'").get();
  if (version && Number(version.value) > SCHEMA_VERSION) {
    db.close();
    throw new Error(`SANDBOX_DATA_FILE ${path} was written by a newer sandbox (schema ${version.value}); this one reads schema ${SCHEMA_VERSION}`);
  }

  const statements = Object.fromEntries(
    KINDS.map((kind) => {
      const indexes = Object.keys(TABLES[kind].indexes);
      const names = ['id', ...indexes.map(column), 'record'];
      const updates = names.slice(1).map((name) => `${name} = excluded.${name}`);
      return [
        kind,
        {
          indexes,
          upsert: db.prepare(`INSERT INTO ${kind} (${names.join(', ')}) VALUES (${names.map(() => '?').join(', ')}) ON CONFLICT(id) DO UPDATE SET ${updates.join(', ')}`),
          remove: db.prepare(`DELETE FROM ${kind} WHERE id = ?`),
          all: db.prepare<[], { record: string }>(`SELECT record FROM ${kind} ORDER BY rowid`),
          clear: db.prepare(`DELETE FROM ${kind}`),
        },
      ];
    }),
  ) as Record<Kind, { indexes: string[]; upsert: Database.Statement; remove: Database.Statement; all: Database.Statement<[], { record: string }>; clear: Database.Statement }>;
  const setMeta = db.prepare('INSERT INTO meta (key, value) VALUES (?, ?) ON CONFLICT(key) DO UPDATE SET value = excluded.value');
  const getMeta = db.prepare<[], { key: string; value: string }>('SELECT key, value FROM meta');

  const write = (kind: Kind, record: Records[Kind], json: string): void => {
    const { indexes, upsert } = statements[kind];
    const keys = indexes.map((index) => (TABLES[kind].indexes as Record<string, (record: unknown) => string | undefined>)[index]?.(record) ?? null);
    upsert.run(record.id, ...keys, json);
  };
  const writeMeta = (meta: Meta): void => {
    setMeta.run('clockOffsetMs', String(meta.clockOffsetMs));
    setMeta.run('schemaVersion', String(SCHEMA_VERSION));
  };

  const commit = db.transaction((changes: Change[], meta: Meta | null) => {
    for (const change of changes) {
      if (change.record && change.json !== null) write(change.kind, change.record, change.json);
      else statements[change.kind].remove.run(change.id);
    }
    if (meta) writeMeta(meta);
  });
  const replace = db.transaction((snapshot: Snapshot) => {
    for (const kind of KINDS) statements[kind].clear.run();
    for (const kind of KINDS) for (const record of snapshot.records[kind] ?? []) write(kind, record, JSON.stringify(record));
    writeMeta(snapshot.meta);
  });

  return {
    load() {
      const meta = new Map(getMeta.all().map((row) => [row.key, row.value]));
      if (!meta.has('schemaVersion')) return null;
      const records: Snapshot['records'] = {};
      for (const kind of KINDS) (records as Record<string, unknown[]>)[kind] = statements[kind].all.all().map((row) => JSON.parse(row.record) as unknown);
      return { meta: { clockOffsetMs: Number(meta.get('clockOffsetMs') ?? 0) }, records };
    },
    commit: (changes, meta) => commit(changes, meta),
    replace: (snapshot) => replace(snapshot),
    exclusive: createMutex(),
    close: () => {
      db.prepare("DELETE FROM meta WHERE key = 'ownerPid' AND value = ?").run(String(process.pid));
      db.close();
    },
  };
}
