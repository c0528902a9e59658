// Everything that touches Office.js. Other modules never read `Office` directly.
/* global Office */
import { ErrorKind, PaneError } from './errors.js';

const ROAMING_KEY = 'outlookexit.defaults';

/** The client lacks a requirement set; `set` names it for the user. */
const missing = (/** @type {string} */ set) => new PaneError(ErrorKind.MissingRequirement, set, { set });
const noItem = () => new PaneError(ErrorKind.NoItem, 'no-item');

/** @returns {any} */
const office = () => /** @type {any} */ (globalThis).Office;

/**
 * Waits for Office, however long it takes. Outside Outlook (plain browser, office.js blocked, not loaded or
 * failing) resolves to `{ inOutlook: false }`; office.js in a frame that is not a host may never answer, so the
 * caller does not wait for this before showing the form (main.js starts as a plain web page and upgrades).
 */
export async function connect() {
  const O = office();
  if (!O || typeof O.onReady !== 'function') return { inOutlook: false };
  const info = await new Promise((resolve) => resolve(O.onReady())).catch(() => null);
  const inOutlook = !!info && /** @type {any} */ (info).host === O.HostType?.Outlook && !!O.context?.mailbox;
  return { inOutlook };
}

export const supports = (/** @type {string} */ set, /** @type {string} */ version) =>
  !!office()?.context?.requirements?.isSetSupported?.(set, version);

/** Nested app authentication: MSAL.js signs in through Outlook. */
export const supportsNestedAppAuth = () => supports('NestedAppAuth', '1.1');

/** Office single sign-on (IdentityAPI 1.3) with Office.auth.getAccessToken. */
export const supportsOfficeSso = () => supports('IdentityAPI', '1.3') && !!office()?.auth?.getAccessToken;

/**
 * An access token from Office single sign-on; rejects with Office's own error (numeric `code`).
 * @param {{allowSignInPrompt?: boolean, allowConsentPrompt?: boolean}} options
 * @returns {Promise<string>}
 */
export const officeSsoToken = (options) => office().auth.getAccessToken(options);

const item = () => office()?.context?.mailbox?.item ?? null;

/** Compose mode is where the body can be written to; read mode has displayReplyForm instead. */
export const isCompose = () => typeof item()?.body?.setSelectedDataAsync === 'function';
export const hasItem = () => !!item();

/** A new message being written (not a reply or forward): Outlook gives it no conversation yet. Only there may the
 * pane offer its subject. */
export const isNewMessage = () => isCompose() && item()?.conversationId === null && typeof item()?.subject?.setAsync === 'function';

/** Sets the subject of the message being written. */
export async function setSubject(/** @type {string} */ subject) {
  const it = item();
  if (!it || typeof it.subject?.setAsync !== 'function') throw noItem();
  await promisify((cb) => it.subject.setAsync(subject, cb));
}

/** How long an insertion may take before the pane stops waiting (some hosts never call back). */
export const INSERT_TIMEOUT_MS = 10000;

function promisify(/** @type {(cb: (r: any) => void) => void} */ start, timeoutMs = 0) {
  return new Promise((resolve, reject) => {
    const timer = timeoutMs > 0
      ? setTimeout(() => reject(new PaneError(ErrorKind.HostFailed, 'no answer', { code: 'timeout' })), timeoutMs)
      : undefined;
    start((result) => {
      clearTimeout(timer);
      if (!result || result.status === office().AsyncResultStatus.Succeeded) resolve(result?.value);
      else reject(new PaneError(ErrorKind.HostFailed, result.error?.message || result.error?.name || 'failed',
        { code: result.error?.name || result.error?.code || 'failed' }));
    });
  });
}

/** What the open item and the profile tell us: the client's name and address, the user's name, the language. */
export async function readContext() {
  const O = office();
  const ctx = {
    userName: O?.context?.mailbox?.userProfile?.displayName || '',
    displayLanguage: O?.context?.displayLanguage || '',
    clientName: '',
    clientAddress: '',
  };
  const it = item();
  if (!it) return ctx;
  let person = null;
  if (isCompose()) {
    const to = await promisify((cb) => it.to.getAsync(cb)).catch(() => []);
    person = Array.isArray(to) ? to[0] : null;
  } else {
    person = it.from ?? null;
  }
  if (person) {
    ctx.clientAddress = person.emailAddress || '';
    const name = person.displayName || '';
    ctx.clientName = name && name !== ctx.clientAddress ? name : '';
  }
  return ctx;
}

