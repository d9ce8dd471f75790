/**
 * The header's search dialog, built when the reader first opens it: it only ever works with JavaScript, so its
 * markup need not weigh on every page's HTML. Same data attributes as the search page's panel
 * (src/components/SearchPanel.astro), which the shared controller looks for.
 */
type Child = Node | string;

function h(tag: string, attrs: Record<string, string>, ...children: Child[]): HTMLElement {
  const node = document.createElement(tag);
  for (const [name, value] of Object.entries(attrs)) node.setAttribute(name, value);
  node.append(...children);
  return node;
}

export function buildSearchDialog(): HTMLDialogElement {
  const dialog = h('dialog', {
    'data-search-dialog': '',
    'aria-labelledby': 'search-dialog-title',
    class:
      'mx-auto mt-4 w-[min(40rem,calc(100%-1rem))] rounded-2xl bg-white p-0 text-inherit shadow-2xl backdrop:bg-slate-900/60 sm:mt-16 dark:bg-slate-950',
  }) as HTMLDialogElement;
  dialog.append(
    h(
      'div',
      { class: 'p-4' },
      h(
        'div',
        { class: 'mb-3 flex items-center justify-between gap-3' },
        h('h2', { id: 'search-dialog-title', class: 'text-lg font-bold' }, 'البحث في الدليل'),
        h(
          'button',
          {
            type: 'button',
            'data-search-close': '',
            class: 'rounded-lg border border-slate-300 px-3 py-1 text-sm dark:border-slate-700',
          },
          'إغلاق ',
          h('span', { class: 'sr-only' }, 'البحث'),
        ),
      ),
      h(
        'form',
        {
          role: 'search',
          action: '/search/',
          method: 'get',
          'data-search-form': '',
        },
        h('label', { for: 'search-dialog-q', class: 'sr-only' }, 'ابحث في الدليل'),
        h(
          'div',
          { class: 'flex gap-2' },
          h('input', {
            id: 'search-dialog-q',
            name: 'q',
            type: 'search',
            autocomplete: 'off',
            enterkeyhint: 'search',
            maxlength: '200',
            placeholder: 'مثل: التسعير، العميل الأول، خمسات',
            'aria-describedby': 'search-dialog-status',
            'data-search-input': '',
            class:
              'min-w-0 flex-1 rounded-xl border border-slate-300 bg-white px-4 py-3 text-lg dark:border-slate-700 dark:bg-slate-900',
          }),
          h('button', { type: 'submit', class: 'btn shrink-0' }, 'ابحث'),
        ),
      ),
      h('p', {
        id: 'search-dialog-status',
        role: 'status',
        class: 'mt-3 min-h-6 text-slate-700 dark:text-slate-300',
        'data-search-status': '',
      }),
      h('ol', {
        class: 'mt-2 space-y-1',
        'data-search-results': '',
        'aria-label': 'نتائج البحث',
      }),
      h(
        'div',
        {
          class: 'mt-3 space-y-4 rounded-xl bg-slate-50 p-4 dark:bg-slate-900',
          'data-search-empty': '',
          hidden: '',
        },
        h('p', {}, 'جرّب كلمة واحدة أقصر، أو كلمة أخرى بالمعنى نفسه، أو تأكد من الإملاء.'),
        h(
          'div',
          {},
          h('h3', { class: 'font-bold' }, 'مصطلحات قريبة مما كتبت'),
          h('ul', {
            class: 'mt-1 flex flex-wrap gap-x-4 gap-y-1',
            'data-search-terms': '',
          }),
        ),
        h(
          'div',
          {},
          h('h3', { class: 'font-bold' }, 'ابدأ من أكثر الأدلة قراءة في المسار'),
          h('ul', { class: 'mt-1 space-y-1', 'data-search-popular': '' }),
        ),
      ),
      h(
        'p',
        { class: 'mt-3 text-sm' },
        h('a', { class: 'link', href: '/search/', 'data-search-all': '' }, 'كل النتائج مع التصفية حسب النوع والمستوى'),
      ),
    ),
  );
  return dialog;
}
