// The script that sets the theme before first paint (stored choice, else the system's). Kept as one constant so
// astro.config.mjs can put its exact hash in the Content Security Policy of every page, the 404 page included.
export const THEME_SCRIPT =
  "(()=>{let s=null;try{s=localStorage.getItem('theme')}catch{}const d=s==='dark'||(s!=='light'&&matchMedia('(prefers-color-scheme: dark)').matches);document.documentElement.dataset.theme=d?'dark':'light'})();";
