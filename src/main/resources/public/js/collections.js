// Collections: a side panel to keep, order and annotate passages, and to export them (docx handout, pptx slides,
// Markdown). Loaded on first use (a pin button or the header's button), so the search page stays light.
// Reorder: drag an item, or focus it and press Alt+↑ / Alt+↓ (or use its ↑ ↓ buttons).

import { api } from './api.js';
import { h, clear } from './dom.js';

const TOKEN_KEY = 'klangru.collectionsToken';
const ACTIVE_KEY = 'klangru.collection';
const STATUS = {
  current: ['ปัจจุบัน', 'current'],
  changed: ['ข้อความเปลี่ยนแล้ว', 'changed'],
  removed: ['ถูกนำออกจากคลังแล้ว', 'removed'],
};

let panel = null;
let active = null; // the open collection, with items

function stored(key) {
  try { return sessionStorage.getItem(key) ?? ''; } catch { return ''; }
}

function store(key, value) {
  try { if (value) sessionStorage.setItem(key, value); else sessionStorage.removeItem(key); } catch { /* storage off */ }
}

const token = () => stored(TOKEN_KEY);
const call = (path, opts = {}) => api.collections(path, { token: token(), ...opts });
const live = (text) => { const el = document.getElementById('live'); if (el) el.textContent = text; };

function say(text, kind = 'info') {
  const msg = panel?.querySelector('#collection-message');
  if (msg) {
    msg.textContent = text;
    msg.className = `collection-message ${kind}`;
  }
  live(text);
}

/** Opens (or focuses) the panel. */
export async function openPanel() {
  if (!panel) {
    panel = h('aside', { id: 'collection-panel', class: 'collection-panel', 'aria-labelledby': 'collection-panel-title', tabindex: '-1' });
    document.body.append(panel);
  }
  panel.hidden = false;
  document.body.classList.add('with-collections');
  await draw();
  panel.focus();
}

export function closePanel() {
  if (panel) panel.hidden = true;
  document.body.classList.remove('with-collections');
  document.getElementById('nav-collections')?.focus();
}

/** Pins a passage into the open collection; opens the panel first when none is open. */
export async function pin(passageId, button) {
  if (!token() || !stored(ACTIVE_KEY)) {
    await openPanel();
    say('เลือกหรือสร้างคอลเลกชันก่อน แล้วกดเก็บอีกครั้ง (choose or create a collection first, then pin again)', 'warn');
    return;
  }
  try {
    await call(`/${stored(ACTIVE_KEY)}/items`, { method: 'POST', json: { passageId, note: '' } });
    if (button) {
      button.textContent = '✓ เก็บแล้ว (pinned)';
      button.setAttribute('aria-pressed', 'true');
    }
    if (panel && !panel.hidden) await draw();
    say('เก็บข้อความเข้าคอลเลกชันแล้ว (pinned)');
  } catch (e) {
    await openPanel();
    say(e.message, 'error');
  }
}

