// Wires the pane: Office context → language, theme and defaults → form → live preview → Outlook.
import { applyStrings, loadStrings, t } from './i18n.js';
import { pickLanguage } from './languages.js';
import { ApiError, checkTone, composeDraft, createReplyDraft, getOptions, getPaneConfig } from './api.js';
import { ErrorKind, PaneError, classify } from './errors.js';
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
let consentNeeded = /** @type {{claims?: string, scopes?: string[]}|null} */ (null);
/** Set once a consent round has been made for the open message: a second 403 then stops instead of looping. */
let consentAsked = false;
/** The message the actions are for, as last shown on the Insert button. */
let target = /** @type {{name: string, address: string, subject: string, itemId: string}|null} */ (null);
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
  // Pinned panes do not always hear that another message was selected: read the target again now, and stop
  // if it is not the message the button named.
  const now = await mailbox.readTarget().catch(() => null);
  if (target && now && !sameTarget(target, now)) {
    await onItemChanged();
    setStatus(t('target.changed', describe(now)), true);
    return;
  }
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
      default:
        // Outlook refused or never answered: the letter is selected for copying, and Copy stays there.
        const { copyShortcut, selectContents } = await import('./copy.js');
        selectContents($('preview'));
        setStatus(t(error.code === 'timeout' ? 'host.noAnswer' : 'host.failed', error.code || error.message, copyShortcut()), true);
    }
  }
}

async function onCopy() {
  setStatus('');
  // Loaded on first use (the pane's first load stays small); well within the click's user activation.
  const [draft, { copyLetter, copyShortcut }] = await Promise.all([currentDraft(), import('./copy.js')]);
  if (!draft) return;
  const how = await copyLetter(draft, $('preview'));
  switch (how) {
    case 'rich': case 'selection': setStatus(t('status.copied')); break;
    case 'text': setStatus(t('status.copiedText')); break;
    default: setStatus(t('status.pressCopy', copyShortcut()), true);
  }
}

const sameTarget = (/** @type {any} */ a, /** @type {any} */ b) =>
  a.address.toLowerCase() === b.address.toLowerCase() && a.subject === b.subject && a.itemId === b.itemId;

const describe = (/** @type {{name: string, address: string}} */ who) =>
  who.name && who.address ? `${who.name} <${who.address}>` : who.name || who.address;

