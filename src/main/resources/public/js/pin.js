// The pin button on a hit and on a passage of the document view; the collections panel loads on first use.

import { h } from './dom.js';

export function pinButton(passageId) {
  const button = h('button', {
    type: 'button', class: 'btn btn-small pin-button', dataset: { passageId },
    'aria-label': 'เก็บข้อความนี้เข้าคอลเลกชัน (pin this passage to a collection)', 'aria-pressed': 'false',
  }, '+ เก็บ (Pin)');
  button.addEventListener('click', () => import('./collections.js').then((m) => m.pin(passageId, button)));
  return button;
}

export function openCollections() {
  return import('./collections.js').then((m) => m.openPanel());
}
