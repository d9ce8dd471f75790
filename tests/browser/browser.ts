/** Launches Debian's Chromium through playwright-core with the flags this sandboxed machine needs. */
import { chromium, type Browser } from 'playwright-core';
import { inject } from 'vitest';

export const baseURL = inject('baseURL');
export const chromePath = inject('chromePath');
export const hasBrowser = chromePath !== null;

export function launch(): Promise<Browser> {
  return chromium.launch({
    executablePath: chromePath!,
    args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run', '--disable-quic'],
  });
}
