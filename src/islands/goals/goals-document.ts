/**
 * The planner's goals document through the storage module. Imported dynamically: it loads when the reader first
 * changes something (or when the stored text needs the full check), so a page view costs only the planner.
 */
import { openDocument, safeStore } from '../../lib/storage/documents-store';

export const openGoals = () => openDocument(safeStore(() => localStorage), 'goals', () => new Date());
