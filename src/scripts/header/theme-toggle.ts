/** Theme toggle (cycles system → dark → light); labels live in the button's data attributes. */
export function setUpThemeToggle(): void {
  const root = document.documentElement;
  const button = document.querySelector<HTMLButtonElement>('[data-theme-toggle]');
  if (!button) return;
  const media = matchMedia('(prefers-color-scheme: dark)');
  const read = () => {
    try {
      return localStorage.getItem('theme') ?? 'system';
    } catch {
      return 'system';
    }
  };
  const apply = (choice: string) => {
    root.dataset.theme = choice === 'dark' || (choice === 'system' && media.matches) ? 'dark' : 'light';
    button.textContent = button.dataset[choice] ?? '';
  };
  button.hidden = false;
  apply(read());
  button.addEventListener('click', () => {
    const next = ({ system: 'dark', dark: 'light' } as Record<string, string>)[read()] ?? 'system';
    try {
      if (next === 'system') localStorage.removeItem('theme');
      else localStorage.setItem('theme', next);
    } catch {
      /* storage unavailable: the choice lasts for this page only */
    }
    apply(next);
  });
  media.addEventListener('change', () => apply(read()));
}
