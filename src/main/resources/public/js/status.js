// What the user sees when the server is down, busy, or says no.

import { h } from './dom.js';

const TITLES = {
  offline: ['เชื่อมต่อเซิร์ฟเวอร์ไม่ได้', 'cannot reach the server'],
  timeout: ['เซิร์ฟเวอร์ไม่ว่าง', 'the server is busy'],
  busy: ['เซิร์ฟเวอร์ไม่ว่าง', 'the server is busy'],
  unavailable: ['ระบบยังไม่พร้อมให้บริการ', 'service unavailable'],
  notfound: ['ไม่พบข้อมูล', 'not found'],
  bad: ['คำค้นหรือตัวกรองไม่ถูกต้อง', 'bad request'],
  denied: ['ไม่มีสิทธิ์', 'not allowed'],
  error: ['เกิดข้อผิดพลาด', 'error'],
};

const ADVICE = {
  offline: 'ตรวจสอบการเชื่อมต่อเครือข่าย หรือแจ้งผู้ดูแลระบบว่าบริการคลังรู้อาจหยุดทำงาน แล้วลองใหม่ (check the network or ask the administrator; then try again)',
  timeout: 'มีผู้ใช้งานมากหรือคำค้นซับซ้อน รอสักครู่แล้วลองใหม่ (many users or a heavy query; wait a moment and retry)',
  busy: 'รอสักครู่แล้วลองใหม่ (wait a moment and retry)',
  unavailable: 'ระบบอาจกำลังนำเอกสารเข้าดัชนี รอสักครู่แล้วลองใหม่ (the index may be rebuilding; retry shortly)',
  bad: 'แก้คำค้นหรือเอาตัวกรองบางตัวออก แล้วค้นหาอีกครั้ง',
  error: 'ลองใหม่อีกครั้ง หากยังไม่ได้ โปรดแจ้งผู้ดูแลระบบ',
};

/** A panel with the failure's title, the server's message, advice, and a retry button when retrying can help. */
export function errorPanel(error, retry) {
  const kind = error?.kind ?? 'error';
  const canRetry = ['offline', 'timeout', 'busy', 'unavailable', 'error'].includes(kind) && retry;
  const [th, en] = TITLES[kind] ?? TITLES.error;
  // the server's own words when it sent some; a network failure has nothing to add to the title
  const fromServer = error?.status > 0 && error?.message;
  return h('div', { class: `status-panel status-${kind}`, role: 'alert', 'data-state': `error-${kind}` },
    h('h2', {}, th, h('span', { class: 'en', lang: 'en' }, ` (${en})`)),
    fromServer ? h('p', { class: 'status-message' }, error.message) : null,
    ADVICE[kind] ? h('p', { class: 'status-advice' }, ADVICE[kind]) : null,
    canRetry ? h('button', { type: 'button', class: 'btn btn-primary', onclick: retry }, 'ลองใหม่ (retry)') : null,
    h('p', {}, h('a', { href: '/' }, 'กลับหน้าแรก (home)')));
}
