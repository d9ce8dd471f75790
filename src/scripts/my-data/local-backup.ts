/** Export, import and undo of this browser's data; loaded on the first export or import, with the storage module. */
import {
  discardSetAside,
  exportAll,
  importAll,
  previewImport,
  restoreSetAside,
  setAsideBackup,
} from '../../lib/storage/backup';
import { localStore, now } from '../shared/local-documents';

export const exportLocal = () => exportAll(localStore(), now);

export const previewLocal = (text: string) => previewImport(localStore(), text);

export const importLocal = (text: string) => importAll(localStore(), text, now);

export const setAsideLocal = (key: string) => setAsideBackup(localStore(), key);

export const restoreLocal = (key: string) => restoreSetAside(localStore(), key, now);

export const discardLocal = (key: string) => discardSetAside(localStore(), key);
