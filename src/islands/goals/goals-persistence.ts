/**
 * Where the planner's goals are kept. A first visit (nothing stored) loads nothing more. Saved goals show through
 * the strict reader (lib/goals/saved-goals), loaded when there is stored text; the storage module and its schemas
 * load on the first change, or at once for stored text that reader cannot vouch for (quarantine, migration, a
 * newer version). Changes wait in order until one save writes them all, so none is
 * lost while the storage module cannot be downloaded; another tab's save is taken as it arrives. Plain closures
 * rather than a class, so the minifier can shorten every name (the page's JavaScript budget is tight).
 */
import { importOnce } from '../../lib/async/import-once';
import { GOAL_FIELD_IDS } from '../../lib/goals/form';
import type { Goals } from '../../lib/storage/documents';
import type { DocumentStore } from '../../lib/storage/documents-store';
import type { StorageNotice } from '../../lib/storage/document-state';
import { GOALS_KEY } from '../../lib/storage/keys';
import { readLocal } from '../../scripts/shared/local-storage';

/** What the planner shows of its stored document. */
export interface SavedGoals {
  goals: Goals;
  notice: StorageNotice | null;
  readOnly: boolean;
  /** Text set aside as unreadable, as a download link ('' when there is none). */
  rawUrl: string;
}

/** How saving stands: `opening` while stored text is checked (editing waits), `notSaved` after a refused write. */
export type SaveStatus = Partial<{ opening: boolean; notSaved: boolean; readOnly: boolean }>;

export function goalsPersistence(show: (saved: SavedGoals) => void, status: (status: SaveStatus) => void) {
  let doc: DocumentStore<Goals> | null = null;
  let rawUrl = '';
  const pending: ((data: Goals) => Goals)[] = [];

  /** The strict reader of saved goals, loaded once there is stored text to read. */
  const reader = importOnce(() => import('../../lib/goals/saved-goals'));
  /** The storage module and the goals document, loaded once (again after a failed download). */
  const open = importOnce(() =>
    import('../../scripts/shared/local-documents').then((m) => (doc = m.openLocalDocument('goals'))),
  );

  const fromDocument = () => {
    const { data, notice, readOnly } = doc!.state;
    if (notice?.kind === 'quarantined' && !rawUrl)
      rawUrl = URL.createObjectURL(new Blob([notice.raw], { type: 'application/json' }));
    show({ goals: data, notice, readOnly, rawUrl });
  };

  /**
   * Shows what is stored: the strict reader's result when it vouches for it, otherwise the storage module's.
   * Editing waits meanwhile, so that nothing typed is replaced by what was stored.
   */
  const load = async () => {
    const raw = readLocal(GOALS_KEY);
    if (raw === null) return show({ goals: { fields: {}, weeks: [] }, notice: null, readOnly: false, rawUrl });
    status({ opening: true });
    try {
      const goals = (await reader()).goalsFromStoredText(raw, GOAL_FIELD_IDS);
      if (goals) show({ goals, notice: null, readOnly: false, rawUrl });
      else {
        await open();
        fromDocument();
      }
    } catch {
      /* a part did not download (offline): the defaults stay, and the first change tries again */
    }
    status({ opening: false });
  };

  return {
    open,
    load,
    /** Saves once the storage module is loaded; the screen has already changed, so typing never waits for it. */
    save(change: (data: Goals) => Goals) {
      pending.push(change);
      open().then(
        (store) => {
          const changes = pending.splice(0);
          if (changes.length === 0) return; // an earlier call wrote them
          const result = store.update((data) => changes.reduce((d, f) => f(d), data));
          // Another tab's save may have arrived meanwhile: show the stored result, which holds both.
          if (result.saved) fromDocument();
          status({
            notSaved: !result.saved && (result.reason === 'quota' || result.reason === 'unavailable'),
            readOnly: result.state.readOnly,
          });
        },
        () => status({ notSaved: true }),
      );
    },
    /** Written with the next save, never on its own (a link's values, which the reader has not yet acted on). */
    later(change: (data: Goals) => Goals) {
      pending.push(change);
    },
    /** Another tab saved: take its version. */
    onStorage(event: StorageEvent) {
      if (doc) {
        if (doc.applyExternalChange(event)) fromDocument();
      } else if (event.key === GOALS_KEY || event.key === null) void load();
    },
    dispose() {
      if (rawUrl) URL.revokeObjectURL(rawUrl);
    },
  };
}
