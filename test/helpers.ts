import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

export const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '..');
export const SHARED = resolve(ROOT, '..', 'shared');
export const DATA = join(SHARED, 'data');
export const REF = join(SHARED, 'reference', 'vidjil-algo');
export const PRESET = join(SHARED, 'germline', 'homo-sapiens.g');
export const CLI = join(ROOT, 'dist', 'src', 'cli.js');

export function tmp(): string {
  return mkdtempSync(join(tmpdir(), 'vidjil-ts-test-'));
}

export interface Run {
  status: number | null;
  stdout: string;
  stderr: string;
}

/** Runs the built CLI (`npm ci` builds dist/ through the prepare script). */
export function cli(args: string[], input?: string): Run {
  if (!existsSync(CLI)) throw new Error(`${CLI} missing: run 'npm run build' first`);
  const r = spawnSync(process.execPath, [CLI, ...args], { encoding: 'utf8', input, cwd: ROOT, maxBuffer: 1 << 28 });
  return { status: r.status, stdout: r.stdout, stderr: r.stderr };
}

export function readJson(path: string): any {
  return JSON.parse(readFileSync(path, 'utf8'));
}
