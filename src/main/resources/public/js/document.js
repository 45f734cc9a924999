// Document view: the passages in order under their headings, the matched passage marked and scrolled into view,
// the original file to download, and passages similar to the marked one. Long documents render a window of
// passages around the marked one, with buttons to show more.

import { api, isMissing } from './api.js';
import { pinButton } from './pin.js';
import { announce, clear, h, markTerms } from './dom.js';
import { badges, ocrBadge } from './hits.js';
import { num, thaiDate, typeName } from './labels.js';
import { hasFilters, toUrl, withState } from './state.js';
import { errorPanel } from './status.js';

/** Documents up to this many passages render whole; longer ones render a window. */
export const WHOLE_LIMIT = 400;
const WINDOW = 200;
const BEFORE_TARGET = 40;

let cache = null; // { id, doc, passages }

async function load(id, signal) {
  if (cache?.id === id) return cache;
  const [doc, list] = await Promise.all([api.document(id, { signal }), api.passages(id, { signal })]);
  cache = { id, doc, passages: list?.passages ?? [] };
  return cache;
}

function backLink(state) {
  if (state.q || hasFilters(state)) {
    const back = withState(state, { view: state.q ? 'search' : 'browse', id: '', passage: '', hl: [] });
    return h('a', { href: toUrl(back), class: 'back' }, '← กลับไปผลการค้นหา (back to results)');
  }
  return h('a', { href: '/', class: 'back' }, '← หน้าแรก (home)');
}

function metaList(doc) {
  const rows = [
    ['ประเภท', typeName(doc.type)],
    ['วันที่', thaiDate(doc.date) || (doc.year ? `พ.ศ. ${doc.year}` : '')],
    ['หน่วยงาน', doc.agency],
    ['ไฟล์', doc.source],
    ['จำนวนข้อความ', doc.passages !== undefined ? `${num(doc.passages)} ข้อความ` : ''],
    ['ความยาว', doc.characters ? `${num(doc.characters)} ตัวอักษร` : ''],
  ].filter(([, v]) => v);
  return h('dl', { class: 'doc-meta' }, rows.map(([k, v]) => h('div', {}, h('dt', {}, k), h('dd', {}, v))));
}

function passageUrl(state, p) {
  return toUrl(withState(state, { view: 'doc', id: p.documentId, passage: p.passageId }));
}

function passageSection(p, state, isTarget) {
  const n = p.ordinal + 1;
  const best = Number(p.bestPractice) > 0
    ? [h('span', { class: 'badge badge-best', title: `คะแนนแนวปฏิบัติที่ดี ${p.bestPractice}` }, 'แนวปฏิบัติที่ดี')] : [];
  return h('section', {
    class: `passage${isTarget ? ' is-target' : ''}`, id: `p-${p.ordinal}`, 'aria-labelledby': `pl-${p.ordinal}`,
    'aria-current': isTarget ? 'true' : null, tabindex: isTarget ? '-1' : null, dataset: { passageId: p.passageId },
  },
  h('div', { class: 'passage-label' },
    h('a', { class: 'passage-num', id: `pl-${p.ordinal}`, href: passageUrl(state, p), title: 'ลิงก์ไปยังข้อความนี้ (link to this passage)' },
      `ข้อความที่ ${num(n)}`),
    isTarget ? h('strong', { class: 'target-flag' }, 'ข้อความที่ตรงกับการค้นหา (matched passage)') : null,
    badges(p.categories, p.codes, [...best, ...ocrBadge(p)]), pinButton(p.passageId)),
  h('p', { class: 'passage-text' }, isTarget ? markTerms(p.text, [...state.hl, ...(state.q ? state.q.split(/\s+/) : [])]) : p.text));
}

const PATH_SEPARATOR = ' › ';

/** A passage's heading path without the document's own title at its start: ["4. กิจกรรม", "4.1 ..."]. */
function headingParts(heading, title) {
  const parts = String(heading ?? '').split(PATH_SEPARATOR).map((x) => x.trim()).filter(Boolean);
  if (parts.length > 1 && title && parts[0] === title.trim()) parts.shift();
  return parts;
}

function sectionHeading(heading, title) {
  const parts = headingParts(heading, title);
  if (parts.length === 0) return null;
  return h('h2', { class: 'section-heading' },
    parts.length > 1 ? h('span', { class: 'section-path' }, parts.slice(0, -1).join(PATH_SEPARATOR)) : null,
    parts[parts.length - 1]);
}

