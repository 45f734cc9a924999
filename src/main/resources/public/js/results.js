// Search and browse screens: facets, hits, paging, and the empty / no-result / error states.

import { api } from './api.js';
import { announce, clear, h } from './dom.js';
import { hitCard } from './hits.js';
import {
  categoryLabel, codeTitle, codesOf, getTaxonomy, num, typeName,
} from './labels.js';
import { FILTERS, hasFilters, snippetParams, toggleFilter, toUrl, withState } from './state.js';
import { errorPanel } from './status.js';

export const PAGE_SIZE = 10;
export const EXAMPLES = ['การจัดการความรู้', 'ระบบจัดการข้อร้องเรียน', 'ชุมชนนักปฏิบัติ', 'คู่มือการปฏิบัติงาน', 'แผนการจัดการความรู้'];

const FACET_TITLES = {
  category: 'หมวด (PMQA category)',
  code: 'รหัสกิจกรรม (activity code)',
  type: 'ประเภทเอกสาร (document type)',
  year: 'ปี พ.ศ. (year, Buddhist era)',
  agency: 'หน่วยงาน (agency)',
};

function filterName(field, value) {
  switch (field) {
    case 'category': return categoryLabel(value);
    case 'code': return codeTitle(value) ? `${value} ${codeTitle(value)}` : value;
    case 'type': return typeName(value);
    case 'year': return `พ.ศ. ${value}`;
    default: return value;
  }
}

function isPhone() {
  return window.matchMedia('(max-width: 760px)').matches;
}

/** The facet checkboxes; counts come from the latest response (estimates, marked ≈, for very broad queries). */
function facetPanel(state, facets, fields, nav, estimated = false) {
  const sections = [];
  for (const field of fields) {
    const counts = facets?.[field] ?? {};
    let values = Object.keys(counts);
    if (field === 'category') {
      values = getTaxonomy().categories.map((c) => String(c.number));
    } else if (field === 'year') {
      values.sort((a, b) => Number(b) - Number(a));
    }
    for (const v of state[field] ?? []) {
      if (!values.includes(v)) values.push(v);
    }
    if (values.length === 0) {
      continue;
    }
    const max = field === 'category' ? 7 : 12;
    const items = values.slice(0, Math.max(max, (state[field] ?? []).length)).map((v) => {
      const id = `f-${field}-${v}`.replace(/[^\w\u0E00-\u0E7F-]/g, '_');
      const n = counts[v] ?? 0;
      const checked = (state[field] ?? []).includes(v);
      return h('li', { class: `facet-item${n === 0 && !checked ? ' is-zero' : ''}` },
        h('input', {
          type: 'checkbox', id, checked, dataset: { field, value: v },
          onchange: () => nav(toggleFilter(state, field, v)),
        }),
        h('label', { for: id },
          h('span', { class: 'facet-name' }, field === 'category'
            ? [h('span', { class: `dot cat-${v}`, 'aria-hidden': 'true' }), `หมวด ${v} `, h('span', { class: 'facet-sub' }, filterName('category', v).replace(/^หมวด \d+ ?/, ''))]
            : filterName(field, v)),
          h('span', { class: 'count', 'aria-label': `${estimated ? 'ประมาณ ' : ''}${num(n)} ข้อความ` },
            `${estimated && n > 0 ? '≈' : ''}${num(n)}`)));
    });
    sections.push(h('fieldset', { class: 'facet', dataset: { facet: field } },
      h('legend', {}, FACET_TITLES[field]),
      h('ul', { class: 'facet-list' }, items)));
  }
  return sections;
}

function activeFilters(state, nav) {
  const chips = [];
  for (const f of FILTERS) {
    for (const v of state[f] ?? []) {
      chips.push(h('li', {}, h('button', {
        type: 'button', class: 'chip chip-remove', 'aria-label': `เอาตัวกรอง ${filterName(f, v)} ออก (remove filter)`,
        onclick: () => nav(toggleFilter(state, f, v)),
      }, filterName(f, v), h('span', { 'aria-hidden': 'true', class: 'chip-x' }, '×'))));
    }
  }
  if (chips.length === 0) return null;
  const cleared = withState(state, { category: [], code: [], type: [], year: [], agency: [], page: 1 });
  if (!cleared.q) cleared.view = 'browse';
  return h('div', { class: 'active-filters' },
    h('span', { class: 'af-label' }, 'ตัวกรองที่ใช้:'),
    h('ul', { class: 'chips' }, chips),
    state.q ? h('a', { href: toUrl(withState(cleared, { view: 'search' })), class: 'clear-all' }, 'ล้างตัวกรองทั้งหมด') : null);
}

