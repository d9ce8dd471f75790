/**
 * Preact's hydration of one island, loaded by hydrate-when-visible.ts with the island's component, so nothing of
 * Preact is downloaded before an island comes into view.
 */
import { h, hydrate, type ComponentType } from 'preact';

export function hydrateIsland<P extends object>(component: ComponentType<P>, props: P, root: HTMLElement): void {
  hydrate(h(component, props), root);
}