/**
 * Calls `handler` when the user selects another message while the pane is pinned (Mailbox 1.5), so the
 * client's name never lingers from the previous message.
 */
export function onItemChanged(/** @type {() => void} */ handler) {
  const O = office();
  const mailbox = O?.context?.mailbox;
  if (!supports('Mailbox', '1.5') || typeof mailbox?.addHandlerAsync !== 'function') return;
  mailbox.addHandlerAsync(O.EventType.ItemChanged, handler);
}

/** Dark when Office says so (its body background is dark); else the system preference. */
export function isDarkTheme() {
  const theme = office()?.context?.officeTheme;
  if (theme && typeof theme.isDarkTheme === 'boolean') return theme.isDarkTheme;
  const bg = theme?.bodyBackgroundColor;
  if (typeof bg === 'string' && /^#?[0-9a-f]{6}$/i.test(bg)) {
    const hex = bg.replace('#', '');
    const [r, g, b] = [0, 2, 4].map((i) => parseInt(hex.slice(i, i + 2), 16) / 255);
    return 0.2126 * r + 0.7152 * g + 0.0722 * b < 0.5;
  }
  return globalThis.matchMedia?.('(prefers-color-scheme: dark)').matches ?? false;
}

/**
 * Puts the draft where the user writes: read mode opens the reply form with the HTML above the quoted
 * thread; compose mode inserts at the cursor in the body's own format. Never replaces the whole body.
 * @returns {Promise<'replyOpened'|'inserted'>}
 */
export async function insertDraft(/** @type {{html: string, text: string}} */ draft, replyAll = false) {
  const it = item();
  if (!it) throw noItem();
  const O = office();
  if (isCompose()) {
    if (!supports('Mailbox', '1.1')) throw missing('Mailbox 1.1');
    const type = await promisify((cb) => it.body.getTypeAsync(cb));
    const html = type === O.CoercionType.Html;
    await promisify((cb) => it.body.setSelectedDataAsync(html ? draft.html : draft.text,
      { coercionType: html ? O.CoercionType.Html : O.CoercionType.Text }, cb), INSERT_TIMEOUT_MS);
    return 'inserted';
  }
  if (supports('Mailbox', '1.9') && typeof it.displayReplyFormAsync === 'function') {
    const open = replyAll ? it.displayReplyAllFormAsync : it.displayReplyFormAsync;
    await promisify((cb) => open.call(it, { htmlBody: draft.html }, cb), INSERT_TIMEOUT_MS);
  } else if (typeof it.displayReplyForm === 'function') {
    (replyAll ? it.displayReplyAllForm : it.displayReplyForm).call(it, draft.html);
  } else {
    throw missing('Mailbox 1.1');
  }
  return 'replyOpened';
}

/**
 * Outlook on iOS or Android: read mode only, no reply form from add-ins (displayReplyForm is not among the
 * mobile APIs), and item ids that are already REST ids ("Outlook JavaScript APIs supported in Outlook on
 * mobile devices" and "Use the Outlook REST APIs from an Outlook add-in").
 */
export function isMobile() {
  const d = office()?.context?.diagnostics;
  return ['OutlookIOS', 'OutlookAndroid'].includes(d?.hostName) || ['iOS', 'Android'].includes(d?.platform);
}

/** REST id of the open message, for the Graph flow (Mailbox 1.3). */
export function restItemId() {
  const it = item();
  if (!it?.itemId) throw noItem();
  if (isMobile()) return it.itemId;
  if (!supports('Mailbox', '1.3')) throw missing('Mailbox 1.3');
  const O = office();
  return O.context.mailbox.convertToRestId(it.itemId, O.MailboxEnums.RestVersion.v2_0);
}

