// The admin API, spoken with the token kept in this tab's sessionStorage.
import { ApiError } from './ui.js';

const KEY = 'digestbot.console.token';

export const token = {
  get: () => sessionStorage.getItem(KEY),
  set: (value) => sessionStorage.setItem(KEY, value),
  clear: () => sessionStorage.removeItem(KEY),
};

/**
 * Calls the admin API. `json` is sent as a JSON body, `markdown` as a digest; `etag` as If-Match.
 * Resolves to {data, etag}; rejects with an ApiError for any answer but 2xx.
 */
export async function call(method, path, { json, markdown, etag, bearer = token.get() } = {}) {
  const headers = { Authorization: 'Bearer ' + bearer };
  let body;
  if (json !== undefined) {
    headers['Content-Type'] = 'application/json';
    body = JSON.stringify(json);
  } else if (markdown !== undefined) {
    headers['Content-Type'] = 'text/markdown; charset=utf-8';
    body = markdown;
  }
  if (etag) {
    headers['If-Match'] = etag;
  }
  const response = await fetch(path, { method, headers, body, cache: 'no-store', credentials: 'omit' });
  const data = await response.json().catch(() => null);
  if (!response.ok) {
    throw new ApiError(response.status, data);
  }
  return { data, etag: response.headers.get('ETag') };
}

/** A path with its query: path('/admin/entries', {q: 'x', page: 2}). */
export function path(base, query = {}) {
  const params = new URLSearchParams();
  for (const [name, value] of Object.entries(query)) {
    if (value !== undefined && value !== null && value !== '') {
      params.set(name, value);
    }
  }
  const text = params.toString();
  return text ? `${base}?${text}` : base;
}

export const entryPath = (id) => '/admin/entries/' + encodeURIComponent(id);
