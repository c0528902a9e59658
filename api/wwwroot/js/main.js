// Wires the pane: Office context → language, theme and defaults → form → live preview → Outlook.
import { applyStrings, loadStrings, t } from './i18n.js';
import { pickLanguage } from './languages.js';
import { ApiError, checkTone, composeDraft, createReplyDraft, getOptions, getPaneConfig } from './api.js';
import { ErrorKind, classify } from './errors.js';
import * as mailbox from './mailbox.js';
import * as form from './form.js';
import { showFindings, showLetter, showPlaceholder } from './preview.js';

const $ = (/** @type {string} */ id) => /** @type {any} */ (document.getElementById(id));
const DEBOUNCE_MS = 300;

/** @type {{key: string, request: any, draft: any} | null} */
let latest = null;
let seq = 0;
/** @type {AbortController|null} */
let inflight = null;
/** @type {ReturnType<typeof setTimeout>|undefined} */
let timer;
let inOutlook = false;
/** @type {{clientId: string|null, apiScope: string|null}|null} */
let paneConfig = null;
/** One key per "create this draft" intent, reused when the same request is retried. */
let intentKey = /** @type {string|null} */ (null);
let consentNeeded = /** @type {{claims?: string}|null} */ (null);
/** @type {any} */
let created = null;
/** Set by the first edit or action; until then validation errors stay quiet. */
let touched = false;

function setStatus(/** @type {string} */ text, isError = false) {
  const s = $('status');
  s.textContent = text;
  s.classList.toggle('error', isError);
}

// ---- preview ---------------------------------------------------------------------------------------

function schedulePreview() {
  clearTimeout(timer);
  timer = setTimeout(() => { refresh().catch(() => {}); }, DEBOUNCE_MS);
}

/** Composes the current form through the API and shows it; resolves to the draft, or throws the ApiError. */
async function refresh() {
  clearTimeout(timer);
  const request = form.readRequest();
  const key = JSON.stringify(request);
  if (latest?.key === key) return latest.draft;
  const mine = ++seq;
  inflight?.abort();
  inflight = new AbortController();
  $('preview-meta').textContent = t('preview.updating');
  try {
    const draft = await composeDraft(request, inflight.signal);
    if (mine !== seq) return draft;
    latest = { key, request, draft };
    form.clearFieldErrors();
    $('preview-error').hidden = true;
    showLetter($('preview'), draft.html);
    $('preview-meta').textContent = `· ${t('preview.words', draft.wordCount)}`;
    showFindings($('tone'), $('tone-list'), draft.findings || [], request);
    performance.mark('preview-updated');
    return draft;
  } catch (e) {
    // Before the user has touched anything, an incomplete form is not an error: keep the placeholder.
    const quiet = !touched && classify(e) === ErrorKind.Invalid;
    if (mine === seq && e instanceof ApiError && !quiet) await showProblem(e, request);
    if (quiet) $('preview-meta').textContent = '';
    throw e;
  }
}

/** Puts an API error where the user will see it: next to the field it names, and above the preview. */
async function showProblem(/** @type {ApiError} */ e, /** @type {any} */ request) {
  latest = null;
  $('preview-meta').textContent = '';
  form.clearFieldErrors();
  const box = $('preview-error');
  box.hidden = false;
  const errors = e.problem?.errors && typeof e.problem.errors === 'object' ? e.problem.errors : {};
  switch (e.kind) {
    case ErrorKind.Secret: {
      const field = e.problem.field || Object.keys(errors)[0] || 'personalNote';
      form.showFieldError(field, t('error.secret'));
      box.textContent = t('error.secret');
      break;
    }
    case ErrorKind.Invalid: {
      const unplaced = [];
      for (const [path, messages] of Object.entries(errors)) {
        const message = Array.isArray(messages) ? messages.join(' ') : String(messages);
        if (!form.showFieldError(path, message)) unplaced.push(`${path}: ${message}`);
      }
      box.textContent = [t('error.invalid'), ...unplaced].join(' ');
      // The letter cannot be composed yet, but the user's own words can still be checked.
      if (request.personalNote) {
        const tone = await checkTone(request.personalNote, request.language).catch(() => null);
        if (tone) showFindings($('tone'), $('tone-list'), tone.findings.map((/** @type {any} */ f) => ({ ...f, field: 'personalNote' })), request);
      }
      break;
    }
    case ErrorKind.TooMany:
      box.textContent = t('error.tooMany', e.retryAfter);
      setTimeout(schedulePreview, e.retryAfter * 1000);
      break;
    case ErrorKind.Network:
      box.textContent = t('error.network');
      break;
    default:
      box.textContent = t('error.server', e.problem?.title || e.status);
  }
}

// ---- actions ---------------------------------------------------------------------------------------

