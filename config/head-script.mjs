// The script at the top of every page's <head>, the 404 page included, before the first paint. Kept as one
// constant so astro.config.mjs can put its exact hash in the Content Security Policy.
// - Theme: the stored choice, else the system's, so the page never flashes the wrong theme.
// - Keys written before every key had the `dalil:` prefix move to their new names. Only an older version of the
//   site writes an old key, so a value found there is the newest.
// - Font: a page the service worker controls is drawn with the site's font from its first paint: the worker keeps
//   the font files, which the page before fetched after its own first paint (src/scripts/offline/register.ts says
//   why). Other pages use the system's Arabic font (src/styles/global.css).
import { KEY_PREFIX, LEGACY_KEYS, THEME_KEY } from '../src/lib/storage/keys.ts';

export const HEAD_SCRIPT = `(()=>{let s,d=document.documentElement;try{const l=localStorage;for(const k of${JSON.stringify(Object.keys(LEGACY_KEYS))}){const v=l.getItem(k);v!=null&&(l.setItem('${KEY_PREFIX}'+k,v),l.removeItem(k))}s=l.getItem('${THEME_KEY}')}catch{}navigator.serviceWorker?.controller&&(d.dataset.font='');d.dataset.theme=s=='dark'||s!='light'&&matchMedia('(prefers-color-scheme: dark)').matches?'dark':'light'})();`;
