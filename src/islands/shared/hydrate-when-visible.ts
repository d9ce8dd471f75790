/**
 * Hydrates a server-rendered Preact island when it scrolls into view, in place of Astro's `client:visible`
 * runtime: that runtime (the <astro-island> element, its props decoder and the renderer) cost every page with a
 * tool about 2.5 kB of gzipped JavaScript, a sixth of a tool page's budget (tests/dist/page-weight.test.ts),
 * for features no island here uses (slots, signals, typed props). The page renders the component inside
 * `<div data-island="Name">` followed by its props as JSON (src/components/Island.astro); the component's code
 * is requested only when the island comes into view, and not before the page's first paint is on screen: the
 * server-rendered tool shows at once, and on a slow phone its hydration never delays that first view.
 */
import type { ComponentType } from 'preact';

/** `load` gives the component; its props are the JSON the page wrote (src/components/Island.astro). */
export function hydrateWhenVisible<P extends object>(name: string, load: () => Promise<ComponentType<P>>): void {
  const watch = () => {
    for (const root of document.querySelectorAll<HTMLElement>(`[data-island="${name}"]`)) {
      const seen = new IntersectionObserver(async (entries) => {
        if (!entries.some((e) => e.isIntersecting)) return;
        seen.disconnect();
        const props = JSON.parse(root.nextElementSibling?.textContent ?? '{}') as P;
        const [{ hydrateIsland }, component] = await Promise.all([import('./hydrate-island'), load()]);
        hydrateIsland(component, props, root);
        // Browser tests wait for this mark before they click (tests/browser/browser.ts).
        root.dataset.hydrated = '';
      });
      seen.observe(root);
    }
  };
  // The first paint's `paint` entry; a browser without paint timing (Safari before 14.1) watches at once.
  if (!PerformanceObserver.supportedEntryTypes.includes('paint')) return watch();
  new PerformanceObserver((_, painted) => {
    painted.disconnect();
    watch();
  }).observe({ type: 'paint', buffered: true });
}
