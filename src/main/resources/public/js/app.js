// Klangru web page: reads the state from the URL, renders the screen for it, and keeps the URL in step.

import { api, readToken, setReadToken } from './api.js';
import { h, clear } from './dom.js';
import { categoryLabel, num, setTaxonomy } from './labels.js';
import { renderHome, renderResults } from './results.js';
import { hasFilters, parse, toUrl, withState } from './state.js';
import { attachSuggestions, rememberSearch } from './suggest.js';
import { openCollections } from './pin.js';

const main = document.getElementById('main');
const input = document.getElementById('q');
const form = document.getElementById('search-form');
const banner = document.getElementById('banner');

let health = null;
let state = parse();

/** Moves to a new state: a new history entry (or a replaced one) and a fresh render. */
function navigate(next, { replace = false } = {}) {
  const url = toUrl(next);
  if (url !== location.pathname + location.search || replace) {
    history[replace ? 'replaceState' : 'pushState'](null, '', url);
  }
  render(parse(url.slice(1)), { moved: true });
}

function title(s) {
  switch (s.view) {
    case 'doc': return 'เอกสาร · คลังรู้';
    case 'upload': return 'นำเข้าเอกสาร · คลังรู้';
    case 'browse': return `${s.category.length ? categoryLabel(s.category[0]) : s.code.length ? `รหัส ${s.code[0]}` : 'เรียกดูตามหมวด'} · คลังรู้`;
    default: return s.q ? `${s.q} – ค้นหา · คลังรู้` : 'คลังรู้ · ค้นหาความรู้ PMQA';
  }
}

function markNav(s) {
  for (const a of document.querySelectorAll('.site-nav a')) {
    const current = a.dataset.nav === (s.view === 'doc' ? (s.q ? 'search' : '') : s.view);
    if (current) a.setAttribute('aria-current', 'page'); else a.removeAttribute('aria-current');
  }
}

async function render(s, { moved = false } = {}) {
  state = s;
  document.title = title(s);
  input.value = s.q;
  markNav(s);
  // after a click that replaced the screen, keep keyboard focus on the control with the same id if it is redrawn
  const focusedId = moved && document.activeElement && document.activeElement !== document.body ? document.activeElement.id : '';
  let work;
  if (s.view === 'doc' && s.id) {
    // the document and upload screens load on first use, keeping the search page light
    work = import('./document.js').then(({ renderDocument }) => renderDocument(main, s));
  } else if (s.view === 'upload') {
    work = import('./upload.js').then(({ renderUpload }) => renderUpload(main, health));
  } else if (s.view === 'browse' || s.q || hasFilters(s)) {
    if (s.q) rememberSearch(s.q);
    work = renderResults(main, withState(s, { view: s.view === 'browse' && !s.q ? 'browse' : 'search' }), (next) => navigate(next));
  } else {
    renderHome(main, health);
    work = Promise.resolve();
  }
  if (moved && s.view !== 'doc') window.scrollTo(0, 0);
  await work;
  if (focusedId && focusedId !== 'q') {
    const again = document.getElementById(focusedId);
    if (again) again.focus({ preventScroll: false });
    else if (s.view !== 'doc') main.focus({ preventScroll: true });
  }
}

// Same-page links change the state without reloading the page (modifier-clicks still open new tabs).
document.addEventListener('click', (e) => {
  const a = e.target.closest?.('a[href]');
  if (!a || e.defaultPrevented || e.button !== 0 || e.metaKey || e.ctrlKey || e.shiftKey || e.altKey) return;
  if (a.hasAttribute('download') || a.target) return;
  const url = new URL(a.href, location.href);
  if (url.origin !== location.origin || url.pathname !== '/') return;
  e.preventDefault();
  if (url.search === location.search && url.hash) return;
  const next = parse(url.search);
  history.pushState(null, '', url.pathname + url.search);
  render(next, { moved: true }).then(() => {
    if (next.view !== 'doc') main.focus({ preventScroll: true });
  });
});