function pager(state, total, size) {
  const pages = Math.min(1000, Math.ceil(total / size));
  if (pages <= 1) return null;
  const cur = Math.min(state.page, pages);
  const link = (p, label, attrs = {}) => h('li', {},
    h('a', { href: toUrl(withState(state, { page: p })), ...attrs }, label));
  const items = [];
  if (cur > 1) items.push(link(cur - 1, '‹ ก่อนหน้า', { rel: 'prev', class: 'pager-step' }));
  const from = Math.max(1, cur - 2);
  const to = Math.min(pages, cur + 2);
  if (from > 1) items.push(link(1, '1', { 'aria-label': 'หน้า 1' }));
  if (from > 2) items.push(h('li', { class: 'gap', 'aria-hidden': 'true' }, '…'));
  for (let p = from; p <= to; p++) {
    items.push(p === cur
      ? h('li', {}, h('a', { href: toUrl(withState(state, { page: p })), 'aria-current': 'page', 'aria-label': `หน้า ${p} (หน้าปัจจุบัน)` }, String(p)))
      : link(p, String(p), { 'aria-label': `หน้า ${p}` }));
  }
  if (to < pages - 1) items.push(h('li', { class: 'gap', 'aria-hidden': 'true' }, '…'));
  if (to < pages) items.push(link(pages, String(pages), { 'aria-label': `หน้า ${pages}` }));
  if (cur < pages) items.push(link(cur + 1, 'ถัดไป ›', { rel: 'next', class: 'pager-step' }));
  return h('nav', { class: 'pager', 'aria-label': 'เลือกหน้า (pages)' },
    h('p', { class: 'pager-info' }, `หน้า ${num(cur)} จาก ${num(pages)}`),
    h('ul', {}, items));
}

/** Word-level pieces of a Thai query to try instead (Intl.Segmenter knows Thai words). */
function shorterQueries(q) {
  let words = q.split(/\s+/).filter(Boolean);
  if (words.length < 2 && typeof Intl.Segmenter === 'function') {
    words = [...new Intl.Segmenter('th', { granularity: 'word' }).segment(q)]
      .filter((s) => s.isWordLike).map((s) => s.segment);
  }
  const out = new Set();
  if (words.length >= 3) out.add(words.slice(0, -1).join(''));
  words.filter((w) => w.length >= 2).forEach((w) => out.add(w));
  out.delete(q);
  return [...out].slice(0, 6);
}

function noResults(state, nav, mode) {
  const tries = [];
  if (hasFilters(state) && state.q) {
    tries.push(h('li', {}, 'ค้นหาโดยไม่ใช้ตัวกรอง: ',
      h('a', { href: toUrl(withState(state, { category: [], code: [], type: [], year: [], agency: [], page: 1 })) }, `“${state.q}” ในเอกสารทั้งหมด`)));
  }
  if (state.q) {
    const shorter = shorterQueries(state.q);
    if (shorter.length) {
      tries.push(h('li', {}, 'ใช้คำที่สั้นลงหรือกว้างขึ้น (fewer words): ',
        h('ul', { class: 'chips inline' }, shorter.map((s) => h('li', {},
          h('a', { class: 'chip', href: toUrl(withState(state, { q: s, page: 1 })) }, s))))));
    }
    tries.push(h('li', {}, 'ตรวจการสะกด หรือใช้คำที่เอกสารราชการมักใช้ เช่น “ผู้รับบริการ” แทน “ลูกค้า”'));
  }
  if (mode === 'browse') {
    tries.push(h('li', {}, 'ข้อความได้รับหมวดและรหัสจากตัวจัดหมวดอัตโนมัติ เอกสารที่ยังไม่ได้จัดหมวดจะไม่ปรากฏที่นี่ ลองค้นด้วยคำแทน: ',
      h('ul', { class: 'chips inline' }, state.category.map((c) => {
        const name = categoryLabel(c).replace(/^หมวด \d+ ?/, '');
        return name ? h('li', {}, h('a', { class: 'chip', href: toUrl({ view: 'search', q: name }) }, name)) : null;
      }))));
  }
  tries.push(h('li', {}, 'ลองคำค้นตัวอย่าง (examples): ',
    h('ul', { class: 'chips inline' }, EXAMPLES.map((e) => h('li', {}, h('a', { class: 'chip', href: toUrl({ view: 'search', q: e }) }, e))))));
  tries.push(h('li', {}, h('a', { href: '/?view=browse' }, 'เรียกดูแนวปฏิบัติที่ดีตามหมวด 1–7')));
  const title = mode === 'browse'
    ? `ยังไม่มีข้อความใน${state.category.length ? ` ${state.category.map((c) => `หมวด ${c}`).join(', ')}` : ''}${state.code.length ? ` รหัส ${state.code.join(', ')}` : ''}`
    : `ไม่พบข้อความที่ตรงกับ “${state.q}”`;
  return h('div', { class: 'empty-state', 'data-state': 'no-results' },
    h('h2', {}, title, h('span', { class: 'en' }, ' (no results)')),
    h('p', {}, 'ลองทำดังนี้ (things to try):'),
    h('ul', { class: 'tries' }, tries));
}