/** Names the message on the Insert button itself, with its subject (and the host's limits) under it. */
function showTarget(/** @type {{name: string, address: string, subject: string, itemId: string}|null} */ now) {
  target = now;
  const who = now ? describe(now) : '';
  $('insert').textContent = who ? t(mailbox.isCompose() ? 'actions.insertHere' : 'actions.insertTo', who) : t('actions.insert');
  const lines = [];
  if (now?.subject) lines.push(t('target.subject', now.subject));
  if (now && mailbox.hostFreezesItem()) lines.push(t('target.frozen'));
  $('insert-target').textContent = lines.join(' ');
  $('insert-target').hidden = lines.length === 0 || mailbox.isMobile();
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
    const shared = await mailbox.sharedMailbox();
    if (shared && !shared.canWrite) throw new PaneError(ErrorKind.ReadOnlyMailbox);
    const { getApiToken } = await import('./auth.js');
    const round = consentNeeded;
    consentNeeded = null;
    if (round) consentAsked = true;
    const token = await getApiToken({ clientId: paneConfig.clientId, apiScope: paneConfig.apiScope }, {
      ...(round ? { ...round, interactive: true } : {}),
      loginHint: await mailbox.loginHint(),
      consumer: mailbox.isConsumerMailbox(),
    });
    created = await createReplyDraft(token, intentKey, {
      messageId, replyAll: $('f-reply-all').checked, ...(shared ? { mailbox: shared.mailbox } : {}), draft: request,
    });
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
    case ErrorKind.NotSignedIn: return t('draft.notSignedIn');
    case ErrorKind.SignInRestart: return t('draft.signInRestart');
    case ErrorKind.ConsumerAccount: return t('draft.consumer');
    case ErrorKind.ReadOnlyMailbox: return t('draft.readOnlyMailbox');
    case ErrorKind.SignInUnavailable: return t('draft.noSignIn');
    case ErrorKind.Network: return t('error.network');
    case ErrorKind.Unauthorized: return t('draft.unauthorized');
    case ErrorKind.ConsentRequired: {
      // One consent round per message: asking again after the user (or the tenant) said no would loop.
      if (consentAsked) return t('draft.consentDenied');
      const { claimsFrom, scopesFrom } = await import('./auth.js');
      const header = e.headers?.get('WWW-Authenticate');
      consentNeeded = { claims: claimsFrom(header), scopes: scopesFrom(header, e.problem) };
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
const rememberedIds = new Set(['f-sender-name', 'f-sender-business', 'f-signature', 'f-tone', 'f-notice', 'f-outlook-signature']);

/** The user's defaults to remember. The signature choice is remembered from read mode only: in compose mode
 * Outlook's own setting decided it. */
function defaultsToSave() {
  const d = form.readDefaults();
  if (mailbox.isCompose()) d.outlookSignature = mailbox.loadDefaults().outlookSignature === true;
  return d;
}

function onFormEdit(/** @type {Event} */ event, remember = false) {
  const target = /** @type {HTMLElement} */ (event.target);
  touched = true;
  if (target.matches('input[name="kind"], #f-reason')) form.showGuidance();
  if (target.id === 'f-outlook-signature') $('signature-note').hidden = true;
  intentKey = null;
  $('open-draft').hidden = true;
  schedulePreview();
  if (remember || rememberedIds.has(target.id) || target.closest('#referrals')) {
    clearTimeout(saveTimer);
    saveTimer = setTimeout(() => { mailbox.saveDefaults(defaultsToSave()).catch(() => {}); }, 600);
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
  const consumer = mailbox.isConsumerMailbox();
  $('create-draft').hidden = !canDraft || consumer || mailbox.isCompose() || !mailbox.hasItem();
  $('reply-all-wrap').hidden = mailbox.isCompose();
  // Outlook.com: say why there is no Create draft rather than offer a button that cannot work.
  const note = canDraft && consumer && !mailbox.isCompose() ? t('draft.consumer') : '';
  $('draft-note').textContent = note;
  $('draft-note').hidden = !note;
}

/** Compose mode: Outlook's own signature decides; read mode: what the user said last time. */
async function applySignatureChoice(/** @type {any} */ defaults) {
  const box = $('f-outlook-signature');
  const detected = inOutlook ? await mailbox.outlookAddsSignature().catch(() => null) : null;
  box.checked = detected ?? defaults.outlookSignature === true;
  $('signature-note').textContent = detected === true ? t('signature.detected') : '';
  $('signature-note').hidden = detected !== true;
}

/** A pinned pane moved to another message: start over for that client, keep the user's own defaults. */
async function onItemChanged() {
  const ctx = await mailbox.readContext();
  showClient(ctx);
  showItemActions();
  showTarget(await mailbox.readTarget(ctx).catch(() => null));
  created = null;
  intentKey = null;
  consentNeeded = null;
  consentAsked = false;
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
  const defaults = mailbox.loadDefaults();
  form.applyDefaults(defaults, ctx.userName);
  await applySignatureChoice(defaults);
  // The letter needs the sender's name: ask for it up front when neither Outlook nor last time knew it.
  if (!$('f-sender-name').value) $('about-you').open = true;
  showClient(ctx);

  if (inOutlook && mailbox.isMobile()) {
    // Outlook mobile cannot open a reply with the letter: Copy (and Create draft) are the ways out.
    $('host-note').textContent = t('host.mobile');
    $('host-note').hidden = false;
    $('insert').hidden = true;
    $('insert-target').hidden = true;
  }
  if (!inOutlook) {
    $('host-note').textContent = t('host.browser');
    $('host-note').hidden = false;
    $('insert').disabled = true;
    $('insert').setAttribute('aria-describedby', 'host-note');
    $('reply-all-wrap').hidden = true;
  } else {
    paneConfig = await getPaneConfig().catch(() => null);
    showItemActions();
    showTarget(await mailbox.readTarget(ctx).catch(() => null));
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
