/**
 * Theme toggle (cycles system → dark → light); labels live in the button's data attributes, and so does the
 * storage key (`data-theme-toggle`, from the key registry), so this script on every page imports no shared chunk.
 */
export function setUpThemeToggle(): void {
  const root = document.documentElement;
  const button = document.querySelector<HTMLButtonElement>('[data-theme-toggle]');
  if (!button) return;
  const key = button.dataset.themeToggle!;
  const media = matchMedia('(prefers-color-scheme: dark)');
  const read = () => {
    try {
      return localStorage.getItem(key) ?? 'system';
    } catch {
      return 'system';
    }
  };
  const apply = (choice: string) => {
    root.dataset.theme = choice === 'dark' || (choice === 'system' && media.matches) ? 'dark' : 'light';
    // The icon follows the theme shown (CSS: sun or moon); the hidden label, which also names the choice "تلقائي",
    // names the button for screen readers, the title for a mouse.
    const label = button.dataset[choice] ?? '';
    button.title = label;
    button.querySelector('[data-theme-label]')!.textContent = label;
  };
  button.hidden = false;
  apply(read());
  button.addEventListener('click', () => {
    const next = ({ system: 'dark', dark: 'light' } as Record<string, string>)[read()] ?? 'system';
    try {
      if (next === 'system') localStorage.removeItem(key);
      else localStorage.setItem(key, next);
    } catch {
      /* storage unavailable: the choice lasts for this page only */
    }
    apply(next);
  });
  media.addEventListener('change', () => apply(read()));
}
