// The only module that talks HTTP. Errors come back as ApiError carrying the problem details; its kind
// comes from the status (see errors.js).
import { ErrorKind, PaneError, classify, kindOfStatus } from './errors.js';
import { uiLanguage } from './i18n.js';

export class ApiError extends PaneError {
  /**
   * @param {number} status 0 for network failures
   * @param {any} problem RFC 9457 problem details, if any
   * @param {Headers|null} headers
   */
  constructor(status, problem, headers) {
    super(kindOfStatus(status), problem?.title || `HTTP ${status}`);
    this.status = status;
    this.problem = problem || {};
    this.headers = headers;
  }
  get retryAfter() {
    const v = Number(this.headers?.get('Retry-After'));
    return Number.isFinite(v) && v > 0 ? v : 1;
  }
}

/** Every call names the pane's UI language, so the API writes its messages (validation errors, details) in it;
 * the letter's own language is the request's `language`. */
async function call(/** @type {string} */ path, /** @type {RequestInit} */ init = {}) {
  let res;
  try {
    res = await fetch(path, { ...init, headers: { 'Accept-Language': uiLanguage, ...(init.headers || {}) } });
  } catch (e) {
    if (classify(e) === ErrorKind.Aborted) throw e;
    throw new ApiError(0, null, null);
  }
  const type = res.headers.get('Content-Type') || '';
  const body = type.includes('json') ? await res.json().catch(() => null) : null;
  if (!res.ok) throw new ApiError(res.status, body, res.headers);
  return body;
}

const json = (/** @type {any} */ body, /** @type {Record<string,string>} */ headers = {}) => ({
  method: 'POST',
  headers: { 'Content-Type': 'application/json', ...headers },
  body: JSON.stringify(body),
});

export const getOptions = (/** @type {string} */ language) =>
  call(`/api/options?language=${encodeURIComponent(language)}`);

export const getPaneConfig = () => call('/api/pane-config');

export const composeDraft = (/** @type {any} */ request, /** @type {AbortSignal} */ signal) =>
  call('/api/drafts', { ...json(request), signal });

export const checkTone = (/** @type {string} */ text, /** @type {string} */ language, /** @type {AbortSignal|undefined} */ signal = undefined) =>
  call('/api/tone/check', { ...json({ text, language }), signal });

export const createReplyDraft = (/** @type {string} */ token, /** @type {string} */ key, /** @type {any} */ body) =>
  call('/api/reply-drafts', json(body, { Authorization: `Bearer ${token}`, 'Idempotency-Key': key }));
