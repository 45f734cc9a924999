// The whole state of the page lives in the URL, so any screen can be bookmarked, shared or reloaded.
//
//   /?q=การจัดการความรู้&category=4&type=km-plan&page=2        search (filters repeat: &code=IT3&code=CS1)
//   /?view=browse&category=4                                  browse a หมวด or code, best practices first
//   /?view=doc&id=<documentId>&passage=<passageId>&q=…         a document at its matched passage
//   /?view=upload                                              the upload form (only when uploads are enabled)

export const FILTERS = ['category', 'code', 'type', 'year', 'agency'];
const VIEWS = new Set(['search', 'browse', 'doc', 'upload']);

export function parse(search = location.search) {
  const sp = new URLSearchParams(search);
  const state = {
    view: VIEWS.has(sp.get('view')) ? sp.get('view') : 'search',
    q: (sp.get('q') ?? '').trim(),
    page: Math.max(1, parseInt(sp.get('page') ?? '1', 10) || 1),
    id: sp.get('id') ?? '',
    passage: sp.get('passage') ?? '',
    hl: sp.getAll('hl'),
  };
  for (const f of FILTERS) {
    state[f] = [...new Set(sp.getAll(f).flatMap((v) => v.split(',')).map((v) => v.trim()).filter(Boolean))];
  }
  if (state.view === 'search' && !state.q && (state.category.length || state.code.length)) {
    state.view = 'browse'; // a หมวด or code without words is browsing
  }
  return state;
}

export function toUrl(state) {
  const sp = new URLSearchParams();
  const view = state.view ?? 'search';
  if (view !== 'search') {
    sp.set('view', view);
  }
  if (view === 'doc') {
    if (state.id) sp.set('id', state.id);
    if (state.passage) sp.set('passage', state.passage);
    (state.hl ?? []).forEach((t) => sp.append('hl', t));
  }
  if (state.q) {
    sp.set('q', state.q);
  }
  for (const f of FILTERS) {
    (state[f] ?? []).forEach((v) => sp.append(f, v));
  }
  if (state.page && state.page > 1 && view !== 'doc') {
    sp.set('page', String(state.page));
  }
  const s = sp.toString();
  return s ? `/?${s}` : '/';
}

/** A copy of the state with some fields replaced. */
export function withState(state, changes) {
  const next = { ...state };
  for (const f of FILTERS) {
    next[f] = [...(state[f] ?? [])];
  }
  return Object.assign(next, changes);
}

/** The state with one filter value switched on or off (back to page 1). */
export function toggleFilter(state, field, value) {
  const current = state[field] ?? [];
  const values = current.includes(value) ? current.filter((v) => v !== value) : [...current, value];
  return withState(state, { [field]: values, page: 1 });
}

export function hasFilters(state) {
  return FILTERS.some((f) => (state[f] ?? []).length > 0);
}

/** The /api/snippets parameters for a search or browse state. */
export function snippetParams(state, size) {
  const p = { q: state.q, page: state.page, size };
  for (const f of FILTERS) {
    p[f] = state[f];
  }
  return p;
}
