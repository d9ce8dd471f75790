/**
 * The weekly log's code, loaded as one chunk when the reader has logged weeks or starts adding one, so a first
 * visit downloads only the plan: the log's chart, verdict and table, and reading and adding a typed week.
 */
export { WeekLog } from './WeekLog';
export { readWeek, withWeek } from '../../lib/goals/week-form';