function outline(passages, title, onJump) {
  const entries = [];
  let last = null;
  for (const p of passages) {
    if (p.heading && p.heading !== last) {
      const parts = headingParts(p.heading, title);
      if (parts.length) entries.push({ text: parts[parts.length - 1], depth: parts.length, ordinal: p.ordinal });
      last = p.heading;
    }
  }
  if (entries.length < 2) return null;
  const top = Math.min(...entries.map((e) => e.depth));
  return h('details', { class: 'outline', open: !window.matchMedia('(max-width: 760px)').matches },
    h('summary', {}, `สารบัญ (${num(entries.length)} หัวข้อ)`),
    h('ul', {}, entries.slice(0, 500).map((e) => h('li', { class: `depth-${Math.min(4, e.depth - top)}` },
      h('a', { href: `#p-${e.ordinal}`, onclick: (ev) => { ev.preventDefault(); onJump(e.ordinal); } }, e.text)))));
}

function similarPanel(target, state) {
  // hidden until the server answers, so a server without the service shows no empty column
  const panel = h('aside', { class: 'similar', 'aria-labelledby': 'similar-title', hidden: true },
    h('h2', { id: 'similar-title' }, 'ข้อความที่คล้ายกัน ', h('span', { class: 'en', lang: 'en' }, 'Similar passages')));
  if (isMissing('/api/passages/{id}/similar')) {
    return panel;
  }
  api.similar(target.passageId, 5).then((body) => {
    const hits = (body?.hits ?? []).filter((x) => x.passageId !== target.passageId);
    panel.hidden = false;
    if (hits.length === 0) {
      panel.append(h('p', { class: 'muted' }, 'ไม่พบข้อความที่คล้ายกันในเอกสารอื่น (none found)'));
      return;
    }
    panel.append(h('ul', { class: 'similar-list' }, hits.map((x) => h('li', {},
      badges(x.categories, x.codes),
      h('a', { href: toUrl(withState(state, { view: 'doc', id: x.documentId, passage: x.passageId, hl: [] })) }, x.title || x.source),
      x.heading ? h('span', { class: 'similar-heading' }, x.heading) : null,
      h('p', { class: 'similar-text' }, (x.text ?? '').length > 220 ? `${x.text.slice(0, 220)}…` : x.text)))));
  }).catch((e) => {
    if (e.kind === 'notfound') {
      panel.hidden = true; // the server has no similar-passages service (yet)
      return;
    }
    panel.hidden = false;
    panel.append(h('p', { class: 'muted' }, `ค้นหาข้อความที่คล้ายกันไม่ได้: ${e.message}`));
  });
  return panel;
}

