// The upload form, shown only when the server says uploads are enabled (/api/health "uploadsEnabled": true).

import { api } from './api.js';
import { clear, h } from './dom.js';

const ACCEPT = '.pdf,.docx,.doc,.odt,.rtf,.html,.htm,.txt,.png,.jpg,.jpeg,.tif,.tiff';

const STATUS = {
  indexed: 'นำเข้าแล้ว (indexed)',
  duplicate: 'มีอยู่แล้ว (duplicate)',
  rejected: 'ไม่รับ (rejected)',
  failed: 'อ่านไม่ได้ (failed)',
};

function summary(body) {
  const files = Array.isArray(body?.files) ? body.files : [];
  if (!files.length) return h('p', {}, body?.message ?? 'นำเข้าเอกสารแล้ว (uploaded)');
  return h('div', {},
    h('p', {}, `นำเข้าแล้ว ${body.indexed ?? 0} · มีอยู่แล้ว ${body.duplicates ?? 0} · ไม่รับ ${body.rejected ?? 0} · อ่านไม่ได้ ${body.failed ?? 0}`),
    h('ul', {}, files.map((f) => h('li', { 'data-status': f.status ?? '' },
      `${f.name ?? ''}: ${STATUS[f.status] ?? f.status ?? ''}`,
      f.status === 'indexed' ? ` → ${f.savedAs ?? ''}` : ` — ${f.message ?? f.reason ?? ''}`))));
}

export function renderUpload(main, health) {
  if (!health?.uploadsEnabled) {
    clear(main).append(h('div', { class: 'status-panel', 'data-state': 'uploads-disabled' },
      h('h1', {}, 'การนำเข้าเอกสารปิดอยู่'),
      h('p', {}, 'เซิร์ฟเวอร์นี้ไม่เปิดให้อัปโหลดเอกสารผ่านหน้าเว็บ โปรดติดต่อผู้ดูแลระบบ (uploads are disabled on this server)'),
      h('p', {}, h('a', { href: '/' }, 'กลับหน้าแรก (home)'))));
    return;
  }
  const result = h('div', { class: 'upload-result', role: 'status', 'aria-live': 'polite' });
  const token = h('input', { id: 'upload-token', name: 'token', type: 'password', autocomplete: 'off', required: true });
  const files = h('input', { id: 'upload-files', name: 'files', type: 'file', multiple: true, accept: ACCEPT, required: true });
  const submit = h('button', { type: 'submit', class: 'btn btn-primary' }, 'อัปโหลด (upload)');
  const form = h('form', { class: 'upload-form', id: 'upload-form' },
    h('div', { class: 'field' },
      h('label', { for: 'upload-files' }, 'ไฟล์เอกสาร (files)'),
      files,
      h('p', { class: 'hint' }, 'PDF, Word (DOCX/DOC), OpenDocument, RTF, HTML หรือข้อความ เลือกได้หลายไฟล์')),
    h('div', { class: 'field' },
      h('label', { for: 'upload-token' }, 'รหัสสำหรับนำเข้า (upload token)'),
      token,
      h('p', { class: 'hint' }, 'ขอรหัสจากผู้ดูแลระบบ รหัสนี้ไม่ถูกบันทึกในเบราว์เซอร์')),
    submit, result);
  form.addEventListener('submit', async (e) => {
    e.preventDefault();
    if (!files.files.length) return;
    submit.disabled = true;
    clear(result).append(h('p', { class: 'loading' }, h('span', { class: 'spinner', 'aria-hidden': 'true' }), 'กำลังอัปโหลดและนำเข้าดัชนี…'));
    try {
      const body = await api.upload([...files.files], token.value.trim());
      clear(result).append(summary(body));
      form.reset();
    } catch (err) {
      // a refused upload still lists each file's reason
      clear(result).append(err.detail?.files ? summary(err.detail) : h('p', { class: 'error' }, err.message));
    } finally {
      submit.disabled = false;
    }
  });
  clear(main).append(h('div', { class: 'upload-page' },
    h('h1', {}, 'นำเข้าเอกสาร ', h('span', { class: 'en', lang: 'en' }, 'Upload documents')),
    h('p', {}, 'เอกสารที่นำเข้าจะค้นหาได้ทันทีเมื่อนำเข้าดัชนีเสร็จ'),
    form));
}
