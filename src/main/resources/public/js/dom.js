// Small DOM helpers. Text from the server is always inserted as text, never as HTML.

/**
 * h('a', {href: '/x', class: 'link'}, 'text', child) creates an element. Attributes starting with "on" are
 * listeners; true/false set or drop boolean attributes; null and undefined children are skipped.
 */
export function h(tag, attrs = {}, ...children) {
  const el = document.createElement(tag);
  for (const [k, v] of Object.entries(attrs ?? {})) {
    if (v === null || v === undefined || v === false) {
      continue;
    }
    if (k.startsWith('on') && typeof v === 'function') {
      el.addEventListener(k.slice(2).toLowerCase(), v);
    } else if (k === 'class') {
      el.className = v;
    } else if (k === 'dataset') {
      Object.assign(el.dataset, v);
    } else if (v === true) {
      el.setAttribute(k, '');
    } else {
      el.setAttribute(k, String(v));
    }
  }
  append(el, children);
  return el;
}

function append(el, children) {
  for (const c of children) {
    if (c === null || c === undefined || c === false) {
      continue;
    }
    if (Array.isArray(c)) {
      append(el, c);
    } else {
      el.append(c instanceof Node ? c : String(c));
    }
  }
}

export function clear(el) {
  while (el.firstChild) {
    el.removeChild(el.firstChild);
  }
  return el;
}

const ENTITIES = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'", nbsp: '\u00a0' };

function decodeEntities(s) {
  return s.replace(/&(#x[0-9a-fA-F]+|#[0-9]+|[a-zA-Z]+);/g, (all, e) => {
    if (e[0] === '#') {
      const cp = e[1] === 'x' || e[1] === 'X' ? parseInt(e.slice(2), 16) : parseInt(e.slice(1), 10);
      return Number.isFinite(cp) && cp > 0 && cp <= 0x10ffff ? String.fromCodePoint(cp) : all;
    }
    return ENTITIES[e] ?? all;
  });
}

/**
 * The API's highlight is HTML-escaped text with <mark> tags. Only the marks become elements; everything else is
 * decoded and inserted as text, so nothing in a document can inject markup.
 */
export function markedFragment(escaped) {
  const frag = document.createDocumentFragment();
  let inMark = false;
  for (const part of String(escaped ?? '').split(/(<mark>|<\/mark>)/)) {
    if (part === '<mark>') {
      inMark = true;
    } else if (part === '</mark>') {
      inMark = false;
    } else if (part) {
      const text = decodeEntities(part);
      frag.append(inMark ? h('mark', {}, text) : text);
    }
  }
  return frag;
}

const THAI_DIGITS = '๐๑๒๓๔๕๖๗๘๙';

/** Lower case with Thai digits as Arabic ones, as the index folds words. */
function fold(word) {
  return word.toLowerCase().replace(/[๐-๙]/g, (d) => String(THAI_DIGITS.indexOf(d)));
}

const segmenter = typeof Intl.Segmenter === 'function' ? new Intl.Segmenter('th', { granularity: 'word' }) : null;

/** The words of a text, as ICU (the same library the index uses) cuts Thai. */
export function words(text) {
  if (!segmenter) return String(text ?? '').split(/\s+/).filter(Boolean);
  return [...segmenter.segment(String(text ?? ''))].filter((s) => s.isWordLike).map((s) => s.segment);
}

/**
 * Text with the given words in <mark>: whole words only (so "การ" does not light up inside "บริการ"), compared
 * folded; neighbouring marked words and the spaces between them become one mark, so a phrase reads as one.
 */
export function markTerms(text, terms) {
  const frag = document.createDocumentFragment();
  const source = String(text ?? '');
  const wanted = new Set((terms ?? []).flatMap((t) => words(t)).map(fold));
  if (wanted.size === 0 || !segmenter) {
    frag.append(source);
    return frag;
  }
  let plain = '';
  let marked = '';
  let gap = '';
  const flushMark = () => {
    if (marked) {
      frag.append(plain, h('mark', {}, marked));
      plain = gap;
      marked = '';
      gap = '';
    }
  };
  for (const s of segmenter.segment(source)) {
    if (s.isWordLike && wanted.has(fold(s.segment))) {
      if (!marked) {
        marked = s.segment;
      } else {
        marked += gap + s.segment;
        gap = '';
      }
    } else if (marked && !s.isWordLike && /^\s*$/.test(s.segment)) {
      gap += s.segment; // a space between two marked words may join them
    } else {
      flushMark();
      plain += gap + s.segment;
      gap = '';
    }
  }
  flushMark();
  frag.append(plain + gap);
  return frag;
}

/** Announces a short message to screen readers. */
export function announce(message) {
  const live = document.getElementById('live');
  if (live) {
    live.textContent = '';
    setTimeout(() => { live.textContent = message; }, 30);
  }
}
