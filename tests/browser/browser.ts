/** Launches Debian's Chromium through playwright-core with the flags this sandboxed machine needs. */
import { chromium, type Browser, type BrowserContext, type Page } from 'playwright-core';
import { afterAll, beforeAll, inject } from 'vitest';

export const baseURL = inject('baseURL');
export const chromePath = inject('chromePath');
export const hasBrowser = chromePath !== null;

export function launch(): Promise<Browser> {
  return chromium.launch({
    executablePath: chromePath!,
    args: [
      '--no-sandbox',
      '--disable-gpu',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
      '--no-first-run',
      '--disable-quic',
    ],
  });
}

// One browser per test file, launched by the first describe block that asks for one and closed when the file is
// done (this hook, registered as the file is collected, belongs to the file): a launch takes a second or more, and
// the blocks of a file share nothing else, each test opening its own context.
let shared: Promise<Browser> | undefined;
afterAll(async () => {
  const browser = shared;
  shared = undefined;
  await (await browser)?.close();
});

/**
 * The file's browser, for the enclosing describe block. Contexts block the service worker unless a test asks for it
 * (`serviceWorkers: 'allow'`): a worker would answer requests that tests intercept with `route()`, and would
 * precache the whole site for every context.
 */
export function useBrowser(): Pick<Browser, 'newContext' | 'newPage'> {
  let browser: Browser | undefined;
  beforeAll(async () => {
    browser = await (shared ??= launch());
  });
  return {
    newContext: (options) => browser!.newContext({ serviceWorkers: 'block', ...options }),
    newPage: (options) => browser!.newPage({ serviceWorkers: 'block', ...options }),
  };
}

/** Makes every `localStorage.setItem` in the context throw, as a full or private-mode storage does. */
export async function refuseStorage(context: BrowserContext): Promise<void> {
  await context.addInitScript(() => {
    Storage.prototype.setItem = () => {
      throw new DOMException('full', 'QuotaExceededError');
    };
  });
}

/** Makes merely touching `localStorage` throw, as a browser that blocks site data (cookies blocked) does. */
export async function blockStorage(context: BrowserContext): Promise<void> {
  await context.addInitScript(() => {
    Object.defineProperty(window, 'localStorage', {
      get() {
        throw new DOMException('The operation is insecure.', 'SecurityError');
      },
    });
  });
}

/** Stores `value` under `key` before the first page of the context loads (only once, so reloads see what the page wrote). */
export async function seedStorageOnce(context: BrowserContext, key: string, value: string): Promise<void> {
  await context.addInitScript(
    ([k, v]) => {
      if (!sessionStorage.getItem('seeded')) {
        localStorage.setItem(k, v);
        sessionStorage.setItem('seeded', '1');
      }
    },
    [key, value] as const,
  );
}

/**
 * Waits until the page's islands have hydrated (src/islands/shared/hydrate-when-visible.ts marks each one), so
 * clicks reach Preact. Islands hydrate when they scroll into view, so each one still waiting is brought on screen.
 */
export async function hydrated(page: Page): Promise<void> {
  await page.locator('[data-island]').first().waitFor({ state: 'attached' });
  await page.waitForFunction(
    () => {
      const waiting = document.querySelector('[data-island]:not([data-hydrated])');
      waiting?.firstElementChild?.scrollIntoView({ block: 'nearest' });
      return waiting === null;
    },
    undefined,
    { polling: 100 },
  );
}

/**
 * In each page at the same instant (a shared wall-clock time a moment ahead), clicks `selector`, or types `value`
 * into it as one input event: their saves then race as two tabs' do when a reader changes both within milliseconds.
 */
export async function actTogether(actions: { page: Page; selector: string; value?: string }[]): Promise<void> {
  const at = Date.now() + 400;
  await Promise.all(
    actions.map(({ page, selector, value }) =>
      page.evaluate(
        ([sel, text, time]) =>
          new Promise<void>((resolve) =>
            setTimeout(
              () => {
                const el = document.querySelector<HTMLInputElement>(sel)!;
                if (text === null) el.click();
                else {
                  el.value = text;
                  el.dispatchEvent(new Event('input', { bubbles: true }));
                }
                resolve();
              },
              Math.max(0, time - Date.now()),
            ),
          ),
        [selector, value ?? null, at] as const,
      ),
    ),
  );
}