export async function renderDocument(main, state) {
  clear(main).append(h('p', { class: 'loading', role: 'status' }, h('span', { class: 'spinner', 'aria-hidden': 'true' }), 'กำลังเปิดเอกสาร…'));
  let data;
  try {
    data = await load(state.id);
  } catch (e) {
    const gone = e.kind === 'notfound' || e.kind === 'bad';
    clear(main).append(h('div', { class: 'doc-page' }, backLink(state), gone
      ? h('div', { class: 'status-panel', role: 'alert', 'data-state': 'document-not-found' },
        h('h1', {}, 'ไม่พบเอกสารนี้ ', h('span', { class: 'en', lang: 'en' }, '(document not found)')),
        h('p', {}, 'เอกสารอาจถูกนำออกจากคลังหรือลิงก์ไม่ครบ ลองค้นหาชื่อเอกสารอีกครั้ง'))
      : errorPanel(e, () => renderDocument(main, state))));
    return;
  }
  const { doc, passages } = data;
  const targetIndex = state.passage ? passages.findIndex((p) => p.passageId === state.passage) : -1;
  const target = targetIndex >= 0 ? passages[targetIndex] : null;

  // the window of passages on screen: all of a normal document, a slice of a very long one
  let from = 0;
  let to = passages.length;
  if (passages.length > WHOLE_LIMIT) {
    from = Math.max(0, (targetIndex >= 0 ? targetIndex : 0) - BEFORE_TARGET);
    to = Math.min(passages.length, from + WINDOW);
  }

  const download = h('p', { class: 'download' });
  const list = h('div', { class: 'passages' });
  const before = h('button', { type: 'button', class: 'btn btn-secondary more-before' });
  const after = h('button', { type: 'button', class: 'btn btn-secondary more-after' });

  const draw = () => {
    clear(list);
    let lastHeading = from > 0 ? passages[from - 1].heading : null;
    for (let i = from; i < to; i++) {
      const p = passages[i];
      if (p.heading && p.heading !== lastHeading) {
        list.append(sectionHeading(p.heading, doc.title));
      }
      lastHeading = p.heading;
      list.append(passageSection(p, state, p === target));
    }
    before.hidden = from === 0;
    before.textContent = `แสดงข้อความก่อนหน้า (อีก ${num(from)} ข้อความ) · show earlier`;
    after.hidden = to >= passages.length;
    after.textContent = `แสดงข้อความถัดไป (อีก ${num(passages.length - to)} ข้อความ) · show more`;
  };
  const reveal = (ordinal) => {
    const i = passages.findIndex((p) => p.ordinal === ordinal);
    if (i < 0) return;
    if (i < from || i >= to) {
      from = Math.max(0, i - BEFORE_TARGET);
      to = Math.min(passages.length, Math.max(to, from + WINDOW));
      if (to - from > WINDOW * 3) to = from + WINDOW;
      draw();
    }
    const el = document.getElementById(`p-${ordinal}`);
    el?.scrollIntoView({ block: 'start' });
    el?.querySelector('.passage-num')?.focus({ preventScroll: true });
  };
  before.addEventListener('click', () => {
    const firstShown = passages[from]?.ordinal;
    from = Math.max(0, from - WINDOW);
    draw();
    document.getElementById(`p-${firstShown}`)?.querySelector('.passage-num')?.focus();
  });
  after.addEventListener('click', () => {
    const lastShown = passages[to - 1]?.ordinal;
    to = Math.min(passages.length, to + WINDOW);
    draw();
    document.getElementById(`p-${lastShown}`)?.nextElementSibling?.querySelector?.('.passage-num')?.focus();
  });
  draw();

  const notice = state.passage && !target
    ? h('p', { class: 'notice' }, 'ไม่พบข้อความที่ระบุในเอกสารนี้ อาจมีการปรับปรุงเอกสารแล้ว จึงแสดงตั้งแต่ต้นเอกสาร (the linked passage is no longer in this document)') : null;
  const long = passages.length > WHOLE_LIMIT
    ? h('p', { class: 'notice' }, `เอกสารยาว ${num(passages.length)} ข้อความ แสดงทีละส่วน ใช้สารบัญหรือปุ่มแสดงเพิ่มเพื่ออ่านส่วนอื่น (a long document: shown in parts)`) : null;

  clear(main).append(h('div', { class: 'doc-page' },
    backLink(state),
    h('header', { class: 'doc-header' },
      h('p', { class: 'doc-kicker' }, 'เอกสาร (document)'),
      h('h1', { id: 'doc-title' }, doc.title || doc.source),
      metaList(doc),
      download),
    notice, long,
    h('div', { class: 'doc-layout' },
      h('nav', { class: 'doc-side', 'aria-label': 'สารบัญเอกสาร (document outline)' }, outline(passages, doc.title, reveal)),
      h('article', { class: 'doc-body', 'aria-labelledby': 'doc-title' },
        passages.length === 0 ? h('p', { class: 'muted' }, 'เอกสารนี้ไม่มีข้อความที่อ่านได้ (no readable text)') : null,
        before, list, after),
      target ? similarPanel(target, state) : null)));

  api.fileAvailable(doc.id ?? state.id).then((ok) => {
    if (ok) {
      download.append(h('a', { class: 'btn btn-secondary', href: api.fileUrl(doc.id ?? state.id), download: doc.source?.split('/').pop() ?? '' },
        'ดาวน์โหลดไฟล์ต้นฉบับ (download original)'), ' ', h('span', { class: 'muted' }, doc.source));
    } else {
      download.append(h('span', { class: 'muted' }, 'ไฟล์ต้นฉบับยังไม่เปิดให้ดาวน์โหลดจากหน้านี้ (original file not offered)'));
    }
  });

  const el = target ? document.getElementById(`p-${target.ordinal}`) : null;
  if (el) {
    el.scrollIntoView({ block: 'center' });
    el.focus({ preventScroll: true });
    announce(`เปิดเอกสาร ${doc.title} ที่ข้อความที่ ${target.ordinal + 1}`);
  } else {
    window.scrollTo(0, 0);
    document.getElementById('doc-title')?.setAttribute('tabindex', '-1');
    document.getElementById('doc-title')?.focus({ preventScroll: true });
  }
}
