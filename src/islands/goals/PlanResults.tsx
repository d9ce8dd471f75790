/** The plan worked out from the reader's goal: targets per month, week and day, the habit they take, and the price ramp. */
import type { GoalPlan } from '../../lib/goals/form';
import type { GoalUiKey } from '../../lib/goals/copy';
import { fillTemplate } from '../../lib/format/template';
import { ResultCard } from '../shared/ResultCard';

interface Props {
  plan: GoalPlan;
  ui: Record<GoalUiKey, string>;
  money: (v: number) => string;
  count: (v: number) => string;
}

export function PlanResults({ plan, ui, money, count }: Props) {
  const cards = (list: [GoalUiKey, string, string][]) =>
    list.map(([label, amount, id]) => <ResultCard key={id} label={ui[label]} amount={amount} id={id} />);
  return (
    <div aria-live="polite">
      <h2 class="mt-6 text-lg font-bold">{ui.targetsTitle}</h2>
      <dl class="mt-2 grid grid-cols-3 gap-3">
        {cards([
          ['monthly', money(plan.split.monthly), 'monthly'],
          ['weekly', money(plan.split.weekly), 'weekly'],
          ['daily', money(plan.split.daily), 'daily'],
        ])}
      </dl>
      <h2 class="mt-6 text-lg font-bold">{ui.habitTitle}</h2>
      <dl class="mt-2 grid grid-cols-2 gap-3 sm:grid-cols-5">
        {cards([
          ['netPerOrder', money(plan.plan.netPerOrder), 'net-per-order'],
          ['ordersPerMonth', count(plan.plan.ordersPerMonth), 'orders-month'],
          ['ordersPerWeek', count(plan.plan.ordersPerWeek), 'orders-week'],
          ['proposalsPerWeek', count(plan.plan.proposalsPerWeek), 'proposals-week'],
          ['proposalsPerDay', count(plan.plan.proposalsPerDay), 'proposals-day'],
        ])}
      </dl>
      {plan.overCapacity && (
        <p class="stale mt-3" data-over-capacity>
          {fillTemplate(ui.overCapacity, {
            needed: count(plan.overCapacity.needed),
            capacity: count(plan.overCapacity.capacity),
          })}
        </p>
      )}
      <h2 class="mt-6 text-lg font-bold">{ui.rampTitle}</h2>
      <p class="mt-1" data-ramp-summary>
        {plan.ramp.monthTargetReached === null
          ? fillTemplate(ui.notReached, { months: count(plan.ramp.months.length) })
          : fillTemplate(ui.reachedIn, {
              month: count(plan.ramp.monthTargetReached),
              price: money(plan.ramp.months[plan.ramp.monthTargetReached - 1]!.price),
            })}
      </p>
      <section class="mt-2 max-h-72 overflow-y-auto print:max-h-none" tabIndex={0} aria-label={ui.rampTitle}>
        <table class="w-full text-start text-sm" data-ramp>
          <thead>
            <tr>
              {(['rampMonth', 'rampPrice', 'rampOrders', 'rampReachable'] as const).map((key) => (
                <th key={key} scope="col" class="text-start">
                  {ui[key]}
                </th>
              ))}
            </tr>
          </thead>
          <tbody>
            {plan.ramp.months.map((m) => (
              <tr key={m.month} class="border-t border-slate-200 dark:border-slate-800">
                <td>{count(m.month)}</td>
                <td>
                  <bdi>{money(m.price)}</bdi>
                </td>
                <td>{count(m.ordersNeeded)}</td>
                <td>{m.reachable ? ui.yes : ui.no}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </section>
    </div>
  );
}
