// The script that sets the theme before first paint (stored choice, else the system's). Kept as one constant so
// astro.config.mjs can put its exact hash in the Content Security Policy of every page, the 404 page included.
// It runs first on every page, so it also moves the keys written before every key had the `dalil:` prefix to
// their new names. Only an older version of the site writes an old key, so a value found there is the newest.
import { KEY_PREFIX, LEGACY_KEYS, THEME_KEY } from '../src/lib/storage/keys.ts';

export const THEME_SCRIPT = `(()=>{let s;try{const l=localStorage;for(const k of${JSON.stringify(Object.keys(LEGACY_KEYS))}){const v=l.getItem(k);v!=null&&(l.setItem('${KEY_PREFIX}'+k,v),l.removeItem(k))}s=l.getItem('${THEME_KEY}')}catch{}document.documentElement.dataset.theme=s=='dark'||s!='light'&&matchMedia('(prefers-color-scheme: dark)').matches?'dark':'light'})();`;
