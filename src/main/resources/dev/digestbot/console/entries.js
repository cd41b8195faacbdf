// Entries: the searchable, paged table; a question opens the entry.
import { call, path } from './api.js';
import { byId, el, failed, fill, when } from './ui.js';

const SIZE = 20;
let query = '';
let page = 1;
let pages = 1;

export function setUp() {
  byId('entries-search').addEventListener('submit', (event) => {
    event.preventDefault();
    query = byId('entries-q').value.trim();
    page = 1;
    load();
  });
  byId('entries-prev').addEventListener('click', () => { page -= 1; load(); });
  byId('entries-next').addEventListener('click', () => { page += 1; load(); });
  byId('entries-new').addEventListener('click', () => { location.hash = '#entry/new'; });
}

export function show() {
  byId('entries-q').value = query;
  return load();
}

async function load() {
  try {
    const { data } = await call('GET', path('/admin/entries', { q: query, page, size: SIZE }));
    pages = Math.max(1, Math.ceil(data.total / SIZE));
    if (page > pages) {
      page = pages;
      return load();
    }
    render(data);
  } catch (error) {
    failed(error);
  }
}

function render(data) {
  const rows = data.entries.map((entry) => el('tr', {},
    el('td', {}, el('a', { href: '#entry/' + encodeURIComponent(entry.id), 'data-id': entry.id }, entry.question),
      entry.disabled ? el('span', { class: 'badge muted' }, 'disabled') : null),
    el('td', {}, entry.project || '—'),
    el('td', { class: 'wide num' }, String(entry.alternates.length)),
    el('td', { class: 'wide' }, entry.source ? entry.source.digest : 'by hand'),
    el('td', { class: 'wide' }, when(entry.updated))));
  fill(byId('entries-table').querySelector('tbody'), rows);
  const found = query ? `${data.total} entries match “${query}”` : `${data.total} entries`;
  byId('entries-summary').textContent = data.total === 0 ? (query ? `No entry matches “${query}”.` : 'No entries yet.') : found;
  byId('entries-page').textContent = `Page ${page} of ${pages}`;
  byId('entries-prev').disabled = page <= 1;
  byId('entries-next').disabled = page >= pages;
}