/** The taxonomy tree of the browse screen: หมวด 1–7 and their activity codes, with counts when known. */
function taxonomyTree(state, facets) {
  const catCounts = facets?.category ?? {};
  const seenCodes = Object.keys(facets?.code ?? {});
  return h('nav', { class: 'tree', 'aria-label': 'หมวดและรหัสกิจกรรม (categories and activity codes)' },
    h('h2', { class: 'tree-title' }, 'หมวดเกณฑ์ PMQA'),
    h('ul', { class: 'tree-list' }, getTaxonomy().categories.map((c) => {
      const n = String(c.number);
      const selected = state.category.length === 1 && state.category[0] === n && state.code.length === 0;
      const codes = codesOf(c.number, seenCodes.concat(state.code));
      return h('li', { class: 'tree-cat' },
        h('a', {
          href: toUrl({ view: 'browse', category: [n] }), class: 'tree-link', 'aria-current': selected ? 'page' : null,
          dataset: { category: n },
        }, h('span', { class: `badge badge-cat cat-${n}` }, `หมวด ${n}`), ' ',
        h('span', { class: 'tree-name' }, c.nameTh,
          c.nameEn || catCounts[n] !== undefined ? h('span', { class: 'tree-en' },
            c.nameEn ? h('span', { lang: 'en' }, c.nameEn) : null,
            catCounts[n] !== undefined ? h('span', { class: 'count', 'aria-label': `${num(catCounts[n])} ข้อความ` }, num(catCounts[n])) : null) : null)),
        codes.length ? h('ul', { class: 'tree-codes' }, codes.map((k) => h('li', {},
          h('a', {
            href: toUrl({ view: 'browse', code: [k.code] }), class: 'tree-link tree-code',
            'aria-current': state.code.length === 1 && state.code[0] === k.code && state.category.length === 0 ? 'page' : null,
            dataset: { code: k.code },
          }, h('span', { class: 'badge badge-code' }, k.code), k.titleTh ? ` ${k.titleTh}` : '',
          facets?.code?.[k.code] !== undefined ? h('span', { class: 'count' }, num(facets.code[k.code])) : null)))) : null);
    })));
}

function resultsHeading(state, body, mode) {
  const took = body.tookMs !== undefined ? ` · ${(body.tookMs / 1000).toLocaleString('th-TH', { maximumFractionDigits: 2 })} วินาที` : '';
  if (mode === 'browse') {
    const what = [...state.category.map((c) => categoryLabel(c)), ...state.code.map((c) => `รหัส ${filterName('code', c)}`)].join(' · ');
    return [h('h1', { class: 'results-title', id: 'results-title' }, 'แนวปฏิบัติที่ดี: ', what),
      h('p', { class: 'results-count', 'data-total': body.total },
        `${num(body.total)} ข้อความ เรียงจากแนวปฏิบัติที่ดีที่สุด (best practices first)${took}`)];
  }
  return [h('h1', { class: 'results-title', id: 'results-title' }, 'ผลการค้นหา ', h('span', { class: 'query' }, `“${state.q}”`)),
    h('p', { class: 'results-count', 'data-total': body.total }, `พบ ${num(body.total)} ข้อความ (passages)${took}`)];
}

