// One result (a passage) as a card: badges, title, metadata, highlighted snippet and the reason it matched.

import { h, markedFragment } from './dom.js';
import { categoryLabel, codeTitle, thaiDate, typeName } from './labels.js';
import { toUrl, withState } from './state.js';
import { pinButton } from './pin.js';

const FIELD_NAMES = { text: 'เนื้อหา', heading: 'หัวข้อ', title: 'ชื่อเอกสาร' };

export function categoryBadge(n) {
  return h('span', { class: `badge badge-cat cat-${n}`, title: categoryLabel(n) }, `หมวด ${n}`);
}

export function codeBadge(code) {
  const title = codeTitle(code);
  return h('span', { class: 'badge badge-code', title: title ? `${code} ${title}` : `รหัสกิจกรรม ${code}` }, code);
}

/** "OCR · หน้า 3" on a passage whose text OCR read from a scan or an image; nothing otherwise. */
export function ocrBadge(x) {
  if (!x?.ocr) return [];
  const page = x.page ? ` · หน้า ${x.page}` : '';
  return [h('span', { class: 'badge badge-ocr', title: `ข้อความจากภาพสแกนที่อ่านด้วย OCR อาจมีคำผิด${page ? ` (หน้า ${x.page})` : ''} · text read from a scan by OCR, may contain errors` }, `OCR${page}`)];
}

export function badges(categories = [], codes = [], extra = []) {
  if (!categories.length && !codes.length && !extra.length) {
    return null;
  }
  return h('div', { class: 'badges' },
    categories.map(categoryBadge), codes.map(codeBadge), extra);
}

/** The matched terms of a hit, all fields together (for marking them again in the document view). */
export function matchedTerms(hit) {
  const m = hit?.why?.matched ?? {};
  return [...new Set(Object.values(m).flat().filter((t) => typeof t === 'string'))];
}

/** "การ จัดการ ความ รู้ ในเนื้อหาและหัวข้อ · จัดการ ในชื่อเอกสาร": fields that matched the same words share a line. */
function whyParts(matched) {
  const groups = new Map();
  for (const [field, terms] of Object.entries(matched)) {
    if (!Array.isArray(terms) || terms.length === 0) continue;
    const key = terms.join('\u0000');
    if (!groups.has(key)) groups.set(key, { terms, fields: [] });
    groups.get(key).fields.push(FIELD_NAMES[field] ?? field);
  }
  return [...groups.values()].map(({ terms, fields }) => h('span', { class: 'why-part' },
    terms.slice(0, 8).map((t) => h('span', { class: 'term' }, t)),
    ` ใน${fields.length > 1 ? `${fields.slice(0, -1).join(' ')}และ${fields[fields.length - 1]}` : fields[0]}`));
}

function whyMatched(hit, mode) {
  const parts = whyParts(hit?.why?.matched ?? {});
  if (mode === 'browse') {
    const labels = [...(hit.categories ?? []).map((c) => `หมวด ${c}`), ...(hit.codes ?? [])];
    return h('p', { class: 'why' }, h('span', { class: 'why-label' }, 'เหตุที่แสดง: '),
      labels.length ? `ติดป้าย ${labels.join(' · ')} ตรงกับที่เลือก (labelled as chosen)` : 'ตรงกับหมวดหรือรหัสที่เลือก');
  }
  if (parts.length === 0) {
    return h('p', { class: 'why' }, h('span', { class: 'why-label' }, 'เหตุที่ตรง: '), 'คำใกล้เคียงหรือบางส่วนของคำ (partial or similar words)');
  }
  return h('p', { class: 'why' }, h('span', { class: 'why-label' }, 'เหตุที่ตรง (why): '),
    parts.map((p, i) => [i ? ' · ' : '', p]));
}

function labelKey(key) {
  if (/^[1-7]$/.test(key)) return `หมวด ${key}`;
  return { categories: 'หมวด', category: 'หมวด', codes: 'รหัส', code: 'รหัส', type: 'ประเภท', bestPractice: 'แนวปฏิบัติที่ดี' }[key] ?? key;
}

/** The classifier's reasons for a passage's labels, flattened into short lines whatever their exact shape. */
export function labelReasons(labels, limit = 6) {
  const out = [];
  const visit = (value, prefix) => {
    if (out.length >= limit || value === null || value === undefined) return;
    if (typeof value === 'string' || typeof value === 'number' || typeof value === 'boolean') {
      out.push(prefix ? `${prefix}: ${value}` : String(value));
    } else if (Array.isArray(value)) {
      value.forEach((v) => visit(v, prefix));
    } else if (typeof value === 'object') {
      const own = value.reason ?? value.evidence ?? value.because ?? value.match;
      const name = value.code ?? value.category ?? value.label;
      if (own !== undefined && typeof own !== 'object') {
        out.push(`${name !== undefined ? `${labelKey(String(name))} ` : (prefix ? `${prefix}: ` : '')}${own}`);
        return;
      }
      for (const [k, v] of Object.entries(value)) {
        visit(v, prefix ? `${prefix} › ${labelKey(k)}` : labelKey(k));
      }
    }
  };
  visit(labels, '');
  return out;
}

export function hitCard(hit, state, mode) {
  const docState = withState(state, {
    view: 'doc', id: hit.documentId, passage: hit.passageId, hl: matchedTerms(hit),
  });
  const date = thaiDate(hit.date);
  const reasons = labelReasons(hit?.why?.labels);
  const snippet = hit.highlight ? markedFragment(hit.highlight) : (hit.text ?? '').slice(0, 400);
  return h('li', { class: 'hit' },
    h('article', { 'aria-label': hit.title || hit.source },
      badges(hit.categories, hit.codes,
        [...(hit.type ? [h('span', { class: 'badge badge-type' }, typeName(hit.type))] : []), ...ocrBadge(hit)]),
      h('h3', { class: 'hit-title' }, h('a', { href: toUrl(docState), class: 'hit-link' }, hit.title || hit.source || 'ไม่มีชื่อเรื่อง')),
      h('p', { class: 'meta' },
        date ? h('span', { class: 'meta-item' }, h('span', { class: 'meta-label' }, 'วันที่ '), date) : null,
        hit.agency ? h('span', { class: 'meta-item' }, h('span', { class: 'meta-label' }, 'หน่วยงาน '), hit.agency) : null,
        h('span', { class: 'meta-item meta-source' }, h('span', { class: 'meta-label' }, 'ไฟล์ '), hit.source)),
      hit.heading ? h('p', { class: 'hit-heading' }, h('span', { class: 'visually-hidden' }, 'หัวข้อ: '), hit.heading) : null,
      h('blockquote', { class: 'snippet' }, snippet),
      whyMatched(hit, mode),
      reasons.length ? h('details', { class: 'reasons' },
        h('summary', {}, 'เหตุผลของหมวดและรหัส (why these labels)'),
        h('ul', {}, reasons.map((r) => h('li', {}, r)))) : null,
      hit.duplicates > 0 ? h('p', { class: 'dupes' },
        `พบข้อความเดียวกันในอีก ${hit.duplicates} ไฟล์ (same text in ${hit.duplicates} more file${hit.duplicates > 1 ? 's' : ''}): `,
        (hit.alsoIn ?? []).join(', ')) : null,
      h('p', { class: 'hit-actions' },
        h('a', { href: toUrl(docState), class: 'open-doc', 'aria-label': `เปิดเอกสาร ${hit.title || hit.source} ที่ข้อความนี้` },
          'เปิดเอกสารที่ข้อความนี้ →'), ' ', pinButton(hit.passageId))));
}
