/** Export and import of this browser's data; loaded on the first export or import, with the storage module. */
import { exportAll, importAll } from '../../lib/storage/backup';
import { localStore, now } from '../shared/local-documents';

export const exportLocal = () => exportAll(localStore(), now);

export const importLocal = (text: string) => importAll(localStore(), text, now);