let inflight = null;

/**
 * Search or browse: the layout appears at once (sidebar + status), the hits fill in when the API answers.
 * A newer navigation aborts an older request.
 */
export async function renderResults(main, state, nav) {
  const mode = state.view === 'browse' ? 'browse' : 'search';
  const browsingNothing = mode === 'browse' && !state.category.length && !state.code.length;

  const filters = h('details', { class: 'filters', open: !isPhone() },
    h('summary', {}, mode === 'browse' ? 'หมวดและตัวกรอง (categories & filters)' : 'ตัวกรองผลการค้นหา (filters)'));
  const sidebar = h('aside', { class: 'sidebar', 'aria-label': 'ตัวกรอง (filters)' }, filters);
  const results = h('section', { class: 'results', 'aria-labelledby': 'results-title', 'aria-busy': 'true' },
    h('p', { class: 'loading', role: 'status' }, h('span', { class: 'spinner', 'aria-hidden': 'true' }),
      mode === 'browse' ? 'กำลังโหลดแนวปฏิบัติที่ดี…' : 'กำลังค้นหา…'));
  clear(main).append(h('div', { class: `layout mode-${mode}` }, sidebar, results));

  inflight?.abort();
  const controller = new AbortController();
  inflight = controller;

  let body;
  try {
    if (browsingNothing) {
      // every labelled passage, one hit: only the counts per หมวด and code are wanted for the tree
      body = await api.snippets({ category: ['1', '2', '3', '4', '5', '6', '7'], size: 1 }, { signal: controller.signal })
        .catch((e) => { if (e.name === 'AbortError') throw e; return { facets: {} }; });
    } else {
      body = await api.snippets(snippetParams(state, PAGE_SIZE), { signal: controller.signal });
    }
  } catch (e) {
    if (controller.signal.aborted) return;
    if (mode === 'browse') filters.append(taxonomyTree(state, {}));
    else filters.append(...facetPanel(state, {}, ['category'], nav));
    results.setAttribute('aria-busy', 'false');
    clear(results).append(errorPanel(e, () => renderResults(main, state, nav)));
    announce(e.message);
    return;
  }
  if (controller.signal.aborted) return;

  if (mode === 'browse') {
    filters.append(taxonomyTree(state, browsingNothing ? body.facets : (body.facets ?? {})));
    if (!browsingNothing) filters.append(...facetPanel(state, body.facets, ['type', 'year', 'agency'], nav, body.facetsEstimated));
  } else {
    filters.append(...facetPanel(state, body.facets, ['category', 'code', 'type', 'year', 'agency'], nav, body.facetsEstimated));
  }
  results.setAttribute('aria-busy', 'false');
  clear(results);

  if (browsingNothing) {
    results.append(browseIntro(body.facets));
    return;
  }
  const heading = resultsHeading(state, body, mode);
  results.append(...(body.total > 0 ? heading : heading.slice(0, 1)));
  const af = activeFilters(state, nav);
  if (af && mode === 'search') results.append(af);
  const widen = widenCategory(state, body);
  if (widen) results.append(widen);
  const cut = wordsLeftOut(body);
  if (cut) results.append(cut);
  if (!body.hits || body.hits.length === 0) {
    results.append(noResults(state, nav, mode));
    announce(mode === 'browse' ? 'ไม่มีข้อความในหมวดนี้' : `ไม่พบข้อความที่ตรงกับ ${state.q}`);
    return;
  }
  results.append(h('ol', { class: 'hits', start: (state.page - 1) * PAGE_SIZE + 1 },
    body.hits.map((hit) => hitCard(hit, state, mode))));
  const p = pager(state, body.total, PAGE_SIZE);
  if (p) results.append(p);
  if (performance.getEntriesByName('klangru:first-result').length === 0) {
    performance.mark('klangru:first-result'); // time to first result, read by the page-weight test
  }
  announce(`พบ ${body.total} ข้อความ หน้า ${state.page}`);
}

/**
 * A category filter that leaves fewer hits than a page never empties a search silently: the answer says how many
 * passages match without it, and this offers them.
 */
