/**
 * <vacancy-countdown> keeps a deadline live: the time left, the state
 * (open, closing-soon, closed) and the deadline in the reader's own time zone.
 * The build hands it the instant (data-deadline, in ms); the page stays
 * complete without it. It updates only when what it shows can change, pauses
 * while the tab is hidden, and announces a change of state once.
 */
import {
  formatInReaderZone,
  formatTimeLeft,
  nextChangeIn,
  noticeState,
  type CountdownStrings,
  type NoticeState,
} from '../browser/countdown.ts';

const parsed = new WeakMap<Element, CountdownStrings>();

function stringsFor(element: Element): CountdownStrings | undefined {
  const holder = element.closest<HTMLElement>('[data-countdown-strings]');
  if (!holder) return undefined;
  if (!parsed.has(holder)) parsed.set(holder, JSON.parse(holder.dataset.countdownStrings!) as CountdownStrings);
  return parsed.get(holder);
}

class VacancyCountdown extends HTMLElement {
  #timer?: ReturnType<typeof setTimeout>;
  #onVisibility = () => this.#update();

  connectedCallback() {
    const strings = stringsFor(this);
    const local = this.querySelector('[data-countdown-local]');
    if (strings && local) {
      local.textContent =
        formatInReaderZone(
          Number(this.dataset.deadline),
          this.dataset.timeZone!,
          Intl.DateTimeFormat().resolvedOptions().timeZone,
          strings,
        ) ?? '';
    }
    document.addEventListener('visibilitychange', this.#onVisibility);
    this.#update();
  }

  disconnectedCallback() {
    clearTimeout(this.#timer);
    document.removeEventListener('visibilitychange', this.#onVisibility);
  }

  #update() {
    clearTimeout(this.#timer);
    const strings = stringsFor(this);
    if (!strings || document.visibilityState === 'hidden') return;
    const left = Number(this.dataset.deadline) - Date.now();
    const soonDays = Number(this.dataset.closingSoonDays);
    const state = noticeState(Number(this.dataset.deadline), Date.now(), soonDays);
    const output = this.querySelector('[data-countdown-left]');
    if (output) output.textContent = state === 'closed' ? strings.states.closed : formatTimeLeft(left, strings);
    if (state !== this.dataset.state) this.#changeState(state, strings);
    const delay = nextChangeIn(left, soonDays);
    // Timers cap at about 24.8 days; a longer wait simply wakes up once more.
    if (delay !== Infinity) this.#timer = setTimeout(() => this.#update(), Math.min(delay + 50, 2 ** 31 - 1));
  }

  #changeState(state: NoticeState, strings: CountdownStrings) {
    const scope = this.closest<HTMLElement>('[data-notice]') ?? this;
    for (const element of [scope, ...scope.querySelectorAll<HTMLElement>('[data-state]')]) element.dataset.state = state;
    for (const element of scope.querySelectorAll<HTMLElement>('[data-show-when]')) {
      element.hidden = !element.dataset.showWhen!.split(' ').includes(state);
    }
    for (const element of scope.querySelectorAll('[data-state-label]')) element.textContent = strings.states[state];
    const announcer = scope.querySelector('[data-countdown-announcer]');
    if (announcer) announcer.textContent = state === 'closed' ? strings.nowClosed : state === 'closing-soon' ? strings.nowClosingSoon : '';
    // In a listing, a notice that closes while the page is open leaves the open ones.
    if (state === 'closed' && scope.matches('li') && scope.parentElement?.dataset.list === 'open') scope.parentElement.append(scope);
  }
}

customElements.define('vacancy-countdown', VacancyCountdown);
