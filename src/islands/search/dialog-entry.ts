// Entry of the separately bundled search dialog (see src/islands/header/search-launcher.ts). A bundle loaded by
// URL keeps no exports, so it listens for the launcher's event instead, and opens once on its first load.
import { openSearchDialog } from './dialog';
import { OPEN_SEARCH_EVENT } from './events';

const dialog = document.querySelector<HTMLDialogElement>('dialog[data-search-dialog]');
if (dialog) {
  document.addEventListener(OPEN_SEARCH_EVENT, () => openSearchDialog(dialog));
  openSearchDialog(dialog);
}
