// Import: digest files or a URL, a dry run's report per digest, then apply.
import { call, path } from './api.js';
import { byId, el, failed, fill, say } from './ui.js';

/** The digests of the last dry run, each {name, markdown} or {url}, to apply as they were tried. */
let tried = [];

export function setUp() {
  byId('import-files-form').addEventListener('submit', async (event) => {
    event.preventDefault();
    byId('import-files-error').textContent = '';
    const files = [...byId('import-files').files];
    if (!files.length) {
      byId('import-files-error').textContent = 'Choose one or more digest .md files first.';
      byId('import-files').focus();
      return;
    }
    try {
      run(await Promise.all(files.map(async (file) => ({ name: file.name, markdown: await file.text() }))), true);
    } catch (error) {
      byId('import-files-error').textContent = 'The files could not be read: ' + error.message;
    }
  });
  byId('import-url-form').addEventListener('submit', (event) => {
    event.preventDefault();
    byId('import-url-error').textContent = '';
    const url = byId('import-url').value.trim();
    if (!url) {
      byId('import-url-error').textContent = 'Paste the URL of a digest first.';
      byId('import-url').focus();
      return;
    }
    run([{ url }], true);
  });
  byId('import-apply').addEventListener('click', () => run(tried, false));
}

/** Imports each digest in turn (a dry run writes nothing) and shows every report and failure. */
async function run(digests, dryRun) {
  tried = digests;
  const reports = [];
  let failures = 0;
  for (const digest of digests) {
    try {
      const { data } = digest.url
        ? await call('POST', path('/admin/import', { url: digest.url, dryRun }))
        : await call('POST', path('/admin/import', { name: digest.name, dryRun }), { markdown: digest.markdown });
      reports.push(report(data));
    } catch (error) {
      if (error.status === 401) {
        failed(error);
        return;
      }
      failures += 1;
      reports.push(el('div', { class: 'report failed' }, el('h4', {}, digest.name || digest.url),
        el('p', { class: 'form-error' }, error.detail || error.message)));
    }
  }
  byId('import-result').hidden = false;
  const title = byId('import-result-title');
  title.textContent = dryRun ? 'Dry run: nothing is written yet' : 'Imported';
  fill(byId('import-reports'), reports);
  byId('import-error').textContent = failures ? `${failures} of ${digests.length} could not be imported.` : '';
  byId('import-apply').hidden = !dryRun || failures === digests.length;
  if (!dryRun) {
    say(`Imported ${digests.length - failures} of ${digests.length}.`, failures ? 'error' : 'ok');
  }
  title.focus();
}

function report(r) {
  const ids = (label, values) => el('div', { class: 'ids' }, el('dt', {}, `${label}: ${values.length}`),
    el('dd', {}, values.length ? values.join(', ') : '—'));
  return el('div', { class: 'report' },
    el('h4', {}, r.fileName),
    el('p', {}, `${r.itemsFound} items found, ${r.withProject} with a project.`),
    el('dl', {}, ids('Created', r.created), ids('Updated', r.updated), ids('Unchanged', r.unchanged),
      ids('Kept', r.kept), ids('Removed', r.removed)),
    r.skipped.length
      ? [el('p', {}, `Skipped: ${r.skipped.length}`), el('ul', {}, r.skipped.map((s) =>
        el('li', {}, `item ${s.ordinal} (line ${s.line}): ${s.reason}`)))]
      : el('p', {}, 'Skipped: 0'));
}
