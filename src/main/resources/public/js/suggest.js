// Suggestions under the search box (ARIA combobox with a listbox): the server's /api/suggest when it exists,
// otherwise the user's own recent searches. Arrow keys move, Enter picks, Escape closes.

import { api, isMissing } from './api.js';
import { clear, h } from './dom.js';

const RECENT_KEY = 'klangru.recent';
const RECENT_MAX = 8;
const KIND_NAMES = {
  term: 'คำ', title: 'ชื่อเอกสาร', heading: 'หัวข้อ', code: 'รหัสกิจกรรม', category: 'หมวด', recent: 'ค้นล่าสุด',
};

export function rememberSearch(q) {
  if (!q) return;
  try {
    const recent = JSON.parse(localStorage.getItem(RECENT_KEY) ?? '[]').filter((x) => x !== q);
    recent.unshift(q);
    localStorage.setItem(RECENT_KEY, JSON.stringify(recent.slice(0, RECENT_MAX)));
  } catch {
    // storage may be disabled; suggestions just stay empty
  }
}

function recentMatching(prefix) {
  try {
    return JSON.parse(localStorage.getItem(RECENT_KEY) ?? '[]')
      .filter((x) => x !== prefix && x.startsWith(prefix))
      .map((text) => ({ text, kind: 'recent' }));
  } catch {
    return [];
  }
}

/** Wires the combobox; onPick(text) runs a search. */
export function attachSuggestions(input, list, onPick) {
  let items = [];
  let active = -1;
  let timer = 0;
  let controller = null;
  // bumped on close: suggestions still on their way for the words before it (a search just started) stay unshown
  let generation = 0;

  function close() {
    clearTimeout(timer);
    controller?.abort();
    generation += 1;
    list.hidden = true;
    input.setAttribute('aria-expanded', 'false');
    input.removeAttribute('aria-activedescendant');
    active = -1;
  }

  function render() {
    clear(list);
    if (items.length === 0) {
      close();
      return;
    }
    items.forEach((s, i) => {
      list.append(h('li', {
        id: `suggestion-${i}`, role: 'option', class: 'suggestion', 'aria-selected': i === active ? 'true' : 'false',
        onmousedown: (e) => { e.preventDefault(); pick(i); },
      }, h('span', { class: 'suggestion-text' }, s.text),
      s.kind ? h('span', { class: 'suggestion-kind' }, KIND_NAMES[s.kind] ?? s.kind) : null));
    });
    list.hidden = false;
    input.setAttribute('aria-expanded', 'true');
    if (active >= 0) {
      input.setAttribute('aria-activedescendant', `suggestion-${active}`);
    } else {
      input.removeAttribute('aria-activedescendant');
    }
  }

  function pick(i) {
    const s = items[i];
    if (!s) return;
    input.value = s.text;
    close();
    onPick(s.text);
  }

  async function load() {
    const prefix = input.value.trim();
    const asked = generation;
    if (!prefix) {
      items = [];
      render();
      return;
    }
    let found = [];
    if (!isMissing('/api/suggest')) {
      controller?.abort();
      controller = new AbortController();
      try {
        const body = await api.suggest(prefix, { signal: controller.signal });
        found = (body?.suggestions ?? []).filter((s) => s && s.text);
      } catch {
        found = []; // no suggestions is never an error worth showing
      }
    }
    if (input.value.trim() !== prefix || asked !== generation) return; // typed on, or closed, meanwhile
    const seen = new Set(found.map((s) => s.text));
    items = [...found, ...recentMatching(prefix).filter((s) => !seen.has(s.text))].slice(0, 8);
    active = -1;
    if (document.activeElement === input) render();
  }

  input.addEventListener('input', () => {
    clearTimeout(timer);
    timer = setTimeout(load, 150);
  });
  input.addEventListener('keydown', (e) => {
    const open = !list.hidden && items.length > 0;
    if (e.key === 'ArrowDown' && items.length > 0) {
      e.preventDefault();
      active = open ? (active + 1) % items.length : 0;
      render();
    } else if (e.key === 'ArrowUp' && open) {
      e.preventDefault();
      active = active <= 0 ? items.length - 1 : active - 1;
      render();
    } else if (e.key === 'Enter' && open && active >= 0) {
      e.preventDefault();
      pick(active);
    } else if (e.key === 'Escape' && open) {
      e.preventDefault();
      close();
    }
  });
  input.addEventListener('blur', () => setTimeout(close, 100));
  return { close };
}