function widenCategory(state, body) {
  const all = body.withoutCategory;
  if (all === undefined || all === null || all <= body.total || !state.category.length) return null;
  const cats = state.category.map((c) => `หมวด ${c}`).join(', ');
  return h('p', { class: 'notice widen-category', 'data-without-category': all },
    `ตัวกรอง ${cats} เหลือ ${num(body.total)} ข้อความ ส่วนคำค้นนี้พบ ${num(all)} ข้อความเมื่อไม่กรองหมวด `,
    h('a', { href: toUrl({ ...state, category: [], page: 1 }) }, `ดูทั้ง ${num(all)} ข้อความ`),
    h('span', { class: 'en', lang: 'en' }, ` (the category filter leaves ${body.total}; ${all} match without it)`));
}

/** A pasted paragraph is searched by its first words: the page says so rather than answer as if all were used. */
function wordsLeftOut(body) {
  if (!body.searchedWords) return null;
  return h('p', { class: 'notice words-left-out' },
    `คำค้นยาวเกินไป จึงค้นด้วยคำต้น ๆ เท่านั้น: “${body.searchedWords}” คำที่เหลือไม่ได้ใช้ค้น `,
    h('span', { class: 'en', lang: 'en' }, '(the query was long: only its first words were searched)'));
}

function browseIntro(facets) {
  const counts = facets?.category ?? {};
  return h('div', { class: 'browse-intro' },
    h('h1', { id: 'results-title', class: 'results-title' }, 'เรียกดูแนวปฏิบัติที่ดีตามหมวด ', h('span', { class: 'en', lang: 'en' }, 'Browse by category')),
    h('p', {}, 'เลือกหมวดหรือรหัสกิจกรรม เพื่อดูข้อความที่เป็นแนวปฏิบัติที่ดี เรียงจากดีที่สุด'),
    h('ul', { class: 'cat-grid' }, getTaxonomy().categories.map((c) => h('li', {},
      h('a', { class: `cat-card cat-${c.number}`, href: toUrl({ view: 'browse', category: [String(c.number)] }) },
        h('span', { class: 'cat-num' }, `หมวด ${c.number}`),
        h('span', { class: 'cat-name' }, c.nameTh),
        c.nameEn ? h('span', { class: 'cat-en', lang: 'en' }, c.nameEn) : null,
        counts[String(c.number)] !== undefined ? h('span', { class: 'cat-count' }, `${num(counts[String(c.number)])} ข้อความ`) : null)))));
}

/** The first screen: what this is, examples to click, the seven หมวด, and what the index holds. */
export function renderHome(main, health) {
  clear(main).append(h('div', { class: 'home' },
    h('section', { class: 'hero' },
      h('h1', {}, 'ค้นหาความรู้และแนวปฏิบัติที่ดี'),
      h('p', { class: 'lead' }, 'ค้นข้อความจากรายงานการศึกษาดูงาน คู่มือการปฏิบัติงาน แผนการจัดการความรู้ และรายงานรางวัล ',
        'สำหรับงานพัฒนาคุณภาพการบริหารจัดการภาครัฐ (PMQA)'),
      h('p', { class: 'lead en', lang: 'en' }, 'Search passages from Thai public-sector quality documents, by words, หมวด and activity code.'),
      h('div', { class: 'examples' }, h('span', { class: 'af-label' }, 'ตัวอย่างคำค้น: '),
        h('ul', { class: 'chips inline' }, EXAMPLES.map((e) => h('li', {}, h('a', { class: 'chip', href: toUrl({ view: 'search', q: e }) }, e))))),
      health ? h('p', { class: 'stats' }, `ในคลังมีเอกสาร ${num(health.documents)} ฉบับ · ${num(health.passages)} ข้อความ`) : null),
    h('section', { class: 'home-browse', 'aria-labelledby': 'home-browse-title' },
      h('h2', { id: 'home-browse-title' }, 'เรียกดูตามหมวด ', h('span', { class: 'en', lang: 'en' }, 'Browse by category')),
      h('ul', { class: 'cat-grid' }, getTaxonomy().categories.map((c) => h('li', {},
        h('a', { class: `cat-card cat-${c.number}`, href: toUrl({ view: 'browse', category: [String(c.number)] }) },
          h('span', { class: 'cat-num' }, `หมวด ${c.number}`),
          h('span', { class: 'cat-name' }, c.nameTh),
          c.nameEn ? h('span', { class: 'cat-en', lang: 'en' }, c.nameEn) : null)))))));
}

