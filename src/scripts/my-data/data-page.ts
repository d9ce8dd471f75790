/**
 * "Your data" page: when the data was last exported, a download of everything as one JSON file, a restore from
 * such a file (validated by src/lib/storage/backup.ts: nothing changes unless the whole file is right), and any data that was set
 * aside because it could not be read. Plain script; the storage module loads on the first export or import.
 */
import { MAX_IMPORT_BYTES } from '../../lib/storage/limits';
import { lastExportedAt, quarantinedKeys } from '../../lib/storage/overview';

const root = document.querySelector<HTMLElement>('[data-my-data]');
if (root) {
  const exported = root.querySelector<HTMLElement>('[data-last-exported]')!;
  const status = root.querySelector<HTMLElement>('[data-import-status]')!;
  const fileInput = root.querySelector<HTMLInputElement>('[data-import-file]')!;
  const quarantineList = root.querySelector<HTMLElement>('[data-quarantine-list]')!;
  const store = (): Storage | null => {
    try {
      return localStorage;
    } catch {
      return null;
    }
  };
  const message = (key: string) => root.dataset[key] ?? key;
  const download = (name: string, text: string) => {
    const link = document.createElement('a');
    link.href = URL.createObjectURL(new Blob([text], { type: 'application/json' }));
    link.download = name;
    link.click();
  };

  const showExported = () => {
    const at = lastExportedAt(store());
    exported.textContent = at
      ? new Intl.DateTimeFormat('ar-u-nu-latn', { dateStyle: 'long', timeStyle: 'short' }).format(at)
      : message('never');
  };
  const showQuarantine = () => {
    quarantineList.replaceChildren();
    const keys = quarantinedKeys(store());
    quarantineList.hidden = keys.length === 0;
    for (const key of keys) {
      const item = document.createElement('li');
      const get = document.createElement('button');
      get.type = 'button';
      get.className = 'link';
      get.textContent = `${message('downloadSetAside')} (${key.split(':')[2] ?? ''})`;
      get.addEventListener('click', () =>
        download(`${key.replace(/[^a-z0-9-]+/gi, '-')}.json`, store()?.getItem(key) ?? ''),
      );
      const drop = document.createElement('button');
      drop.type = 'button';
      drop.className = 'link ms-4';
      drop.textContent = message('discard');
      drop.addEventListener('click', () => {
        store()?.removeItem(key);
        showQuarantine();
      });
      item.append(get, drop);
      quarantineList.append(item);
    }
  };

  root.querySelector('[data-export]')!.addEventListener('click', async () => {
    const { exportLocal } = await import('./local-backup');
    const text = exportLocal();
    download(`dalil-backup-${new Date().toISOString().slice(0, 10)}.json`, text);
    showExported();
  });
  fileInput.addEventListener('change', async () => {
    const file = fileInput.files?.[0];
    if (!file) return;
    status.hidden = false;
    if (file.size > MAX_IMPORT_BYTES) {
      status.textContent = message('tooLarge');
      return;
    }
    const { importLocal } = await import('./local-backup');
    const result = importLocal(await file.text());
    status.textContent = result.ok
      ? message('imported')
      : message(result.error.replace(/-(\w)/g, (_, c: string) => c.toUpperCase()));
    fileInput.value = '';
  });

  showExported();
  showQuarantine();
}
