// History: the kept versions with what each changed, and rollback.
import { call } from './api.js';
import { byId, confirm, el, failed, fill, say, when } from './ui.js';

export async function show() {
  try {
    const { data } = await call('GET', '/admin/versions');
    byId('history-summary').textContent = `The bot serves version ${data.current}. `
      + 'A rollback makes an earlier version current again, as a new version that can be rolled back in turn.';
    fill(byId('history-table').querySelector('tbody'), data.versions.map((v) => row(v, data.current)));
  } catch (error) {
    failed(error);
  }
}

function row(version, current) {
  return el('tr', { 'data-version': version.version },
    el('th', { scope: 'row' }, String(version.version), version.version === current ? el('span', { class: 'badge' }, 'current') : null),
    el('td', {}, version.reason),
    el('td', {}, changes(version)),
    el('td', { class: 'wide' }, when(version.savedAt)),
    el('td', { class: 'wide num' }, String(version.entries)),
    el('td', {}, version.version === current ? null : el('button', {
      type: 'button', class: 'quiet', onclick: () => rollback(version, current),
    }, 'Roll back', el('span', { class: 'sr' }, ' to version ' + version.version))));
}

function changes(version) {
  const c = version.changes;
  if (!c) {
    return el('span', { class: 'hint' }, version.reason === 'loaded' ? 'what the bot started with' : 'not recorded');
  }
  const kinds = [['added', '+'], ['changed', '~'], ['removed', '−']].filter(([kind]) => c[kind].count > 0);
  if (!kinds.length) {
    return el('span', { class: 'hint' }, 'no entry changed');
  }
  const summary = kinds.map(([kind, sign]) => `${sign}${c[kind].count} ${kind}`).join(' ');
  return el('details', {}, el('summary', {}, summary),
    el('dl', {}, kinds.map(([kind]) => [el('dt', {}, kind),
      el('dd', {}, c[kind].ids.join(', ') + (c[kind].count > c[kind].ids.length ? ` and ${c[kind].count - c[kind].ids.length} more` : ''))])));
}

async function rollback(version, current) {
  if (!await confirm(`Roll back to version ${version.version}?`,
    `The FAQ becomes what it was at version ${version.version} (“${version.reason}”, ${version.entries} entries) `
      + `instead of version ${current}. The rollback is itself a new version, so it can be undone the same way.`,
    'Roll back')) {
    return;
  }
  try {
    const { data } = await call('POST', '/admin/rollback/' + version.version);
    say(`Rolled back to version ${data.restored}: the bot now serves version ${data.faqVersion} with ${data.entries} entries.`);
    await show();
  } catch (error) {
    failed(error);
  }
}
