/**
 * The sandbox server's options, from its command line and its environment (`node --import tsx mock-server/server.ts
 * --help`). Read with node:util `parseArgs` (strict: an option it does not know is an error, never silently ignored, so
 * `--data sandbox.db` misspelt cannot leave a user believing their state is kept when it is not). A flag wins over its
 * environment variable.
 */
import { parseArgs } from 'node:util';

export const DEFAULT_PORT = 4010;

export interface ServerOptions {
  port: number;
  host: string;
  dataFile?: string;
}

export type ParsedOptions = { run: ServerOptions } | { help: string } | { error: string };

export const USAGE = `Usage: node --import tsx mock-server/server.ts [options]   (npm start builds first, then runs this)

Options (each also read from its environment variable; a flag wins):
  --port <n>     port to listen on, 0 for any free one          PORT               default ${DEFAULT_PORT}
  --host <addr>  address to listen on (0.0.0.0: every one)      HOST               default 127.0.0.1
  --data <file>  keep the sandbox in this SQLite file           SANDBOX_DATA_FILE  default: in memory only
  -h, --help     print this and exit

SIGTERM or SIGINT stops the server cleanly: requests in flight are answered, then the data file is closed.`;

/** The options `argv` (the arguments after the script) and `env` give, the help asked for, or what is wrong with them. */
export function serverOptions(argv: string[], env: Record<string, string | undefined>, defaultHost: string): ParsedOptions {
  let values: { port?: string; host?: string; data?: string; help?: boolean };
  try {
    ({ values } = parseArgs({
      args: argv,
      options: { port: { type: 'string' }, host: { type: 'string' }, data: { type: 'string' }, help: { type: 'boolean', short: 'h' } },
      strict: true,
      allowPositionals: false,
    }));
  } catch (error) {
    return { error: `${(error as Error).message}\n\n${USAGE}` };
  }
  if (values.help) return { help: USAGE };
  const rawPort = values.port ?? env.PORT ?? String(DEFAULT_PORT);
  const port = /^\d{1,5}$/.test(rawPort) ? Number(rawPort) : Number.NaN;
  if (!(port >= 0 && port <= 65535)) return { error: `port: give a TCP port from 0 to 65535, not "${rawPort}" (--port or PORT)` };
  const host = values.host || env.HOST || defaultHost;
  const dataFile = values.data ?? (env.SANDBOX_DATA_FILE || undefined);
  if (dataFile === '') return { error: '--data: give the path of the data file' };
  return { run: { port, host, ...(dataFile ? { dataFile } : {}) } };
}