/** Opens a created draft in Outlook; false when only the web link can do it. */
export function openDraft(/** @type {string} */ restId) {
  const O = office();
  const mailbox = O?.context?.mailbox;
  if (!mailbox?.displayMessageForm || !supports('Mailbox', '1.3')) return false;
  mailbox.displayMessageForm(mailbox.convertToEwsId(restId, O.MailboxEnums.RestVersion.v2_0));
  return true;
}

/** The user's own defaults. Roaming settings in Outlook, local storage elsewhere. */
export function loadDefaults() {
  const settings = office()?.context?.roamingSettings;
  try {
    const value = settings ? settings.get(ROAMING_KEY) : JSON.parse(localStorage.getItem(ROAMING_KEY) || 'null');
    return value && typeof value === 'object' ? value : {};
  } catch {
    return {};
  }
}

export async function saveDefaults(/** @type {object} */ value) {
  const settings = office()?.context?.roamingSettings;
  if (!settings) {
    try { localStorage.setItem(ROAMING_KEY, JSON.stringify(value)); } catch { /* private mode */ }
    return;
  }
  settings.set(ROAMING_KEY, value);
  await promisify((cb) => settings.saveAsync(cb));
}

/**
 * The message the action is for, read from Outlook now: who the letter goes to and the subject. In read mode
 * the sender of the open message, in compose mode the first "To" recipient. `known` is a context just read.
 * @returns {Promise<{name: string, address: string, subject: string, itemId: string}|null>}
 */
export async function readTarget(/** @type {{clientName: string, clientAddress: string}|undefined} */ known = undefined) {
  const it = item();
  if (!it) return null;
  const ctx = known ?? await readContext();
  let subject = '';
  if (typeof it.subject === 'string') subject = it.subject;
  else if (typeof it.subject?.getAsync === 'function') subject = String(await promisify((cb) => it.subject.getAsync(cb)).catch(() => '') || '');
  return { name: ctx.clientName, address: ctx.clientAddress, subject, itemId: it.itemId || '' };
}

/** The kind of account (Mailbox 1.6): `outlookCom` for Outlook.com, `enterprise`/`office365` for work or school. */
export const accountType = () => String(office()?.context?.mailbox?.userProfile?.accountType || '');

/**
 * Outlook.com: a pinned pane there gets no ItemChanged and `mailbox.item` stays on the first message
 * (https://github.com/OfficeDev/office-js/issues/6833), so the pane cannot see a change of message.
 */
export function hostFreezesItem() {
  if (accountType() === 'outlookCom') return true;
  const ancestors = /** @type {any} */ (globalThis.location)?.ancestorOrigins;
  return !!ancestors && [...ancestors].some((/** @type {string} */ o) => /^https:\/\/outlook\.live\.com$/i.test(o));
}

/** Consumer mailboxes (Outlook.com, Gmail): no nested app authentication and no Office SSO there. */
export const isConsumerMailbox = () => ['outlookCom', 'gmail'].includes(accountType());

/**
 * A login hint for MSAL.js: the account Office is signed in with (Office.auth.getAuthContext, NestedAppAuth 1.1),
 * else the mailbox's address.
 */
export async function loginHint() {
  const O = office();
  try {
    if (supports('NestedAppAuth', '1.1') && typeof O?.auth?.getAuthContext === 'function') {
      const auth = await O.auth.getAuthContext();
      const hint = auth?.loginHint || auth?.userPrincipalName;
      if (hint) return String(hint);
    }
  } catch { /* fall back to the profile */ }
  return String(O?.context?.mailbox?.userProfile?.emailAddress || '');
}

/**
 * The shared or delegated mailbox that holds the open message (Mailbox 1.8, getSharedPropertiesAsync), or null
 * for the user's own mailbox. `canWrite` follows the delegate permissions (Write = 2).
 * @returns {Promise<{mailbox: string, canWrite: boolean}|null>}
 */
