// The console's frame: signing in and out, and which section the address (#entries, #entry/ID, …) shows.
import { call, token } from './api.js';
import * as entries from './entries.js';
import * as entry from './entry.js';
import * as history from './history.js';
import * as importer from './importer.js';
import * as projects from './projects.js';
import * as tryIt from './try.js';
import * as unanswered from './unanswered.js';
import { ApiError, byId, setUpConfirm } from './ui.js';

const SECTIONS = {
  entries: () => entries.show(),
  projects: () => projects.show(),
  try: () => tryIt.show(),
  unanswered: () => unanswered.show(),
  import: () => undefined,
  history: () => history.show(),
};

function showOnly(id) {
  document.querySelectorAll('main > section').forEach((section) => { section.hidden = section.id !== id; });
  const navSection = id === 'entry' ? 'entries' : id;
  document.querySelectorAll('#nav a').forEach((link) => {
    if (link.dataset.section === navSection) {
      link.setAttribute('aria-current', 'page');
    } else {
      link.removeAttribute('aria-current');
    }
  });
}

/** Shows the section the address names, moving focus to its heading so keyboard and screen reader follow. */
async function route() {
  if (!token.get()) {
    signedOut();
    return;
  }
  const hash = decodeURIComponent(location.hash.slice(1));
  let shown;
  if (hash.startsWith('entry/')) {
    const id = hash.slice('entry/'.length);
    showOnly('entry');
    shown = entry.show(id === 'new' ? null : id);
  } else {
    const name = SECTIONS[hash] ? hash : 'entries';
    showOnly(name);
    shown = SECTIONS[name]();
  }
  const heading = document.querySelector('main > section:not([hidden]) h2');
  if (document.activeElement === document.body || !document.activeElement.closest('main > section:not([hidden])')) {
    heading.focus();
  }
  await shown;
}

function signedIn() {
  byId('nav').hidden = false;
  byId('sign-out').hidden = false;
}

function signedOut(message = '') {
  token.clear();
  byId('nav').hidden = true;
  byId('sign-out').hidden = true;
  showOnly('sign-in');
  byId('token').value = '';
  byId('token-error').textContent = message;
  byId('token').focus();
}

async function signIn(event) {
  event.preventDefault();
  const given = byId('token').value.trim();
  byId('token-error').textContent = '';
  if (!given) {
    byId('token-error').textContent = 'Enter the admin token.';
    return;
  }
  try {
    await call('GET', '/admin/versions', { bearer: given });
  } catch (error) {
    byId('token-error').textContent = error instanceof ApiError && error.status === 401
      ? 'Wrong token: the bot refused it. Check admin.token (DIGESTBOT_ADMIN_TOKEN) and try again.'
      : 'Could not sign in: ' + (error.detail || error.message);
    byId('token').focus();
    return;
  }
  token.set(given);
  byId('token').value = '';
  signedIn();
  await route();
}

entries.setUp();
entry.setUp();
projects.setUp();
tryIt.setUp();
importer.setUp();
setUpConfirm();
byId('sign-in-form').addEventListener('submit', signIn);
byId('sign-out').addEventListener('click', () => signedOut('Signed out.'));
document.addEventListener('console:unauthorized',
  () => signedOut('The bot refused the token (it may have changed). Sign in again.'));
window.addEventListener('hashchange', route);
// The link of the section shown reloads it, as operators expect of a tab they click again.
document.querySelectorAll('#nav a').forEach((link) => link.addEventListener('click', () => {
  if (link.hash === location.hash) {
    route();
  }
}));
if (token.get()) {
  signedIn();
}
route();
