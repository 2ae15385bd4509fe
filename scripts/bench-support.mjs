// What the benchmark scripts share: the real sandbox server started as its own process (so the load generator or the
// browser never share its event loop), a free loopback port for it, and the process figures read from /proc.
import { spawn } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { createServer } from 'node:net';
import { dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

export const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '..');

/** A TCP port nobody listens on right now (asked from the kernel), for a server started just after. */
export async function freePort() {
  const probe = createServer();
  await new Promise((done) => probe.listen(0, '127.0.0.1', done));
  const { port } = probe.address();
  await new Promise((done) => probe.close(done));
  return port;
}

/**
 * Starts `node --import tsx mock-server/server.ts` on a free port (or `port`), with `env` added (e.g. SANDBOX_DATA_FILE),
 * and waits until it answers `GET /v1/sandbox/platforms`.
 * Returns `{ url, pid, platforms, stop() }`; `platforms` is the seeded list (keys included), `stop()` ends the process
 * with SIGTERM and resolves once it exited (SIGKILL after 5 s).
 */
export async function startSandbox({ env = {}, port, quiet = true } = {}) {
  const chosen = port ?? (await freePort());
  const url = `http://127.0.0.1:${chosen}`;
  const child = spawn(process.execPath, ['--import', 'tsx', 'mock-server/server.ts'], {
    cwd: ROOT,
    env: { ...process.env, ...env, PORT: String(chosen) },
    stdio: ['ignore', 'ignore', quiet ? 'pipe' : 'inherit'],
  });
  let stderr = '';
  child.stderr?.on('data', (chunk) => {
    stderr = (stderr + chunk).slice(-4000);
  });
  const exited = new Promise((done) => child.once('exit', (code, signal) => done({ code, signal })));
  let platforms = null;
  for (let waited = 0; !platforms; waited += 100) {
    if (child.exitCode !== null) throw new Error(`the sandbox server exited at start:\n${stderr}`);
    try {
      const answer = await fetch(`${url}/v1/sandbox/platforms`);
      if (answer.ok) platforms = (await answer.json()).data.platforms;
    } catch {
      if (waited > 30_000) {
        child.kill('SIGKILL');
        throw new Error(`the sandbox server did not answer within 30 s:\n${stderr}`);
      }
      await new Promise((done) => setTimeout(done, 100));
    }
  }
  return {
    url,
    pid: child.pid,
    platforms,
    stderr: () => stderr,
    async stop() {
      if (child.exitCode !== null || child.signalCode !== null) return exited;
      child.kill('SIGTERM');
      const timer = setTimeout(() => child.kill('SIGKILL'), 5_000);
      const result = await exited;
      clearTimeout(timer);
      return result;
    },
  };
}

/** The seeded platform with this slug (`single`, `split-standard`…), from the list `startSandbox` returned. */
export function platformOf(platforms, slug) {
  const platform = platforms.find((candidate) => candidate.slug === slug);
  if (!platform) throw new Error(`no seeded platform "${slug}" in GET /v1/sandbox/platforms`);
  return platform;
}

/** Peak resident set size of a process so far, in bytes (Linux `VmHWM`), or null where /proc has no such file. */
export function peakRss(pid) {
  try {
    const match = /^VmHWM:\s+(\d+)\s+kB$/m.exec(readFileSync(`/proc/${pid}/status`, 'utf8'));
    return match ? Number(match[1]) * 1024 : null;
  } catch {
    return null;
  }
}

/** The p-th percentile (0 to 100) of a list of numbers, nearest rank. */
export function percentile(values, p) {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.max(0, Math.ceil((p / 100) * sorted.length) - 1))];
}

/** The value after `--name` on the command line, or `fallback`. */
export function option(name, fallback) {
  const at = process.argv.indexOf(`--${name}`);
  return at > 0 && at + 1 < process.argv.length ? process.argv[at + 1] : fallback;
}