export async function sharedMailbox() {
  const it = item();
  if (!it || typeof it.getSharedPropertiesAsync !== 'function' || !supports('Mailbox', '1.8')) return null;
  const props = await promisify((cb) => it.getSharedPropertiesAsync(cb)).catch(() => null);
  const target = props?.targetMailbox || props?.owner;
  if (!target) return null;
  const own = office()?.context?.mailbox?.userProfile?.emailAddress;
  if (own && String(target).toLowerCase() === String(own).toLowerCase()) return null;
  return { mailbox: String(target), canWrite: (Number(props.delegatePermissions) & 2) === 2 };
}

/**
 * Whether Outlook will add the user's own signature to what is being written: in compose mode when the client
 * signature is on (Mailbox 1.10, isClientSignatureEnabledAsync) or the body already holds one. Null in read
 * mode or when the client cannot tell (the user decides there).
 * @returns {Promise<boolean|null>}
 */
export async function outlookAddsSignature() {
  const it = item();
  if (!it || !isCompose()) return null;
  const O = office();
  if (supports('Mailbox', '1.10') && typeof it.isClientSignatureEnabledAsync === 'function') {
    const on = await promisify((cb) => it.isClientSignatureEnabledAsync(cb)).catch(() => null);
    if (on === true) return true;
  }
  if (typeof it.body?.getAsync === 'function') {
    const body = await promisify((cb) => it.body.getAsync(O.CoercionType.Html, cb)).catch(() => '');
    if (typeof body === 'string' && SIGNATURE_MARK.test(body)) return true;
  }
  return false;
}

/** How Outlook marks a signature in a body: Outlook on the web and new Outlook (id="Signature"), classic Outlook (_MailAutoSig). */
const SIGNATURE_MARK = /id=["']?(x_)?Signature\b|_MailAutoSig|id=["']?ms-outlook-mobile-signature/i;

// ---- the client's answer (read mode) and the remembered plans ------------------------------------------

/** How long Outlook may take to hand over the body before the pane stops waiting. */
export const BODY_TIMEOUT_MS = 10000;

/**
 * A message the user received, open in read mode: the kind of item the reply to the client's pushback is for.
 * Not compose mode, not an appointment or meeting request, not a message the user sent themselves.
 */
export function isReceivedMessage() {
  const it = item();
  if (!it || isCompose()) return false;
  const message = office()?.MailboxEnums?.ItemType?.Message ?? 'message';
  if (it.itemType && it.itemType !== message) return false;
  const from = String(it.from?.emailAddress || '').toLowerCase();
  if (!from) return false;
  const own = String(office()?.context?.mailbox?.userProfile?.emailAddress || '').toLowerCase();
  return from !== own;
}

/** The open message's body as plain text (Outlook converts HTML), quoted history included. */
export async function readBodyText() {
  const it = item();
  if (!it || typeof it.body?.getAsync !== 'function') throw noItem();
  const value = await promisify((cb) => it.body.getAsync(office().CoercionType.Text, cb), BODY_TIMEOUT_MS);
  return typeof value === 'string' ? value : '';
}

/** The conversation the open item belongs to ('' for a new message, or where the host has none). */
export const conversationId = () => String(item()?.conversationId || '');

/** Outlook limits an add-in's roaming settings to 32 KB together. */
export const ROAMING_LIMIT = 32 * 1024;

/**
 * One roaming setting as a small store for modules that keep something there (remembered.js): `get`, `set`,
 * `remove`, `save` (async), and `othersSize`, the JSON length of every other setting this pane keeps. Null outside
 * Outlook: nothing is remembered there.
 * @returns {{get: () => any, set: (value: any) => void, remove: () => void, save: () => Promise<void>, othersSize: () => number}|null}
 */
export function roamingStore(/** @type {string} */ key) {
  const settings = office()?.context?.roamingSettings;
  if (!settings) return null;
  return {
    get: () => settings.get(key),
    set: (value) => settings.set(key, value),
    remove: () => settings.remove(key),
    save: () => promisify((cb) => settings.saveAsync(cb)),
    othersSize: () => {
      const defaults = settings.get(ROAMING_KEY);
      return defaults == null ? 0 : JSON.stringify({ [ROAMING_KEY]: defaults }).length;
    },
  };
}