async function draw() {
  clear(panel).append(
    h('div', { class: 'collection-head' },
      h('h2', { id: 'collection-panel-title' }, 'คอลเลกชัน ', h('span', { lang: 'en' }, 'Collections')),
      h('button', { type: 'button', class: 'btn btn-small', id: 'collection-close', onclick: closePanel, 'aria-label': 'ปิดแผงคอลเลกชัน (close)' }, '×')),
    h('p', { id: 'collection-message', class: 'collection-message', role: 'status' }));
  if (!token()) {
    const input = h('input', { id: 'collection-token', type: 'password', autocomplete: 'off', required: true });
    const form = h('form', { class: 'collection-form', id: 'collection-token-form' },
      h('label', { for: 'collection-token' }, 'รหัสของคุณ (your token) — ชื่อของรหัสเป็นเจ้าของคอลเลกชัน'), input,
      h('button', { type: 'submit', class: 'btn btn-primary btn-small' }, 'ใช้รหัสนี้ (use)'));
    form.addEventListener('submit', (e) => {
      e.preventDefault();
      store(TOKEN_KEY, input.value.trim());
      draw();
    });
    panel.append(form);
    return;
  }
  let list = [];
  try {
    list = (await call('')).collections ?? [];
  } catch (e) {
    say(e.message, 'error');
    if (e.kind === 'denied') store(TOKEN_KEY, '');
    return;
  }
  const chooser = h('select', { id: 'collection-choose', 'aria-label': 'เลือกคอลเลกชัน (choose a collection)' },
    h('option', { value: '' }, '— เลือกคอลเลกชัน —'),
    list.map((c) => h('option', { value: String(c.id), selected: String(c.id) === stored(ACTIVE_KEY) },
      `${c.title} (${c.itemCount})${c.mine ? '' : ` · ${c.owner}`}`)));
  chooser.addEventListener('change', () => { store(ACTIVE_KEY, chooser.value); draw(); });
  const title = h('input', { id: 'collection-new-title', maxlength: '200', required: true, placeholder: 'เช่น ตัวอย่างการจัดการข้อร้องเรียน' });
  const create = h('form', { class: 'collection-form', id: 'collection-create' },
    h('label', { for: 'collection-new-title' }, 'สร้างคอลเลกชันใหม่ (new collection)'), title,
    h('button', { type: 'submit', class: 'btn btn-small' }, 'สร้าง (create)'));
  create.addEventListener('submit', async (e) => {
    e.preventDefault();
    try {
      const c = await call('', { method: 'POST', json: { title: title.value, visibility: 'private' } });
      store(ACTIVE_KEY, String(c.id));
      await draw();
      say(`สร้าง "${c.title}" แล้ว (created)`);
    } catch (err) {
      say(err.message, 'error');
    }
  });
  panel.append(chooser, create);
  active = null;
  if (stored(ACTIVE_KEY)) {
    try {
      active = await call(`/${stored(ACTIVE_KEY)}`);
    } catch (e) {
      store(ACTIVE_KEY, '');
      say(e.message, 'error');
    }
  }
  if (active) panel.append(collectionView(active));
}

function collectionView(c) {
  const exports = h('p', { class: 'collection-exports' }, 'ส่งออก (export): ',
    [['docx', 'เอกสารประกอบ DOCX'], ['pptx', 'สไลด์ PPTX'], ['md', 'Markdown']].map(([format, label]) =>
      h('button', { type: 'button', class: 'btn btn-small', id: `collection-export-${format}`, onclick: () => download(c, format) }, label)));
  const category = h('select', { id: 'collection-evidence-category', 'aria-label': 'หมวดของแฟ้มหลักฐาน (category)' },
    [1, 2, 3, 4, 5, 6, 7].map((n) => h('option', { value: String(n), selected: n === 4 }, `หมวด ${n}`)));
  const evidence = h('p', { class: 'collection-exports' }, 'แฟ้มหลักฐานจากคอลเลกชันนี้ (evidence pack): ', category,
    h('button', { type: 'button', class: 'btn btn-small', id: 'collection-export-evidence',
      onclick: () => download(c, 'docx', `/api/collections/${c.id}/evidence?category=${category.value}&format=docx`) }, 'DOCX'));
  const items = h('ol', { class: 'collection-items', id: 'collection-items', 'aria-label': `รายการใน ${c.title}` },
    c.items.map((item, i) => itemView(c, item, i)));
  return h('section', { class: 'collection-body' },
    h('h3', {}, c.title, c.mine ? null : h('small', {}, ` · ${c.owner}`)),
    c.description ? h('p', {}, c.description) : null,
    exports,
    evidence,
    c.items.length ? h('p', { class: 'collection-hint' }, 'ลากเพื่อเรียงใหม่ หรือเลือกรายการแล้วกด Alt+↑ / Alt+↓ (drag, or Alt+arrow keys)') : h('p', {}, 'ยังไม่มีข้อความ กดปุ่ม "เก็บ" ที่ผลการค้นหา (no items yet: press a result\'s pin button)'),
    items);
}