/** The draft for exactly what is in the form now (composes it if the preview is behind). */
async function currentDraft() {
  touched = true;
  for (let attempt = 0; ; attempt++) {
    try {
      return await refresh();
    } catch (e) {
      // Typing during the request replaced it with a newer one: compose what the form holds now.
      if (classify(e) === ErrorKind.Aborted && attempt < 3) continue;
      setStatus(e instanceof ApiError ? $('preview-error').textContent : t('error.network'), true);
      return null;
    }
  }
}

async function onInsert() {
  setStatus('');
  if (!inOutlook) { setStatus(t('host.browser'), true); return; }
  const draft = await currentDraft();
  if (!draft) return;
  try {
    const how = await mailbox.insertDraft(draft, $('f-reply-all').checked);
    setStatus(t(how === 'inserted' ? 'status.inserted' : 'status.replyOpened'));
  } catch (e) {
    const error = /** @type {any} */ (e);
    switch (classify(error)) {
      case ErrorKind.MissingRequirement: setStatus(t('host.needsSet', error.set), true); break;
      case ErrorKind.NoItem: setStatus(t('host.noItem'), true); break;
      default: setStatus(t('host.failed', error.message), true);
    }
  }
}

async function onCopy() {
  setStatus('');
  const draft = await currentDraft();
  if (!draft) return;
  try {
    if (!globalThis.ClipboardItem || !navigator.clipboard?.write) throw new Error('no rich clipboard');
    await navigator.clipboard.write([new ClipboardItem({
      'text/html': new Blob([draft.html], { type: 'text/html' }),
      'text/plain': new Blob([draft.text], { type: 'text/plain' }),
    })]);
    setStatus(t('status.copied'));
  } catch {
    try {
      await navigator.clipboard.writeText(draft.text);
      setStatus(t('status.copiedText'));
    } catch {
      setStatus(t('status.copyFailed'), true);
    }
  }
}

async function onCreateDraft() {
  setStatus('');
  if (!paneConfig?.clientId || !paneConfig.apiScope) { setStatus(t('draft.notConfigured'), true); return; }
  const draft = await currentDraft();
  if (!draft || !latest) return;
  const request = latest.request;
  intentKey ??= crypto.randomUUID();
  const button = $('create-draft');
  button.disabled = true;
  setStatus(t('status.working'));
  try {
    const messageId = mailbox.restItemId();
    const { getApiToken } = await import('./auth.js');
    const token = await getApiToken({ clientId: paneConfig.clientId, apiScope: paneConfig.apiScope },
      consentNeeded ? { ...consentNeeded, interactive: true } : {});
    consentNeeded = null;
    created = await createReplyDraft(token, intentKey, { messageId, replyAll: $('f-reply-all').checked, draft: request });
    intentKey = null;
    $('open-draft').hidden = false;
    setStatus(t('status.draftCreated'));
  } catch (e) {
    setStatus(await draftErrorText(e), true);
  } finally {
    button.disabled = false;
  }
}

async function draftErrorText(/** @type {any} */ e) {
  switch (classify(e)) {
    case ErrorKind.MissingRequirement: return t('host.needsSet', e.set);
    case ErrorKind.NoItem: return t('host.noItem');
    case ErrorKind.SignInCancelled: return t('draft.signInCancelled');
    case ErrorKind.SignInUnavailable: return t('draft.noSignIn');
    case ErrorKind.Network: return t('error.network');
    case ErrorKind.Unauthorized: return t('draft.unauthorized');
    case ErrorKind.ConsentRequired: {
      const { claimsFrom } = await import('./auth.js');
      consentNeeded = { claims: claimsFrom(e.headers?.get('WWW-Authenticate')) };
      return t('draft.consent');
    }
    case ErrorKind.NotFound: return t('draft.notFound');
    case ErrorKind.ServerNotConfigured: return t('draft.unconfiguredServer');
    case ErrorKind.TooMany: case ErrorKind.Unavailable: return t('error.tooMany', e.retryAfter);
    case ErrorKind.Invalid: case ErrorKind.Secret: return `${t('error.invalid')} ${e.problem?.detail || ''}`.trim();
    case ErrorKind.Server: return t('error.server', e.problem?.title || e.status);
    // Anything else came from signing in (MSAL.js or Office): show the library's code.
    default: return t('draft.signInFailed', e?.errorCode || e?.code || e?.message || '?');
  }
}

function onOpenDraft() {
  if (!created) return;
  if (!mailbox.openDraft(created.id) && created.webLink) window.open(created.webLink, '_blank', 'noopener');
}

// ---- wiring ----------------------------------------------------------------------------------------

let saveTimer = /** @type {ReturnType<typeof setTimeout>|undefined} */ (undefined);
const rememberedIds = new Set(['f-sender-name', 'f-sender-business', 'f-signature', 'f-tone', 'f-notice']);

