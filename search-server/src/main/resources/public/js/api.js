// The public JSON API, nothing else: every call the page makes goes through here. Errors come back from the
// server as application/problem+json {type, title, status, detail} and are thrown as ApiError.

export class ApiError extends Error {
  constructor(status, title, detail) {
    super(detail || title || `HTTP ${status}`);
    this.name = 'ApiError';
    this.status = status;
    this.title = title;
    this.detail = detail;
  }
}

async function getJson(path, params, signal) {
  const query = params ? new URLSearchParams(params).toString() : '';
  const response = await fetch(query ? `${path}?${query}` : path, {
    headers: { Accept: 'application/json' },
    signal,
  });
  const type = response.headers.get('Content-Type') ?? '';
  if (!response.ok) {
    if (type.includes('json')) {
      const problem = await response.json().catch(() => ({}));
      throw new ApiError(response.status, problem.title, problem.detail);
    }
    throw new ApiError(response.status, response.statusText, '');
  }
  return response.json();
}

const segment = (id) => encodeURIComponent(id);

export function search(params, signal) {
  return getJson('/api/search', params, signal);
}

export function film(id, signal) {
  return getJson(`/api/films/${segment(id)}`, null, signal);
}

export function person(id, signal) {
  return getJson(`/api/people/${segment(id)}`, null, signal);
}

/** Completions [{type, id, label, year}] (the answer is {query, suggestions}). */
export async function suggest(q, limit, signal) {
  const answer = await getJson('/api/suggest', { q, limit: String(limit) }, signal);
  return Array.isArray(answer) ? answer : answer.suggestions ?? [];
}

/** A facet's values [{value, count}] starting with a prefix (the answer is {facet, prefix, values}). */
export async function facetValues(name, prefix, signal) {
  const answer = await getJson(`/api/facets/${segment(name)}`, { prefix }, signal);
  return Array.isArray(answer) ? answer : answer.values ?? [];
}

/** True for the error fetch() throws when its AbortSignal fires: a request the page no longer wants. */
export function isAbort(error) {
  return error?.name === 'AbortError';
}
