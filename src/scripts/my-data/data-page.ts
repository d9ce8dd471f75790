/**
 * "Your data" page: when the data was last exported, a download of everything as one JSON file, a restore from
 * such a file (validated by src/lib/storage/backup.ts, shown against what is stored and confirmed before anything
 * changes; what it replaces is set aside, to download or restore), and any data that was set aside because it could
 * not be read. Plain script; the storage module loads on the first export or import.
 */
import { fillTemplate } from '../../lib/format/template';
import { MAX_IMPORT_BYTES } from '../../lib/storage/limits';
import { lastExportedAt, quarantinedKeys, setAsideKeys } from '../../lib/storage/overview';
import type { ImportComparison } from '../../lib/storage/backup';
import type { DocumentSummary } from '../../lib/storage/summary';
import { button } from '../shared/button';

const root = document.querySelector<HTMLElement>('[data-my-data]');
if (root) {
  const $ = <E extends HTMLElement>(selector: string) => root.querySelector<E>(selector)!;
  const exported = $('[data-last-exported]');
  const exportStatus = $('[data-export-status]');
  const status = $('[data-import-status]');
  const fileInput = $<HTMLInputElement>('[data-import-file]');
  const preview = $('[data-import-preview]');
  const fileName = $('[data-file-name]');
  /** The chosen file's name beside the Arabic file button, isolated so a Latin name keeps its order. */
  const showFileName = () => {
    const file = fileInput.files?.[0];
    fileName.firstChild!.textContent = (file ? fileName.dataset.chosen : fileName.dataset.none) ?? '';
    fileName.querySelector('bdi')!.textContent = file?.name ?? '';
  };
  const quarantineList = $('[data-quarantine-list]');
  const setAsideList = $('[data-set-aside-list]');
  const setAsideNone = $('[data-set-aside-none]');
  const store = (): Storage | null => {
    try {
      return localStorage;
    } catch {
      return null;
    }
  };
  /** The page's Arabic message for a key (`newer-file` reads `data-newer-file`). */
  const message = (key: string) => root.dataset[key.replace(/-(\w)/g, (_, c: string) => c.toUpperCase())] ?? key;
  const dateText = (at: Date) =>
    new Intl.DateTimeFormat('ar-u-nu-latn', { dateStyle: 'long', timeStyle: 'short' }).format(at);
  const download = (name: string, text: string) => {
    const link = document.createElement('a');
    link.href = URL.createObjectURL(new Blob([text], { type: 'application/json' }));
    link.download = name;
    link.click();
  };
  const say = (text: string) => {
    status.textContent = text;
    status.hidden = false;
  };

  const showExported = () => {
    const at = lastExportedAt(store());
    exported.textContent = at ? dateText(at) : message('never');
  };
  const showQuarantine = () => {
    quarantineList.replaceChildren();
    const keys = quarantinedKeys(store());
    quarantineList.hidden = keys.length === 0;
    for (const key of keys) {
      const item = document.createElement('li');
      item.append(
        button(`${message('download-set-aside')} (${key.split(':')[2] ?? ''})`, 'link', () =>
          download(`${key.replace(/[^a-z0-9-]+/gi, '-')}.json`, store()?.getItem(key) ?? ''),
        ),
        button(message('discard'), 'link ms-4', () => {
          store()?.removeItem(key);
          showQuarantine();
        }),
      );
      quarantineList.append(item);
    }
  };
  /** What imports replaced, newest first: download, restore with one button, or delete. */
  const showSetAside = () => {
    setAsideList.replaceChildren();
    const keys = setAsideKeys(store()).reverse();
    setAsideList.hidden = keys.length === 0;
    setAsideNone.hidden = keys.length > 0;
    for (const key of keys) {
      const at = new Date(key.split(':').slice(2).join(':').replace(/~\d+$/, ''));
      const item = document.createElement('li');
      const label = document.createElement('span');
      label.textContent = fillTemplate(message('set-aside-label'), {
        date: Number.isNaN(at.getTime()) ? '' : dateText(at),
      });
      item.append(
        label,
        button(message('download-before'), 'link ms-4', async () => {
          const { setAsideLocal } = await import('./local-backup');
          download(`dalil-before-import-${/\d{4}-\d\d-\d\d/.exec(key)?.[0] ?? ''}.json`, setAsideLocal(key) ?? '');
        }),
        button(message('restore-before'), 'link ms-4', async () => {
          const { restoreLocal } = await import('./local-backup');
          const result = restoreLocal(key);
          say(message(result.ok ? 'restored' : result.error));
          showSetAside();
          status.focus();
        }),
        button(message('discard'), 'link ms-4', async () => {
          const { discardLocal } = await import('./local-backup');
          discardLocal(key);
          showSetAside();
        }),
      );
      setAsideList.append(item);
    }
  };

  const summaryText = (summary: DocumentSummary | null, damaged: boolean) =>
    damaged
      ? message('damaged')
      : summary
        ? fillTemplate(
            message(`summary-${summary.document}`),
            Object.fromEntries(Object.entries(summary).map(([k, v]) => [k, String(v)])),
          )
        : message('nothing-stored');
  const showPreview = (documents: ImportComparison[]) => {
    for (const row of preview.querySelectorAll<HTMLElement>('[data-row]')) {
      const doc = documents.find((d) => d.name === row.dataset.row);
      row.hidden = !doc;
      const [incoming, stored] = row.querySelectorAll('td');
      if (doc && incoming && stored) {
        incoming.textContent = summaryText(doc.incoming, false);
        stored.textContent = summaryText(doc.stored, doc.damaged);
      }
    }
    preview.hidden = false;
    $('[data-preview-title]').focus();
  };

  let chosen: string | null = null;
  const closePreview = () => {
    chosen = null;
    preview.hidden = true;
    fileInput.value = '';
  };

  $('[data-export]').addEventListener('click', async () => {
    const { exportLocal } = await import('./local-backup');
    const result = exportLocal();
    exportStatus.hidden = result.ok;
    if (!result.ok) {
      exportStatus.textContent = message(`export-${result.reason}`);
      return;
    }
    download(`dalil-backup-${new Date().toISOString().slice(0, 10)}.json`, result.text);
    showExported();
  });
  fileInput.addEventListener('change', async () => {
    const file = fileInput.files?.[0];
    showFileName();
    preview.hidden = true;
    status.hidden = true;
    if (!file) return;
    if (file.size > MAX_IMPORT_BYTES) {
      closePreview();
      return say(message('too-large'));
    }
    const text = await file.text();
    const { previewLocal } = await import('./local-backup');
    const result = previewLocal(text);
    if (!result.ok) {
      closePreview();
      return say(message(result.error));
    }
    chosen = text;
    showPreview(result.documents);
  });
  $('[data-import-confirm]').addEventListener('click', async () => {
    if (chosen === null) return;
    const { importLocal } = await import('./local-backup');
    const result = importLocal(chosen);
    closePreview();
    showFileName();
    say(message(result.ok ? 'imported' : result.error));
    showSetAside();
    showQuarantine();
    status.focus();
  });
  $('[data-import-cancel]').addEventListener('click', () => {
    closePreview();
    showFileName();
    say(message('cancelled'));
    fileInput.focus();
  });

  showExported();
  showQuarantine();
  showSetAside();
}
