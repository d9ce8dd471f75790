// The browser half of Astro's Preact renderer, without the Preact Signals support of @astrojs/preact/client.js:
// no island here passes signals, and that code is downloaded by every page with an island (the tool pages'
// JavaScript budget is in tests/dist/page-weight.test.ts). Same contract: hydrate server-rendered islands,
// render client:only ones, pass slots as static HTML, tag the vnode with the island's id, unmount on request.
import { h, hydrate, render } from 'preact';

/** A slot's server-rendered HTML, kept as it is. */
/** @param {{ value?: string, name?: string, hydrate?: boolean }} props */
const StaticHtml = ({ value, name, hydrate: live = true }) =>
  value ? h(live ? 'astro-slot' : 'astro-static-slot', { name, dangerouslySetInnerHTML: { __html: value } }) : null;
StaticHtml.shouldComponentUpdate = () => false;

/** @param {HTMLElement} element */
export default (element) =>
  /** @param {any} Component @param {any} props @param {Record<string, string>} slots @param {{ client: string }} options */
  async (Component, props, { default: children, ...slotted }, { client }) => {
    if (!element.hasAttribute('ssr')) return;
    for (const [name, value] of Object.entries(slotted)) props[name] = h(StaticHtml, { value, name });
    const vnode = /** @type {any} */ (
      h(Component, props, children == null ? children : h(StaticHtml, { value: children }))
    );
    const islandId = element.getAttribute('data-preact-island-id');
    const mask =
      islandId !== null && !Number.isNaN(Number.parseInt(islandId, 10))
        ? Number.parseInt(islandId, 10)
        : element.getAttribute('uid');
    if (mask !== null) vnode._mask = vnode.__m = [mask, 0];
    if (client === 'only') {
      element.replaceChildren();
      render(vnode, element);
    } else hydrate(vnode, element);
    element.addEventListener('astro:unmount', () => render(null, element), { once: true });
  };
