// Calls to the Klangru HTTP API with the failures a user can meet, each with a Thai message.

const TIMEOUT_MS = 20000;

/** A failed call. kind: offline | timeout | busy | unavailable | notfound | bad | error */
export class ApiError extends Error {
  constructor(kind, message, status = 0, detail = null) {
    super(message);
    this.kind = kind;
    this.status = status;
    this.detail = detail;
  }
}

const TOKEN_KEY = 'klangru.token';

/** The token for reads when the server requires one (kept for this tab only). */
export function readToken() {
  try {
    return sessionStorage.getItem(TOKEN_KEY);
  } catch {
    return null;
  }
}

export function setReadToken(token) {
  try {
    sessionStorage.setItem(TOKEN_KEY, token);
  } catch {
    /* storage off: the token is asked again */
  }
}

function withToken(headers) {
  const token = readToken();
  return token && !headers.Authorization ? { ...headers, Authorization: `Bearer ${token}` } : headers;
}

/** Endpoints that answered 404 (not deployed yet); not asked again in this page's life. */
const missing = new Set();

export function isMissing(endpoint) {
  return missing.has(endpoint);
}

async function request(path, { endpoint = path, method = 'GET', body = null, headers = {}, signal = null, timeout = TIMEOUT_MS } = {}) {
  const controller = new AbortController();
  const timer = setTimeout(() => controller.abort(new DOMException('timeout', 'TimeoutError')), timeout);
  if (signal) {
    if (signal.aborted) {
      controller.abort(signal.reason);
    }
    signal.addEventListener('abort', () => controller.abort(signal.reason), { once: true });
  }
  let response;
  try {
    response = await fetch(path, { method, body, headers: withToken({ Accept: 'application/json', ...headers }), signal: controller.signal });
  } catch (e) {
    if (signal?.aborted) {
      throw e; // superseded by a newer request: not an error to show
    }
    if (controller.signal.aborted) {
      throw new ApiError('timeout', 'เซิร์ฟเวอร์ตอบช้าเกินไป อาจมีผู้ใช้งานมาก (the server is busy; it did not answer in time)');
    }
    throw new ApiError('offline', 'เชื่อมต่อเซิร์ฟเวอร์ไม่ได้ (cannot reach the server)');
  } finally {
    clearTimeout(timer);
  }
  let json = null;
  const type = response.headers.get('content-type') ?? '';
  if (type.includes('json')) {
    try {
      json = await response.json();
    } catch {
      json = null;
    }
  }
  if (response.ok) {
    return json;
  }
  const message = json?.message ?? '';
  switch (response.status) {
    case 404:
      missing.add(endpoint);
      throw new ApiError('notfound', message || 'ไม่พบข้อมูลที่ขอ (not found)', 404, json);
    case 400:
    case 413:
    case 414:
      throw new ApiError('bad', message || 'คำขอไม่ถูกต้อง (bad request)', response.status, json);
    case 401:
    case 403:
      throw new ApiError('denied', message || 'ไม่มีสิทธิ์ ตรวจสอบรหัสผ่าน (token) (not allowed)', response.status, json);
    case 429:
      throw new ApiError('busy', 'มีผู้ใช้งานพร้อมกันมาก กรุณาลองใหม่อีกครั้ง (too many requests; try again)', 429, json);
    case 502:
    case 503:
    case 504:
      throw new ApiError('unavailable', message || 'ระบบยังไม่พร้อมให้บริการ อาจกำลังเตรียมดัชนี (service not available now)', response.status, json);
    default:
      throw new ApiError('error', message || `เกิดข้อผิดพลาดที่เซิร์ฟเวอร์ (server error ${response.status})`, response.status, json);
  }
}

function query(params) {
  const sp = new URLSearchParams();
  for (const [k, v] of Object.entries(params)) {
    if (Array.isArray(v)) {
      v.forEach((x) => sp.append(k, x));
    } else if (v !== null && v !== undefined && v !== '') {
      sp.append(k, v);
    }
  }
  const s = sp.toString();
  return s ? `?${s}` : '';
}

export const api = {
  health: (opts) => request('/api/health', opts),
  taxonomy: (opts) => request('/api/taxonomy', opts),
  snippets: (params, opts) => request(`/api/snippets${query(params)}`, { endpoint: '/api/snippets', ...opts }),
  suggest: (prefix, opts) => request(`/api/suggest${query({ prefix })}`, { endpoint: '/api/suggest', timeout: 5000, ...opts }),
  document: (id, opts) => request(`/api/documents/${encodeURIComponent(id)}`, { endpoint: '/api/documents/{id}', ...opts }),
  passages: (id, opts) => request(`/api/documents/${encodeURIComponent(id)}/passages`, { endpoint: '/api/documents/{id}/passages', ...opts }),
  similar: (passageId, size = 5, opts) => request(`/api/passages/${encodeURIComponent(passageId)}/similar${query({ size })}`,
    { endpoint: '/api/passages/{id}/similar', ...opts }),
  fileUrl: (id) => `/api/documents/${encodeURIComponent(id)}/file`,
  /** Whether the original file can be downloaded (a HEAD request; nothing is transferred). */
  async fileAvailable(id) {
    try {
      const r = await fetch(this.fileUrl(id), { method: 'HEAD', headers: withToken({}) });
      return r.ok || r.status === 405;
    } catch {
      return false;
    }
  },
  /** /api/collections…: a JSON body and the collections token (the token's name owns what it creates). */
  collections: (path = '', { method = 'GET', json = undefined, token = '' } = {}) => request(`/api/collections${path}`, {
    endpoint: '/api/collections', method, body: json === undefined ? null : JSON.stringify(json),
    headers: { ...(json === undefined ? {} : { 'Content-Type': 'application/json' }), ...(token ? { Authorization: `Bearer ${token}` } : {}) },
  }),
  upload: (files, token, opts) => {
    const form = new FormData();
    for (const f of files) {
      form.append('files', f, f.name);
    }
    return request('/api/documents', {
      method: 'POST', body: form, headers: token ? { Authorization: `Bearer ${token}` } : {}, timeout: 300000, ...opts,
    });
  },
};
