// The "Reply to pushback" flow in the pane (kind holdFirm): offered in read mode on a message the user received;
// reads its body, shows the asks the API found as chips the user can change, offers the plan of the user's notice
// where the user chose to remember it for this conversation, and keeps the opt-in, the list and the removal of the
// remembered plans. The client's message stays in memory for the open item only.
import { localDate, t } from './i18n.js';
import * as mailbox from './mailbox.js';
import * as form from './form.js';
import * as pushback from './pushback.js';
import * as remembered from './remembered.js';

const $ = (/** @type {string} */ id) => /** @type {any} */ (document.getElementById(id));
const HOLD_FIRM = 'holdFirm';

/** @type {{schedulePreview: () => void, setStatus: (text: string, isError?: boolean) => void}} */
let hooks = { schedulePreview: () => {}, setStatus: () => {} };
let inOutlook = false;
let askOptions = /** @type {pushback.AskOption[]} */ ([]);
/** The item whose body was read (or is being read), so a pinned pane reads each message once. */
let readFor = /** @type {string|null} */ (null);
/** The remembered plan of the open conversation, if any. */
let offer = /** @type {remembered.Entry|null} */ (null);

const store = () => mailbox.roamingStore(remembered.KEY);
/** Counts the items the pane has been on: the message read belongs to one of them. */
let itemSeq = 0;
const itemKey = () => String(itemSeq);

/** A day as the UI language writes it, without the weekday ("1 Dec 2026", "1. 12. 2026"): in a sentence such as
 * "uloženo 1. 12. 2026" a weekday ("po") would read as a preposition. */
const shortDate = (/** @type {number|string} */ when) => localDate(when, false);

/** Whether the open item is one the reply to pushback is for. */
const applicable = () => inOutlook && mailbox.isReceivedMessage();

export function init(/** @type {typeof hooks} */ h) {
  hooks = h;
  $('ask-chips').addEventListener('click', (/** @type {MouseEvent} */ e) => {
    const chip = /** @type {HTMLElement|null} */ (/** @type {HTMLElement} */ (e.target).closest('button[data-ask]'));
    if (!chip) return;
    pushback.toggleAsk(chip.dataset.ask || '');
    renderAsks();
    hooks.schedulePreview();
  });
  $('asks-reset').addEventListener('click', () => {
    pushback.useDetected();
    renderAsks();
    hooks.schedulePreview();
    $('ask-chips').querySelector('button')?.focus();
  });
  $('use-remembered').addEventListener('click', () => {
    if (!offer) return;
    applyPlan(offer.request);
    hooks.setStatus(t('remembered.used'));
    hooks.schedulePreview();
  });
  $('f-remember').addEventListener('change', () => { onRememberToggled().catch(() => {}); });
  $('remembered-list').addEventListener('click', (/** @type {MouseEvent} */ e) => {
    const button = /** @type {HTMLElement|null} */ (/** @type {HTMLElement} */ (e.target).closest('button[data-forget]'));
    if (button) forgetPlan(button.dataset.forget || '', button.dataset.name || '').catch(() => {});
  });
}

/** The pane now knows whether it runs in Outlook (at start, and again after a late upgrade or a change of item). */
export async function setHost(/** @type {boolean} */ outlook) {
  inOutlook = outlook;
  await onItem();
}

/** The options were (re)rendered: offer holdFirm only where it applies; label the chips in the UI language. */
export function afterOptions(/** @type {any} */ options) {
  askOptions = Array.isArray(options?.clientAsks) ? options.clientAsks : [];
  showKind();
  renderAsks();
}

/** The kind radio of holdFirm is shown on a received message only; elsewhere another kind takes its place. */
function showKind() {
  const radio = /** @type {HTMLInputElement|null} */ (document.querySelector(`input[name="kind"][value="${HOLD_FIRM}"]`));
  if (!radio) return;
  const label = /** @type {HTMLElement|null} */ (radio.closest('label'));
  if (label) label.hidden = !applicable();
  if (!applicable() && radio.checked) {
    /** @type {HTMLInputElement|null} */ (document.querySelector('input[name="kind"][value="termination"]'))?.click();
  }
}

/** A new item (start, upgrade, or a pinned pane moved): forget the previous message, read this one if it applies. */
export async function onItem() {
  itemSeq++;
  pushback.clearMessage();
  readFor = null;
  offer = null;
  showKind();
  renderAsks();
  await showRemembered();
  onKind();
}

/** The kind changed (or may have): holdFirm reads the message if not yet read; the opt-in shows for a notice. */
export function onKind() {
  const holdFirm = form.readKind() === HOLD_FIRM;
  if (holdFirm && applicable() && readFor !== itemKey()) readMessage().catch(() => {});
  showOffer();
}

async function readMessage() {
  const key = itemKey();
  readFor = key;
  $('pushback-status').textContent = t('pushback.reading');
  try {
    const body = await mailbox.readBodyText();
    if (readFor !== key) return;
    pushback.setMessage(key, body);
    $('pushback-status').textContent = pushback.hasMessage() ? '' : t('pushback.empty');
  } catch {
    if (readFor !== key) return;
    readFor = null;
    $('pushback-status').textContent = t('pushback.readFailed');
  }
  hooks.schedulePreview();
}

