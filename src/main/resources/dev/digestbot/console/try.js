// Try it: what the bot replies to a message and why, with a way to teach it the message.
import { call } from './api.js';
import { openWithAlternate } from './entry.js';
import { byId, el, failed, fill, num } from './ui.js';

const VERDICTS = {
  ANSWER: 'Answers',
  SUGGEST: 'Suggests entries',
  NONE: 'Does not know',
};

/** A message to try once the section shows (from an entry's "Try its question"). */
let pending = null;

export function ask(text) {
  pending = text;
  if (location.hash === '#try') {
    show();
  } else {
    location.hash = '#try';
  }
}

export function setUp() {
  byId('try-form').addEventListener('submit', (event) => {
    event.preventDefault();
    run(byId('try-text').value);
  });
  // Enter asks, Shift+Enter starts a new line, as in a chat box.
  byId('try-text').addEventListener('keydown', (event) => {
    if (event.key === 'Enter' && !event.shiftKey && !event.isComposing) {
      event.preventDefault();
      byId('try-form').requestSubmit();
    }
  });
}

export function show() {
  if (pending !== null) {
    byId('try-text').value = pending;
    pending = null;
    return run(byId('try-text').value);
  }
  return undefined;
}

async function run(text) {
  byId('try-error').textContent = '';
  if (!text.trim()) {
    byId('try-error').textContent = 'Type a message first.';
    byId('try-text').focus();
    return;
  }
  try {
    const { data } = await call('POST', '/admin/try', { json: { text } });
    render(data, text);
  } catch (error) {
    failed(error, byId('try-error'));
  }
}

function render(result, message) {
  byId('try-result').hidden = false;
  const decision = byId('try-decision');
  decision.textContent = `${result.decision} · ${VERDICTS[result.decision]}`;
  decision.className = 'badge ' + result.decision.toLowerCase();
  byId('try-score').textContent = `score ${num(result.score)}`;
  byId('try-read').textContent = `The matcher read: “${result.normalized}”`;
  byId('try-reply').textContent = result.reply;
  fill(byId('try-entry'), result.entry
    ? ['Answered with ', el('a', { href: '#entry/' + encodeURIComponent(result.entry.id) }, result.entry.id),
      result.entry.link ? ` (link ${result.entry.link})` : '']
    : []);
  byId('try-none').hidden = result.candidates.length > 0;
  const rows = result.candidates.map((c) => el('tr', {},
    el('td', {}, el('a', { href: '#entry/' + encodeURIComponent(c.id) }, c.question),
      el('div', { class: 'hint' }, c.id + (c.project ? ' · ' + c.project : ''))),
    el('td', { class: 'num' }, num(c.confidence)),
    el('td', { class: 'wide num' }, num(c.rankScore)),
    el('td', { class: 'wide num' }, num(c.lead)),
    el('td', {}, el('span', { class: 'carrier' }, c.carriedBy.description),
      el('div', { class: 'hint' }, `${c.carriedBy.feature} +${num(c.carriedBy.contribution)}`),
      signals(c)),
    el('td', {}, el('button', {
      type: 'button', class: 'quiet',
      onclick: () => openWithAlternate(c.id, message),
    }, 'Add as alternate', el('span', { class: 'sr' }, ' of ' + c.id)))));
  fill(byId('try-candidates').querySelector('tbody'), rows);
}

function signals(candidate) {
  return el('details', {}, el('summary', {}, 'All signals'),
    el('dl', { class: 'signals' }, Object.entries(candidate.signals)
      .map(([name, value]) => [el('dt', {}, name), el('dd', {}, num(value))])));
}