function itemView(c, item, index) {
  const [th, en] = STATUS[item.status] ?? [item.status, item.status];
  const note = h('textarea', { id: `note-${item.id}`, class: 'collection-note', maxlength: '2000', rows: '2', disabled: !c.mine }, item.note);
  note.addEventListener('change', async () => {
    try {
      await call(`/${c.id}/items/${item.id}`, { method: 'PATCH', json: { note: note.value } });
      say('บันทึกหมายเหตุแล้ว (note saved)');
    } catch (e) {
      say(e.message, 'error');
    }
  });
  const li = h('li', {
    class: `collection-item status-${item.status}`, tabindex: '0', draggable: c.mine ? 'true' : null, dataset: { itemId: String(item.id) },
    'aria-label': `${index + 1}. ${item.snapshot.title}`,
  },
  h('blockquote', {}, item.snapshot.text.length > 220 ? `${item.snapshot.text.slice(0, 220)}…` : item.snapshot.text),
  h('p', { class: 'collection-source' }, item.snapshot.title || item.snapshot.source,
    h('span', { class: `badge badge-status status-${item.status}`, title: en }, th),
    item.replacedByLink ? h('a', { href: item.replacedByLink }, ' ข้อความใหม่ (new passage)') : null),
  h('label', { for: `note-${item.id}` }, 'บันทึก (note)'), note,
  c.mine ? h('p', { class: 'collection-item-actions' },
    h('button', { type: 'button', class: 'btn btn-small', 'aria-label': `เลื่อนขึ้น ${index + 1}`, onclick: () => move(c, index, -1) }, '↑'),
    h('button', { type: 'button', class: 'btn btn-small', 'aria-label': `เลื่อนลง ${index + 1}`, onclick: () => move(c, index, 1) }, '↓'),
    h('button', { type: 'button', class: 'btn btn-small', onclick: () => remove(c, item) }, 'นำออก (remove)')) : null);
  if (c.mine) {
    li.addEventListener('keydown', (e) => {
      if (e.target === li && e.altKey && (e.key === 'ArrowUp' || e.key === 'ArrowDown')) {
        e.preventDefault();
        move(c, index, e.key === 'ArrowUp' ? -1 : 1);
      }
    });
    li.addEventListener('dragstart', (e) => { e.dataTransfer.setData('text/plain', String(item.id)); li.classList.add('dragging'); });
    li.addEventListener('dragend', () => li.classList.remove('dragging'));
    li.addEventListener('dragover', (e) => e.preventDefault());
    li.addEventListener('drop', (e) => {
      e.preventDefault();
      const from = c.items.findIndex((x) => String(x.id) === e.dataTransfer.getData('text/plain'));
      if (from >= 0 && from !== index) reorder(c, from, index);
    });
  }
  return li;
}

async function move(c, index, by) {
  const to = index + by;
  if (to < 0 || to >= c.items.length) return;
  await reorder(c, index, to);
}

async function reorder(c, from, to) {
  const ids = c.items.map((x) => x.id);
  const [moved] = ids.splice(from, 1);
  ids.splice(to, 0, moved);
  try {
    await call(`/${c.id}/order`, { method: 'PUT', json: { itemIds: ids } });
    await draw();
    panel.querySelector(`[data-item-id="${moved}"]`)?.focus();
    say(`ย้ายไปลำดับที่ ${to + 1} แล้ว (moved to ${to + 1})`);
  } catch (e) {
    say(e.message, 'error');
  }
}

async function remove(c, item) {
  try {
    await call(`/${c.id}/items/${item.id}`, { method: 'DELETE' });
    await draw();
    say('นำออกแล้ว (removed)');
  } catch (e) {
    say(e.message, 'error');
  }
}

/** Downloads an export with the token (a private collection needs it), under the server's Thai file name. */
async function download(c, format, path = `/api/collections/${c.id}/export?format=${format}`) {
  try {
    const r = await fetch(path, { headers: token() ? { Authorization: `Bearer ${token()}` } : {} });
    if (!r.ok) throw new Error((await r.json().catch(() => null))?.message ?? `HTTP ${r.status}`);
    const disposition = r.headers.get('content-disposition') ?? '';
    const star = /filename\*=UTF-8''([^;]+)/.exec(disposition);
    const name = star ? decodeURIComponent(star[1]) : `collection-${c.id}.${format}`;
    const url = URL.createObjectURL(await r.blob());
    const a = h('a', { href: url, download: name, hidden: true });
    document.body.append(a);
    a.click();
    a.remove();
    setTimeout(() => URL.revokeObjectURL(url), 10000);
    say(`ดาวน์โหลด ${name} แล้ว (downloaded)`);
  } catch (e) {
    say(e.message, 'error');
  }
}
