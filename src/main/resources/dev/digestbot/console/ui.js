// What every section shares: building elements (text only, never HTML), field errors,
// the status line, the confirmation dialog and the shape of a failed call.

/**
 * An element with attributes and children. Children are nodes or strings; strings become text
 * nodes, so nothing a user or the API wrote is ever parsed as HTML.
 */
export function el(tag, attributes = {}, ...children) {
  const node = document.createElement(tag);
  for (const [name, value] of Object.entries(attributes)) {
    if (value === false || value === null || value === undefined) {
      continue;
    }
    if (name.startsWith('on')) {
      node.addEventListener(name.slice(2), value);
    } else {
      node.setAttribute(name, value === true ? '' : String(value));
    }
  }
  append(node, children);
  return node;
}

function append(node, children) {
  for (const child of children) {
    if (child === null || child === undefined || child === false) {
      continue;
    }
    if (Array.isArray(child)) {
      append(node, child);
    } else {
      node.append(child instanceof Node ? child : document.createTextNode(String(child)));
    }
  }
}

/** Replaces a node's children. */
export function fill(node, ...children) {
  node.replaceChildren();
  append(node, children);
  return node;
}

export const byId = (id) => document.getElementById(id);

/** A number with three decimals, as the API rounds them. */
export const num = (value) => (value === null || value === undefined ? '' : value.toFixed(3));

/** An ISO-8601 instant as "2026-01-02 03:04" (UTC). */
export const when = (iso) => (iso ? iso.slice(0, 16).replace('T', ' ') : '');

/** Splits "a, b,c" into ["a", "b", "c"], dropping empty items. */
export const list = (text) => text.split(',').map((s) => s.trim()).filter((s) => s !== '');

let statusTimer;

/** Says something in the status line, which screen readers announce. */
export function say(message, kind = 'ok') {
  const status = byId('status');
  status.className = 'status ' + kind;
  status.textContent = message;
  clearTimeout(statusTimer);
  statusTimer = setTimeout(() => { status.textContent = ''; status.className = 'status'; }, 8000);
}

/** A refusal of the admin API: its status, error code and detail, and the field the detail names. */
export class ApiError extends Error {
  constructor(status, body) {
    const detail = body && body.detail ? body.detail : `the bot answered HTTP ${status}`;
    super(detail);
    this.status = status;
    this.error = body && body.error ? body.error : 'http_' + status;
    this.detail = detail;
    this.faqVersion = body ? body.faqVersion : undefined;
    // Details of a 400 start with the field: "alternates[1]: …", "project: \"Nacos\" (expected: …)".
    const field = /^([A-Za-z]+)(?:\[(\d+)\])?[.:\[]/.exec(detail);
    this.field = field ? field[1] : null;
    this.index = field && field[2] !== undefined ? Number(field[2]) : null;
  }
}

/** Tells the page a call was refused for want of the right token, so it signs out. */
export function failed(error, shownIn) {
  if (error instanceof ApiError && error.status === 401) {
    document.dispatchEvent(new CustomEvent('console:unauthorized'));
    return;
  }
  const text = error instanceof ApiError ? error.detail : 'The bot could not be reached: ' + error.message;
  if (shownIn) {
    shownIn.textContent = text;
  } else {
    say(text, 'error');
  }
}

/**
 * Shows each error next to its field inside `form` (elements with data-field and an
 * `<id>-error` paragraph); returns false when the error names no field of the form.
 */
export function showFieldError(form, error) {
  if (!(error instanceof ApiError) || !error.field) {
    return false;
  }
  const field = form.querySelector(`[data-field="${error.field}"]`);
  if (!field) {
    return false;
  }
  const message = field.querySelector('.field-error');
  message.textContent = error.detail;
  const inputs = [...field.querySelectorAll('input, textarea, select')];
  const input = error.index !== null && inputs[error.index] ? inputs[error.index] : inputs[0];
  if (input) {
    input.setAttribute('aria-invalid', 'true');
    input.focus();
  }
  return true;
}

export function clearErrors(form) {
  form.querySelectorAll('.field-error, .form-error').forEach((p) => { p.textContent = ''; });
  form.querySelectorAll('[aria-invalid]').forEach((input) => input.removeAttribute('aria-invalid'));
}

/** Asks for confirmation in the page's dialog; resolves true for yes. Escape or Cancel says no. */
export function confirm(title, text, yes) {
  const dialog = byId('confirm');
  byId('confirm-title').textContent = title;
  byId('confirm-text').textContent = text;
  byId('confirm-yes').textContent = yes;
  const opener = document.activeElement;
  return new Promise((resolve) => {
    dialog.addEventListener('close', () => {
      if (opener && opener.isConnected) {
        opener.focus();
      }
      resolve(dialog.returnValue === 'yes');
    }, { once: true });
    dialog.returnValue = 'no';
    dialog.showModal();
    byId('confirm-no').focus();
  });
}

export function setUpConfirm() {
  const dialog = byId('confirm');
  dialog.querySelector('form').addEventListener('submit', (event) => {
    event.preventDefault();
    dialog.close(event.submitter ? event.submitter.value : 'no');
  });
}
