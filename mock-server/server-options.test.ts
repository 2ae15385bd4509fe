/**
 * The server's command line: `--help` says how to run it, a flag it does not know (a misspelt `--data`) stops it with
 * that said instead of running without what was asked, and flags win over their environment variables.
 */
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { describe, test } from 'node:test';
import { DEFAULT_PORT, serverOptions, USAGE } from './server-options.ts';

const HOST = '127.0.0.1';

describe('server options', () => {
  test('defaults, environment variables, and flags that win over them', () => {
    assert.deepEqual(serverOptions([], {}, HOST), { run: { port: DEFAULT_PORT, host: HOST } });
    assert.deepEqual(serverOptions([], { PORT: '5000', HOST: '0.0.0.0', SANDBOX_DATA_FILE: 'a.db' }, HOST), { run: { port: 5000, host: '0.0.0.0', dataFile: 'a.db' } });
    assert.deepEqual(serverOptions(['--port', '0', '--host', '::1', '--data', 'b.db'], { PORT: '5000', SANDBOX_DATA_FILE: 'a.db' }, HOST), { run: { port: 0, host: '::1', dataFile: 'b.db' } });
    assert.deepEqual(serverOptions(['--data=c.db'], {}, HOST), { run: { port: DEFAULT_PORT, host: HOST, dataFile: 'c.db' } });
  });

  test('--help and -h answer the usage, naming every option and its variable', () => {
    for (const flag of ['--help', '-h']) assert.deepEqual(serverOptions([flag, '--port', 'x'], {}, HOST), { help: USAGE });
    for (const word of ['--port', '--host', '--data', 'PORT', 'HOST', 'SANDBOX_DATA_FILE']) assert.ok(USAGE.includes(word), word);
  });

  test('an unknown flag, a stray argument, a port that is no port or an empty --data is an error, never ignored', () => {
    const cases: [string[], Record<string, string>, RegExp][] = [
      [['--dat', 'x.db'], {}, /Unknown option '--dat'/],
      [['sandbox.db'], {}, /positional/],
      [['--port', '70000'], {}, /port: give a TCP port from 0 to 65535, not "70000"/],
      [[], { PORT: 'abc' }, /not "abc"/],
      [['--port=-1'], {}, /not "-1"/],
      [['--port', '-1'], {}, /ambiguous/],
      [['--data', ''], {}, /--data: give the path/],
      [['--port'], {}, /argument missing/],
    ];
    for (const [argv, env, message] of cases) {
      const parsed = serverOptions(argv, env, HOST);
      assert.ok('error' in parsed, argv.join(' '));
      assert.match(parsed.error, message, argv.join(' '));
    }
  });

  test('the server itself: --help exits 0 with the usage, an unknown flag exits 2 before listening', () => {
    const run = (...args: string[]) => spawnSync(process.execPath, ['--import', 'tsx', 'mock-server/server.ts', ...args], { encoding: 'utf8', timeout: 30_000 });
    const help = run('--help');
    assert.equal(help.status, 0, help.stderr);
    assert.match(help.stdout, /--data <file>/);
    const wrong = run('--dta', 'sandbox.db');
    assert.equal(wrong.status, 2);
    assert.match(wrong.stderr, /Unknown option '--dta'/);
  });
});
