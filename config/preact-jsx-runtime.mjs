// The JSX runtime the islands are compiled against: Preact's own `createElement`, which every page with an
// island already downloads, instead of preact/jsx-runtime's second vnode factory (its bytes count against the
// tool pages' JavaScript budget in tests/dist/page-weight.test.ts). Babel's automatic runtime passes a key
// apart from the props; createElement reads it (and ref) from the props.
import { createElement } from 'preact';

export { Fragment } from 'preact';

/** @param {any} type @param {any} props @param {any} [key] */
export const jsx = (type, props, key) => createElement(type, key === undefined ? props : { ...props, key });
export { jsx as jsxs, jsx as jsxDEV };
