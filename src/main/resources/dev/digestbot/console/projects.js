// Projects: the table, adding one, editing a project's link and aliases.
import { call } from './api.js';
import { byId, clearErrors, el, failed, fill, list, say, showFieldError } from './ui.js';

/** The project being edited, null while the form adds one. */
let editing = null;

/** The projects, sorted by name, as the API lists them. */
export async function projects() {
  const { data } = await call('GET', '/admin/projects');
  return data.projects;
}

export function setUp() {
  byId('project-form').addEventListener('submit', (event) => {
    event.preventDefault();
    save();
  });
  byId('project-cancel').addEventListener('click', () => startAdding());
}

export async function show() {
  startAdding();
  await load();
}

async function load() {
  try {
    const rows = (await projects()).map((project) => el('tr', {},
      el('th', { scope: 'row' }, project.name),
      el('td', {}, project.link),
      el('td', {}, project.aliases.join(', ')),
      el('td', {}, el('button', { type: 'button', class: 'quiet', onclick: () => startEditing(project) },
        'Edit', el('span', { class: 'sr' }, ' ' + project.name)))));
    fill(byId('projects-table').querySelector('tbody'), rows);
  } catch (error) {
    failed(error);
  }
}

function startAdding() {
  editing = null;
  const form = byId('project-form');
  clearErrors(form);
  form.reset();
  byId('project-name').disabled = false;
  byId('project-form-title').textContent = 'Add a project';
  byId('project-save').textContent = 'Add project';
  byId('project-cancel').hidden = true;
}

function startEditing(project) {
  editing = project;
  const form = byId('project-form');
  clearErrors(form);
  byId('project-name').value = project.name;
  byId('project-name').disabled = true;
  byId('project-link').value = project.link;
  byId('project-aliases').value = project.aliases.join(', ');
  byId('project-form-title').textContent = 'Edit ' + project.name;
  byId('project-save').textContent = 'Save project';
  byId('project-cancel').hidden = false;
  byId('project-link').focus();
}

async function save() {
  const form = byId('project-form');
  clearErrors(form);
  const body = { link: byId('project-link').value.trim(), aliases: list(byId('project-aliases').value) };
  try {
    if (editing) {
      await call('PUT', '/admin/projects/' + encodeURIComponent(editing.name), { json: body });
      say(`Saved ${editing.name}.`);
    } else {
      const name = byId('project-name').value.trim();
      await call('POST', '/admin/projects', { json: { name, ...body } });
      say(`Added ${name}.`);
    }
    startAdding();
    await load();
  } catch (error) {
    if (!showFieldError(form, error)) {
      failed(error, byId('project-error'));
    }
  }
}