/** A composed letter arrived: for holdFirm, the asks it answers become the chips (until the user changes one). */
export function showDraft(/** @type {any} */ draft) {
  if (draft?.kind !== HOLD_FIRM || !Array.isArray(draft.clientAsks)) return;
  if (!pushback.asksChanged()) pushback.setDetected(draft.clientAsks);
  renderAsks();
}

function renderAsks() {
  pushback.renderChips($('ask-chips'), askOptions);
  $('asks-note').textContent = pushback.asksNote();
  $('asks-reset').hidden = !pushback.asksChanged();
}

// ---- remembered plans ----------------------------------------------------------------------------------

/** The opt-in under a notice, the list of remembered plans, and the offer on the reply. */
async function showRemembered() {
  const s = inOutlook ? store() : null;
  const conversation = mailbox.conversationId();
  $('remember-wrap').hidden = !s || !conversation;
  $('remembered-box').hidden = !s;
  if (!s) return;
  const entries = await remembered.list(s).catch(() => []);
  offer = entries.find((e) => e.conversationId === conversation) ?? null;
  $('f-remember').checked = !!offer;
  renderList(entries);
  showOffer();
}

function renderList(/** @type {remembered.Entry[]} */ entries) {
  const list = $('remembered-list');
  $('remembered-none').hidden = entries.length > 0;
  list.replaceChildren(...entries.map((e) => {
    const li = document.createElement('li');
    li.className = 'remembered-row';
    const name = e.clientName || t('remembered.unnamed');
    const text = document.createElement('span');
    text.textContent = t('remembered.entry', name, shortDate(e.savedAt), shortDate(remembered.expiresOn(e)));
    const button = document.createElement('button');
    button.type = 'button';
    button.className = 'small';
    button.dataset.forget = e.conversationId;
    button.dataset.name = name;
    button.textContent = t('remembered.remove');
    button.setAttribute('aria-label', t('remembered.removeLabel', name));
    li.append(text, button);
    return li;
  }));
}

function showOffer() {
  const show = !!offer && form.readKind() === HOLD_FIRM && applicable();
  $('remembered-offer').hidden = !show;
  if (!show || !offer) return;
  $('remembered-offer-text').textContent = t('remembered.found', offer.clientName || t('remembered.unnamed'), shortDate(offer.savedAt));
}

/** Ticking the box keeps the plan now; unticking forgets it for this conversation. */
async function onRememberToggled() {
  const s = store();
  const conversation = mailbox.conversationId();
  if (!s || !conversation) return;
  if ($('f-remember').checked) await savePlan(form.readRequest());
  else await forgetPlan(conversation, '');
}

async function savePlan(/** @type {any} */ request) {
  const s = store();
  const conversation = mailbox.conversationId();
  if (!s || !conversation) return;
  const clientName = request?.client?.name || request?.client?.company || '';
  const ok = await remembered.remember(s, { conversationId: conversation, clientName, request }, Date.now(), mailbox.ROAMING_LIMIT);
  hooks.setStatus(t(ok ? 'remembered.saved' : 'remembered.tooLarge'), !ok);
  if (!ok) $('f-remember').checked = false;
  const entries = await remembered.list(s);
  offer = entries.find((e) => e.conversationId === conversation) ?? null;
  renderList(entries);
}

async function forgetPlan(/** @type {string} */ conversation, /** @type {string} */ name) {
  const s = store();
  if (!s) return;
  await remembered.forget(s, conversation);
  if (conversation === mailbox.conversationId()) { $('f-remember').checked = false; offer = null; showOffer(); }
  renderList(await remembered.list(s));
  if (name) hooks.setStatus(t('remembered.removed', name));
  $('remembered-list').querySelector('button')?.focus();
}

/** An action (Insert, Copy, Create draft) went out with this request: a ticked notice keeps its plan as sent. */
export async function afterAction(/** @type {any} */ request) {
  if (request?.kind !== 'termination' || !$('f-remember').checked || $('remember-wrap').hidden) return;
  await savePlan(request);
}

/** Puts a remembered plan into the form: the last day, the rows, the handover, the help, the reason. */
function applyPlan(/** @type {any} */ saved) {
  const plan = saved?.plan || {};
  const reason = saved?.reason || {};
  if (saved?.language && [...$('f-language').options].some((/** @type {HTMLOptionElement} */ o) => o.value === saved.language)) {
    $('f-language').value = saved.language;
  }
  if (reason.category) $('f-reason').value = reason.category;
  $('f-disclose').checked = reason.disclose === true;
  if (plan.lastWorkingDay) form.setLastDay(plan.lastWorkingDay);
  for (const list of /** @type {const} */ (['deliverables', 'invoices', 'referrals'])) {
    form.clearRows(list);
    for (const row of Array.isArray(plan[list]) ? plan[list] : []) form.addRow(list, row);
  }
  form.ensureEmptyRows();
  const handover = new Set(Array.isArray(plan.handover) ? plan.handover : []);
  for (const box of document.querySelectorAll('input[name="handover"]')) {
    /** @type {HTMLInputElement} */ (box).checked = handover.has(/** @type {HTMLInputElement} */ (box).value);
  }
  $('f-interview').checked = plan.helpInterviewReplacement === true;
  $('f-brief').checked = plan.briefReplacement === true;
  $('f-tools').value = (Array.isArray(plan.interimTools) ? plan.interimTools : []).join('\n');
  $('f-references').checked = saved?.offerReferences === true;
  form.showGuidance();
}