function onFormEdit(/** @type {Event} */ event, remember = false) {
  const target = /** @type {HTMLElement} */ (event.target);
  touched = true;
  if (target.matches('input[name="kind"], #f-reason')) form.showGuidance();
  intentKey = null;
  $('open-draft').hidden = true;
  schedulePreview();
  if (remember || rememberedIds.has(target.id) || target.closest('#referrals')) {
    clearTimeout(saveTimer);
    saveTimer = setTimeout(() => { mailbox.saveDefaults(form.readDefaults()).catch(() => {}); }, 600);
  }
}

function onFormClick(/** @type {MouseEvent} */ event) {
  const target = /** @type {HTMLElement} */ (event.target);
  const add = { 'add-deliverable': 'deliverables', 'add-invoice': 'invoices', 'add-referral': 'referrals' }[target.id];
  if (add) {
    form.addRow(/** @type {any} */ (add))?.focus();
  } else if (target.matches('[data-remove]')) {
    const wasReferral = !!target.closest('#referrals');
    form.removeRow(target);
    onFormEdit(event, wasReferral);
  } else if (target.id === 'preset-two-weeks') {
    $('f-last-day').value = form.addDays(form.today(), 14);
    $('preset-note').hidden = true;
    onFormEdit(event);
  } else if (target.id === 'preset-project-end') {
    const end = form.projectEnd();
    $('preset-note').hidden = !!end;
    $('preset-note').textContent = end ? '' : t('plan.projectEndMissing');
    if (end) { $('f-last-day').value = end; onFormEdit(event); }
  }
}

/** The client of the open message: its name into the form, name and address (as text) above it. */
function showClient(/** @type {{clientName: string, clientAddress: string}} */ ctx) {
  $('f-client-name').value = ctx.clientName;
  $('f-client-company').value = '';
  const who = ctx.clientName && ctx.clientAddress ? `${ctx.clientName} <${ctx.clientAddress}>` : ctx.clientName || ctx.clientAddress;
  $('client-from').textContent = who ? t('app.for', who) : '';
  $('client-from').hidden = !who;
}

function showItemActions() {
  const canDraft = !!paneConfig?.clientId && !!paneConfig?.apiScope;
  $('create-draft').hidden = !canDraft || mailbox.isCompose() || !mailbox.hasItem();
  $('reply-all-wrap').hidden = mailbox.isCompose();
}

/** A pinned pane moved to another message: start over for that client, keep the user's own defaults. */
async function onItemChanged() {
  const ctx = await mailbox.readContext();
  showClient(ctx);
  showItemActions();
  created = null;
  intentKey = null;
  $('open-draft').hidden = true;
  setStatus('');
  schedulePreview();
}

function applyTheme() {
  document.documentElement.dataset.theme = mailbox.isDarkTheme() ? 'dark' : 'light';
}

async function start() {
  applyTheme();
  // Outside Office (or where Office gives no theme) the system setting decides, also when it changes.
  globalThis.matchMedia?.('(prefers-color-scheme: dark)').addEventListener?.('change', applyTheme);
  ({ inOutlook } = await mailbox.connect());
  const ctx = inOutlook ? await mailbox.readContext()
    : { userName: '', displayLanguage: '', clientName: '', clientAddress: '' };
  const lang = pickLanguage(ctx.displayLanguage || navigator.language);
  await loadStrings(lang);
  applyStrings(document);
  applyTheme();

  // Kinds, tones, reasons and handover items come from the API, labelled in the UI language. Without them
  // the first preview reports the connection problem.
  const options = await getOptions(lang).catch(() => null);
  if (options) form.renderOptions(options, lang);
  form.applyDefaults(mailbox.loadDefaults(), ctx.userName);
  // The letter needs the sender's name: ask for it up front when neither Outlook nor last time knew it.
  if (!$('f-sender-name').value) $('about-you').open = true;
  showClient(ctx);

  if (!inOutlook) {
    $('host-note').textContent = t('host.browser');
    $('host-note').hidden = false;
    $('insert').disabled = true;
    $('insert').setAttribute('aria-describedby', 'host-note');
    $('reply-all-wrap').hidden = true;
  } else {
    paneConfig = await getPaneConfig().catch(() => null);
    showItemActions();
    mailbox.onItemChanged(onItemChanged);
  }

  const plan = $('plan');
  plan.addEventListener('input', onFormEdit);
  plan.addEventListener('change', onFormEdit);
  plan.addEventListener('click', onFormClick);
  plan.addEventListener('submit', (/** @type {Event} */ e) => e.preventDefault());
  $('insert').addEventListener('click', onInsert);
  $('copy').addEventListener('click', onCopy);
  $('create-draft').addEventListener('click', onCreateDraft);
  $('open-draft').addEventListener('click', onOpenDraft);

  showPlaceholder($('preview'), t('preview.empty'));
  $('main').setAttribute('aria-busy', 'false');
  document.body.dataset.ready = 'true';
  await refresh().catch(() => {});
}

start();
