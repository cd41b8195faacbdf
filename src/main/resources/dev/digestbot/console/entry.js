// One entry: create, edit (with the version it was read at as If-Match), delete.
import { call, entryPath } from './api.js';
import { projects } from './projects.js';
import * as tryIt from './try.js';
import { byId, clearErrors, confirm, el, failed, fill, list, say, showFieldError, when } from './ui.js';

/** The entry being edited ({entry, etag}), null for a new one. */
let current = null;
/** A message to add as a new alternate when the entry opens (from Try it). */
let pendingAlternate = null;

/** Opens the entry with `message` added as a new alternate, to be saved by the operator. */
export function openWithAlternate(id, message) {
  pendingAlternate = message;
  const target = '#entry/' + encodeURIComponent(id);
  if (location.hash === target) {
    show(id);
  } else {
    location.hash = target;
  }
}

export function setUp() {
  byId('entry-form').addEventListener('submit', (event) => {
    event.preventDefault();
    save();
  });
  byId('entry-add-alternate').addEventListener('click', () => addAlternate('').focus());
  byId('entry-delete').addEventListener('click', remove);
  byId('entry-reload').addEventListener('click', () => show(current.entry.id));
  byId('entry-try').addEventListener('click', () => tryIt.ask(byId('entry-question').value));
}

/** Shows the entry with this id, or an empty form for a new one (id null). */
export async function show(id) {
  const form = byId('entry-form');
  clearErrors(form);
  byId('entry-reload').hidden = true;
  const alternate = pendingAlternate;
  pendingAlternate = null;
  try {
    const [known, read] = await Promise.all([projects(), id ? call('GET', entryPath(id)) : null]);
    current = read ? { entry: read.data, etag: read.etag } : null;
    render(current ? current.entry : null, known);
  } catch (error) {
    failed(error);
    return;
  }
  const note = byId('entry-note');
  note.hidden = alternate === null;
  if (alternate !== null) {
    note.textContent = 'The message you tried is added below as a new alternate. Save to keep it.';
    addAlternate(alternate).focus();
  }
}

function render(entry, known) {
  byId('entry-title').textContent = entry ? 'Entry ' + entry.id : 'New entry';
  byId('entry-id').value = entry ? entry.id : '';
  byId('entry-id').readOnly = entry !== null;
  byId('entry-id-hint').hidden = entry !== null;
  byId('entry-question').value = entry ? entry.question : '';
  byId('entry-answer').value = entry ? entry.answer : '';
  byId('entry-link').value = entry && entry.link ? entry.link : '';
  byId('entry-tags').value = entry ? entry.tags.join(', ') : '';
  byId('entry-sameAs').value = entry && entry.sameAs ? entry.sameAs : '';
  byId('entry-disabled').value = entry && entry.disabled ? entry.disabled : '';
  const project = entry ? entry.project : null;
  fill(byId('entry-project'), el('option', { value: '' }, '(no project)'),
    known.map((p) => el('option', { value: p.name, selected: p.name === project }, p.name)));
  fill(byId('entry-alternates'));
  (entry ? entry.alternates : []).forEach((text) => addAlternate(text));
  byId('entry-delete').hidden = entry === null;
  byId('entry-save').textContent = entry ? 'Save' : 'Create entry';
  renderFacts(entry);
}

function renderFacts(entry) {
  const facts = [];
  if (entry) {
    facts.push(['Source', entry.source
      ? `${entry.source.digest}, item ${entry.source.item}${entry.source.date ? ', ' + entry.source.date : ''}`
      : 'written by hand']);
    facts.push(['Updated', when(entry.updated)]);
    if (entry.followups.length) {
      facts.push(['Follow-up turns', entry.followups.map((f) => f.question).join(' · ')]);
    }
    if (entry.twins.length) {
      facts.push(['Twins (answer as one)', entry.twins.map((t) => el('a', { href: '#entry/' + encodeURIComponent(t.id) }, t.id))]);
    }
  }
  fill(byId('entry-facts'), facts.map(([term, value]) => [el('dt', {}, term), el('dd', {}, value)]));
}

function addAlternate(text) {
  const items = byId('entry-alternates');
  const input = el('input', { 'aria-label': 'Alternate', value: text });
  input.value = text;
  const item = el('li', {}, input, el('button', {
    type: 'button', class: 'quiet', 'aria-label': 'Remove this alternate',
    onclick: () => {
      const next = item.nextElementSibling || item.previousElementSibling;
      item.remove();
      (next ? next.querySelector('input') : byId('entry-add-alternate')).focus();
    },
  }, 'Remove'));
  items.append(item);
  return input;
}

function body() {
  const text = (id) => byId(id).value.trim();
  const optional = (id) => text(id) || null;
  const entry = {
    question: text('entry-question'),
    alternates: [...byId('entry-alternates').querySelectorAll('input')].map((i) => i.value.trim()).filter((v) => v),
    answer: text('entry-answer'),
    project: optional('entry-project'),
    link: optional('entry-link'),
    tags: list(byId('entry-tags').value),
    sameAs: optional('entry-sameAs'),
    disabled: optional('entry-disabled'),
  };
  if (!current && text('entry-id')) {
    entry.id = text('entry-id');
  }
  return entry;
}

async function save() {
  const form = byId('entry-form');
  clearErrors(form);
  try {
    const saved = current
      ? await call('PUT', entryPath(current.entry.id), { json: body(), etag: current.etag })
      : await call('POST', '/admin/entries', { json: body() });
    const created = !current;
    current = { entry: saved.data, etag: saved.etag };
    byId('entry-note').hidden = true;
    say(created ? `Created entry ${saved.data.id}.` : `Saved entry ${saved.data.id}.`);
    if (created) {
      history.replaceState(null, '', '#entry/' + encodeURIComponent(saved.data.id));
    }
    render(current.entry, await projects());
  } catch (error) {
    if (error.error === 'stale_version') {
      byId('entry-error').textContent = `Someone changed the FAQ since this entry was read (it is at version ${error.faqVersion} now). `
        + 'Reload the entry and make your change again.';
      byId('entry-reload').hidden = false;
    } else if (!showFieldError(form, error)) {
      failed(error, byId('entry-error'));
    }
  }
}

async function remove() {
  const { id, question } = current.entry;
  if (!await confirm(`Delete entry ${id}?`, `“${question}” will no longer be answered. `
      + 'A rollback on the History page brings it back.', 'Delete')) {
    return;
  }
  try {
    await call('DELETE', entryPath(id), { etag: current.etag });
    say(`Deleted entry ${id}.`);
    location.hash = '#entries';
  } catch (error) {
    failed(error, byId('entry-error'));
  }
}