document.getElementById('nav-collections').addEventListener('click', () => openCollections());

window.addEventListener('popstate', () => render(parse(), { moved: false }));

form.addEventListener('submit', (e) => {
  e.preventDefault();
  const q = input.value.trim();
  suggestions.close();
  if (!q) {
    // an empty search goes home, or keeps browsing what was chosen
    navigate(hasFilters(state) ? withState(state, { view: 'browse', q: '', page: 1 }) : { view: 'search' });
    return;
  }
  const keep = state.view === 'doc' || state.view === 'upload' ? {} : state;
  navigate(withState({ category: [], code: [], type: [], year: [], agency: [], ...keep }, { view: 'search', q, page: 1, id: '', passage: '', hl: [] }));
});

const suggestions = attachSuggestions(input, document.getElementById('suggestions'), (text) => {
  navigate(withState(state.view === 'doc' || state.view === 'upload' ? { category: [], code: [], type: [], year: [], agency: [] } : state,
    { view: 'search', q: text, page: 1 }));
});

// "/" jumps to the search box from anywhere except a text field
document.addEventListener('keydown', (e) => {
  if (e.key === '/' && !e.ctrlKey && !e.metaKey && !e.altKey) {
    const t = e.target;
    if (t instanceof HTMLInputElement || t instanceof HTMLTextAreaElement || t?.isContentEditable) return;
    e.preventDefault();
    input.focus();
    input.select();
  }
});

function showBanner(message) {
  clear(banner).append(message, ' ', h('button', { type: 'button', class: 'btn btn-small', onclick: () => location.reload() }, 'ลองใหม่ (retry)'));
  banner.hidden = false;
}

/** The server wants a token for searching: ask once, keep it for this tab, start again with it. */
function askReadToken() {
  const token = h('input', { id: 'read-token', type: 'password', autocomplete: 'off', 'aria-label': 'รหัสสำหรับค้นหา (token)' });
  const ask = h('form', { id: 'read-token-form' }, 'เซิร์ฟเวอร์นี้ต้องใช้รหัสสำหรับค้นหา (this server needs a token to search): ', token, ' ',
    h('button', { type: 'submit', class: 'btn btn-small' }, 'ใช้รหัสนี้ (use)'));
  ask.addEventListener('submit', (e) => {
    e.preventDefault();
    if (token.value.trim()) {
      setReadToken(token.value.trim());
      location.reload();
    }
  });
  clear(banner).append(ask);
  banner.hidden = false;
}

async function start() {
  // health (counts, uploads) and the taxonomy load beside the first screen; neither blocks a search
  const healthCall = api.health({ timeout: 8000 }).then((body) => {
    health = body;
    banner.hidden = true;
    document.getElementById('nav-upload').hidden = !body?.uploadsEnabled;
    if (body?.readRequiresToken && !readToken()) askReadToken();
    document.getElementById('footer-stats').textContent = `เอกสาร ${num(body?.documents)} ฉบับ · ${num(body?.passages)} ข้อความ`;
  }).catch((e) => {
    showBanner(e.kind === 'offline' || e.kind === 'timeout'
      ? 'ขณะนี้เชื่อมต่อเซิร์ฟเวอร์คลังรู้ไม่ได้ หรือเซิร์ฟเวอร์ไม่ว่าง (the server is down or busy).'
      : `ระบบยังไม่พร้อม: ${e.message}`);
  });
  const taxonomyCall = api.taxonomy({ timeout: 8000 }).then(setTaxonomy).catch(() => { /* built-in names stay */ });
  if (state.view === 'search' && !state.q && !hasFilters(state)) {
    await Promise.allSettled([healthCall, taxonomyCall]);
  } else if (state.view === 'upload') {
    await healthCall;
  } else {
    await Promise.race([taxonomyCall, new Promise((r) => setTimeout(r, 300))]);
  }
  await render(state);
}

start();
