/**
 * Serves dist/ on a free local port for the browser tests and tells them where Chromium is.
 * Without a browser the tests fail under CI=true and are skipped loudly elsewhere.
 */
import fs from 'node:fs';
import path from 'node:path';
import type { TestProject } from 'vitest/node';
import { startServer } from '../../scripts/build/static-server.mjs';

declare module 'vitest' {
  export interface ProvidedContext {
    baseURL: string;
    chromePath: string | null;
  }
}

export function findChrome(): string | null {
  const candidates = [process.env.CHROME_PATH, '/usr/bin/chromium', '/usr/bin/chromium-browser'].filter(
    Boolean,
  ) as string[];
  return candidates.find((p) => fs.existsSync(p)) ?? null;
}

export default async function setup(project: TestProject) {
  const dist = path.resolve(__dirname, '../../dist');
  if (!fs.existsSync(path.join(dist, 'index.html')))
    throw new Error('dist/ has no built site: run `npm run build` first.');
  const chromePath = findChrome();
  if (!chromePath) {
    const message = "No Chromium found (set CHROME_PATH or install Debian's chromium).";
    if (process.env.CI) throw new Error(`${message} Browser tests cannot be skipped under CI.`);
    console.warn(`\n${'!'.repeat(72)}\n!!! BROWSER TESTS SKIPPED: ${message}\n${'!'.repeat(72)}\n`);
  }
  const server = await startServer({ root: dist, port: 0 });
  project.provide('baseURL', `http://127.0.0.1:${server.address().port}`);
  project.provide('chromePath', chromePath);
  return () => new Promise<void>((resolve) => server.close(() => resolve()));
}
