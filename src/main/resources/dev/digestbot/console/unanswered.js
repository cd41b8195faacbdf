// Unanswered: the queue, each group becoming a new entry, an alternate of an entry, or dismissed.
import { call, path } from './api.js';
import { projects } from './projects.js';
import { byId, clearErrors, el, failed, fill, num, say, showFieldError, when } from './ui.js';

const LIMIT = 200;

/** Groups in the queue, shown or not. */
let total = 0;

export async function show() {
  try {
    const { data } = await call('GET', path('/admin/unanswered', { order: 'recent', limit: LIMIT }));
    total = data.total;
    fill(byId('unanswered-list'), data.groups.map(card));
    summarize();
  } catch (error) {
    failed(error);
  }
}

function summarize() {
  const shown = byId('unanswered-list').children.length;
  byId('unanswered-summary').textContent = total === 0
    ? 'Nothing waits: every question was answered.'
    : `${total} ${total === 1 ? 'question waits' : 'questions wait'}`
      + (total > shown ? ` (the ${shown} seen last are shown)` : '') + '.';
}

function card(group) {
  const panel = el('div', { class: 'panel', id: `un-${group.id}-panel` });
  const item = el('li', { class: 'card', 'data-group': group.id },
    el('p', { class: 'asked' }, group.text),
    el('p', { class: 'hint' }, `asked ${group.count} ${group.count === 1 ? 'time' : 'times'} · last ${when(group.lastSeen)} · ${group.decision}`,
      group.best ? ` · closest: ${group.best.question} (${num(group.best.score)})` : ''),
    el('div', { class: 'actions' },
      el('button', { type: 'button', onclick: () => newEntry(group, panel, item) }, 'New entry'),
      el('button', { type: 'button', onclick: () => alternate(group, panel, item) }, 'Add as alternate'),
      el('button', { type: 'button', class: 'quiet', onclick: () => dismiss(group, item) }, 'Dismiss')),
    panel);
  return item;
}

/** Takes a group off the list once it is answered or dismissed, and says so. */
function done(item, message) {
  const next = item.nextElementSibling || item.previousElementSibling;
  item.remove();
  total -= 1;
  summarize();
  say(message);
  (next ? next.querySelector('button') : byId('unanswered-title')).focus();
}

async function newEntry(group, panel, item) {
  const ids = (name) => `un-${group.id}-${name}`;
  const field = (name, label, control) => el('div', { class: 'field', 'data-field': name },
    el('label', { for: ids(name) }, label), control, el('p', { class: 'field-error', id: ids(name) + '-error' }));
  let known;
  try {
    known = await projects();
  } catch (error) {
    failed(error);
    return;
  }
  const question = el('textarea', { id: ids('question'), rows: 2 });
  question.value = group.text;
  const answer = el('textarea', { id: ids('answer'), rows: 4 });
  const project = el('select', { id: ids('project') }, el('option', { value: '' }, '(no project)'),
    known.map((p) => el('option', { value: p.name }, p.name)));
  const error = el('p', { class: 'form-error', role: 'alert' });
  const form = el('form', { class: 'stack', novalidate: true },
    field('question', 'Question', question), field('answer', 'Answer', answer), field('project', 'Project', project),
    error, el('div', { class: 'actions' }, el('button', { type: 'submit' }, 'Create entry'),
      el('button', { type: 'button', class: 'quiet', onclick: () => fill(panel) }, 'Cancel')));
  form.addEventListener('submit', async (event) => {
    event.preventDefault();
    clearErrors(form);
    try {
      const { data } = await call('POST', '/admin/unanswered/' + group.id, {
        json: { question: question.value.trim(), answer: answer.value.trim(), project: project.value || null },
      });
      done(item, `Created entry ${data.id}.`);
    } catch (failure) {
      if (!showFieldError(form, failure)) {
        failed(failure, error);
      }
    }
  });
  fill(panel, form);
  answer.focus();
}

function alternate(group, panel, item) {
  const input = el('input', { id: `un-${group.id}-q`, type: 'search' });
  const results = el('ul', { class: 'results', 'aria-live': 'polite' });
  const error = el('p', { class: 'form-error', role: 'alert' });
  const add = async (entryId) => {
    try {
      await call('POST', '/admin/unanswered/' + group.id, { json: { alternateOf: entryId } });
      done(item, `Added “${group.text}” as an alternate of ${entryId}.`);
    } catch (failure) {
      failed(failure, error);
    }
  };
  const button = (entry) => el('button', { type: 'button', onclick: () => add(entry.id) }, 'Add to ', entry.id);
  const choice = (entry) => el('li', {}, button(entry), ' ', entry.question);
  const form = el('form', { class: 'inline', role: 'search', novalidate: true },
    el('label', { for: input.id }, 'Find the entry'), input, el('button', { type: 'submit' }, 'Search'));
  form.addEventListener('submit', async (event) => {
    event.preventDefault();
    try {
      const { data } = await call('GET', path('/admin/entries', { q: input.value.trim(), size: 8 }));
      fill(results, data.entries.length ? data.entries.map(choice) : el('li', {}, 'No entry matches.'));
    } catch (failure) {
      failed(failure, error);
    }
  });
  fill(panel, form, group.best ? el('p', {}, 'Closest: ', button(group.best), ' ', group.best.question) : null,
    results, error, el('button', { type: 'button', class: 'quiet', onclick: () => fill(panel) }, 'Cancel'));
  input.focus();
}

async function dismiss(group, item) {
  try {
    await call('DELETE', '/admin/unanswered/' + group.id);
    done(item, `Dismissed “${group.text}”.`);
  } catch (error) {
    failed(error);
  }
}
