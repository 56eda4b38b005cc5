// Compiles to dist/ with tsc only when a source file changed since the last build, so
// `npm start` and `npm run token` don't pay for a compile they don't need. Emit only
// (--noCheck: the same output as a checked build); `npm test` and CI do the type checking.
import { execFileSync } from 'node:child_process';
import { existsSync, readdirSync, statSync, utimesSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

const STAMP = 'dist/.build-stamp';
const INPUTS = ['src', 'migrations', 'seeds', 'scripts', 'bench', 'package.json', 'package-lock.json', 'tsconfig.json', 'tsconfig.build.json'];

const newest = (path) => {
  const s = statSync(path);
  if (!s.isDirectory()) return s.mtimeMs;
  return readdirSync(path).reduce((m, entry) => Math.max(m, newest(join(path, entry))), s.mtimeMs);
};

const built = existsSync(STAMP) ? statSync(STAMP).mtimeMs : 0;
if (INPUTS.some((p) => existsSync(p) && newest(p) > built)) {
  const started = new Date();
  execFileSync(process.execPath, ['node_modules/typescript/bin/tsc', '-p', 'tsconfig.build.json', '--noCheck'], { stdio: 'inherit' });
  writeFileSync(STAMP, started.toISOString());
  utimesSync(STAMP, started, started); // edits made during the compile count as newer
}
