/** Shows the questions whose latest stored answer is wrong (lib/progress/practice.ts), on /path/review/. */
import { isRightAnswer, practiceFromStoredText } from '../../lib/progress/practice';
import { fillTemplate } from '../../lib/format/template';
import { PRACTICE_KEY } from '../../lib/storage/keys';
import { readLocal } from '../shared/local-storage';

const status = document.querySelector<HTMLElement>('[data-review-status]');
const show = () => {
  const record = practiceFromStoredText(readLocal(PRACTICE_KEY));
  let count = 0;
  for (const item of document.querySelectorAll<HTMLElement>('[data-review-question]')) {
    const id = item.dataset.reviewQuestion!;
    const chosen = record.answers.get(id);
    const key = { id, correct: (item.dataset.correct ?? '').split(',') };
    item.hidden = !chosen || isRightAnswer(key, chosen);
    if (!item.hidden) count++;
  }
  if (status)
    status.textContent = count
      ? fillTemplate(status.dataset.some ?? '', { count: String(count) })
      : (status.dataset.none ?? '');
};
addEventListener('storage', (e) => {
  if (e.key === PRACTICE_KEY || e.key === null) show();
});
show();
