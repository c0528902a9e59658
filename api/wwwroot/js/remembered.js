// The plans of notices the user chose to remember ("Remember this plan for the client's reply"), kept in the user's
// own roaming settings for the reply to the client's answer. Opt-in, one entry per conversation, at most 60 days,
// listed and removable, the whole setting under the roaming-settings limit. Only the plan is kept: never the client's
// message, never the asks, never the personal note.
// The store is passed in (mailbox.roamingStore): this module never touches Office itself.

export const KEY = 'outlookexit.rememberedPlans';
export const MAX_AGE_DAYS = 60;
const DAY_MS = 86400000;
/** Room kept free below the limit for the setting's own wrapping when Outlook serialises it. */
const MARGIN = 256;

/** @typedef {{get: () => any, set: (value: any) => void, remove: () => void, save: () => Promise<void>, othersSize?: () => number}} Store */
/** @typedef {{conversationId: string, clientName: string, savedAt: number, request: any}} Entry */

/** Copies only named properties of plain data (strings, numbers, booleans, arrays and objects of them). */
function pick(/** @type {any} */ source, /** @type {string[]} */ keys) {
  /** @type {Record<string, any>} */
  const out = {};
  for (const k of keys) {
    if (source && Object.prototype.hasOwnProperty.call(source, k) && source[k] !== undefined) out[k] = structuredClone(source[k]);
  }
  return out;
}

const PLAN_KEYS = ['lastWorkingDay', 'deliverables', 'invoices', 'handover', 'referrals', 'helpInterviewReplacement',
  'briefReplacement', 'interimTools'];

/**
 * What is kept of a DraftRequest: the plan, the reason, whether references were offered, the letter's language.
 * Everything else (the client's message, the asks, the personal note, the sender's and client's details) is left out.
 */
export function planOf(/** @type {any} */ request) {
  return {
    language: typeof request?.language === 'string' ? request.language : 'en',
    reason: pick(request?.reason, ['category', 'disclose']),
    plan: pick(request?.plan, PLAN_KEYS),
    offerReferences: request?.offerReferences === true,
  };
}

const isEntry = (/** @type {any} */ e) => !!e && typeof e === 'object' && typeof e.conversationId === 'string' && e.conversationId !== ''
  && typeof e.savedAt === 'number' && Number.isFinite(e.savedAt) && !!e.request && typeof e.request === 'object';

const fresh = (/** @type {Entry} */ e, /** @type {number} */ now) => now - e.savedAt <= MAX_AGE_DAYS * DAY_MS && e.savedAt <= now + DAY_MS;

/** The stored entries as they are (oldest first), unreadable ones left out. */
function stored(/** @type {Store} */ store) {
  let value;
  try { value = store.get(); } catch { return []; }
  const entries = value && typeof value === 'object' && Array.isArray(value.entries) ? value.entries : [];
  return /** @type {Entry[]} */ (entries.filter(isEntry)).sort((a, b) => a.savedAt - b.savedAt);
}

/** The JSON length (UTF-16 code units) of the setting with `entries`, as Outlook will count it. */
export const sizeOf = (/** @type {Entry[]} */ entries) => JSON.stringify({ [KEY]: { entries } }).length;

/** How long the setting may be: the limit less what the pane's other settings use and a margin. */
function budget(/** @type {Store} */ store, /** @type {number} */ limit) {
  let others = 0;
  try { others = store.othersSize?.() ?? 0; } catch { others = 0; }
  return limit - others - MARGIN;
}

async function write(/** @type {Store} */ store, /** @type {Entry[]} */ entries) {
  if (entries.length === 0) store.remove();
  else store.set({ entries });
  await store.save();
}

/**
 * The remembered plans, newest first, expired ones dropped (and the setting written back without them).
 * @returns {Promise<Entry[]>}
 */
export async function list(/** @type {Store} */ store, now = Date.now()) {
  const all = stored(store);
  const kept = all.filter((e) => fresh(e, now));
  if (kept.length !== all.length || (all.length === 0 && store.get() != null)) await write(store, kept);
  return kept.reverse();
}

/** The remembered plan of one conversation, or null (also when it has expired). */
export async function find(/** @type {Store} */ store, /** @type {string} */ conversationId, now = Date.now()) {
  if (!conversationId) return null;
  return (await list(store, now)).find((e) => e.conversationId === conversationId) ?? null;
}

/**
 * Keeps the plan of `request` for the conversation, replacing an older one of the same conversation. The oldest
 * entries of other conversations give way while the setting would not fit under `limit`. False when it cannot be
 * kept at all (no conversation, or this plan alone is too large).
 */
export async function remember(/** @type {Store} */ store,
  /** @type {{conversationId: string, clientName: string, request: any}} */ what,
  now = Date.now(), limit = 32 * 1024) {
  if (!what.conversationId) return false;
  const entry = /** @type {Entry} */ ({
    conversationId: String(what.conversationId),
    clientName: String(what.clientName || '').slice(0, 200),
    savedAt: now,
    request: planOf(what.request),
  });
  const room = budget(store, limit);
  if (sizeOf([entry]) > room) return false;
  const entries = [...stored(store).filter((e) => fresh(e, now) && e.conversationId !== entry.conversationId), entry];
  while (sizeOf(entries) > room) entries.shift();
  await write(store, entries);
  return true;
}

/** Forgets the plan of one conversation. True when there was one. */
export async function forget(/** @type {Store} */ store, /** @type {string} */ conversationId) {
  const all = stored(store);
  const kept = all.filter((e) => e.conversationId !== conversationId);
  if (kept.length === all.length) return false;
  await write(store, kept);
  return true;
}

/** The day an entry expires (ISO date, local time). */
export function expiresOn(/** @type {Entry} */ entry) {
  const d = new Date(entry.savedAt + MAX_AGE_DAYS * DAY_MS);
  return `${d.getFullYear()}-${String(d.getMonth() + 1).padStart(2, '0')}-${String(d.getDate()).padStart(2, '0')}`;
}
