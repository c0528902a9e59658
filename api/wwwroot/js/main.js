// Wires the pane: Office context → language, theme and defaults → form → live preview → Outlook.
// The layout follows Microsoft's Office add-in guidance: a fixed footer with the actions, one section open at a
// time in a narrow pane, message banners for start-up failures, a first-run placemat outside Outlook.
import { applyStrings, loadStrings, plural, t, uiLanguage } from './i18n.js';
import { DEFAULT_LANGUAGE, pickLanguage } from './languages.js';
import { ApiError, checkTone, composeDraft, createReplyDraft, getOptions, getPaneConfig } from './api.js';
import { ErrorKind, PaneError, classify } from './errors.js';
import * as mailbox from './mailbox.js';
import * as form from './form.js';
import { findingKey, showFindings, showLetter, showPlaceholder } from './preview.js';
import * as pushbackUi from './pushback-ui.js';

const $ = (/** @type {string} */ id) => /** @type {any} */ (document.getElementById(id));
const DEBOUNCE_MS = 300;
/** How long the pane waits for office.js before it starts as a plain web page (and upgrades when Office answers). */
const OFFICE_GRACE_MS = 800;
const PLACEMAT_KEY = 'outlookexit.placemat.seen';

/** @type {{key: string, request: any, draft: any} | null} */
let latest = null;
let seq = 0;
/** @type {AbortController|null} */
let inflight = null;
/** @type {AbortController|null} */
let toneInflight = null;
/** @type {ReturnType<typeof setTimeout>|undefined} */
let timer;
let inOutlook = false;
let officeWired = false;
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
/** Fields the user has edited (committed a change to): only their validation errors show before an action. */
const edited = new WeakSet();
/** Set once an action was pressed: from then on every validation error shows. */
let actionTried = false;
/** Findings the user chose to ignore (by rule, field and words). */
const ignored = new Set();
/** The findings shown now (not ignored). */
let openFindings = /** @type {any[]} */ ([]);
/** The language the options were last rendered in. */
let optionsLanguage = '';

function setStatus(/** @type {string} */ text, isError = false) {
  const s = $('status');
  s.textContent = text;
  s.classList.toggle('error', isError);
}

// ---- banner ----------------------------------------------------------------------------------------

let bannerRetry = /** @type {(() => void)|null} */ (null);
function showBanner(/** @type {string} */ text, /** @type {() => void} */ retry) {
  $('banner-text').textContent = text;
  bannerRetry = retry;
  $('banner').hidden = false;
}
function hideBanner() {
  $('banner').hidden = true;
  bannerRetry = null;
}

// ---- preview ---------------------------------------------------------------------------------------

function schedulePreview() {
  clearTimeout(timer);
  if (latest?.key !== JSON.stringify(form.readRequest())) markStale(t('preview.updating'));
  timer = setTimeout(() => { refresh().catch(() => {}); }, DEBOUNCE_MS);
}

/** The letter shown no longer matches the form: dimmed, with a word on why. */
function markStale(/** @type {string} */ why) {
  const shown = !!latest || !!$('preview').querySelector('p:not(.hint)');
  $('preview').classList.toggle('stale', shown);
  $('preview-meta').textContent = why;
}

/** Composes the current form through the API and shows it; resolves to the draft, or throws. A request the form has
 * moved past is aborted, and an answer that is not the newest is never shown. */
async function refresh() {
  clearTimeout(timer);
  const request = form.readRequest();
  const key = JSON.stringify(request);
  if (latest?.key === key) { markFresh(latest.draft); return latest.draft; }
  const mine = ++seq;
  inflight?.abort();
  toneInflight?.abort();
  inflight = new AbortController();
  markStale(t('preview.updating'));
  try {
    const draft = await composeDraft(request, inflight.signal);
    if (mine !== seq) throw new PaneError(ErrorKind.Aborted, 'superseded');
    latest = { key, request, draft };
    form.clearFieldErrors();
    $('preview-error').hidden = true;
    hideBanner();
    showLetter($('preview'), draft.html);
    markFresh(draft);
    showSubject(draft.subject);
    renderFindings();
    showChecklist(draft);
    pushbackUi.showDraft(draft);
    performance.mark('preview-updated');
    return draft;
  } catch (e) {
    if (classify(e) === ErrorKind.Aborted) throw e;
    if (mine === seq && e instanceof ApiError) await showProblem(e, request);
    throw e;
  }
}

function markFresh(/** @type {any} */ draft) {
  $('preview').classList.remove('stale');
  $('preview-meta').textContent = `· ${t('preview.words', draft.wordCount)}`;
  $('footer-words').textContent = `· ${t('preview.words', draft.wordCount)}`;
}

/** Shows the findings of the newest letter where they belong, and their count in the footer. */
function renderFindings() {
  if (!latest) return;
  openFindings = showFindings(latest.draft.findings || [], latest.request, ignored, (f) => {
    ignored.add(findingKey(f));
    renderFindings();
    hideSecondLook();
  });
  const count = openFindings.filter((f) => f.severity !== 'info').length;
  $('open-findings').hidden = count === 0;
  $('open-findings').textContent = count ? plural('findings.open', count) : '';
}

function showSubject(/** @type {string} */ subject) {
  $('subject-text').textContent = subject || '';
  $('subject-line').hidden = !subject;
  $('use-subject').hidden = !(inOutlook && mailbox.isNewMessage());
}

/** The checklist of a termination: each line says whether the plan already does it, and offers the way there. */
function showChecklist(/** @type {any} */ draft) {
  const list = $('checklist-items');
  const items = [];
  const line = (/** @type {boolean|null} */ ok, /** @type {string} */ text, /** @type {HTMLElement|null} */ action = null) => {
    const li = document.createElement('li');
    if (ok !== null) {
      const mark = document.createElement('span');
      mark.className = ok ? 'mark-ok' : 'mark-todo';
      mark.textContent = `${ok ? '✓' : '!'} `;
      mark.setAttribute('aria-hidden', 'true');
      li.append(mark);
    }
    const span = document.createElement('span');
    span.textContent = text;
    li.append(span);
    if (action) { li.append(document.createElement('br'), action); }
    items.push(li);
  };
  const ask = document.createElement('button');
  ask.type = 'button';
  ask.id = 'ask-first';
  ask.className = 'small';
  ask.textContent = t('checklist.askFirst');
  line(null, t('checklist.conversation'), ask);
  if (draft.lastWorkingDay) {
    const n = form.daysBetween(form.today(), draft.lastWorkingDay);
    line(n >= 10, n >= 10 ? plural('checklist.noticeOk', n) : plural('checklist.noticeShort', n));
  }
  const undated = (latest?.request.plan.deliverables || []).findIndex((/** @type {any} */ d) => !d.due);
  if ((latest?.request.plan.deliverables || []).length) {
    line(undated < 0, undated < 0 ? t('checklist.datesOk') : t('checklist.datesMissing', form.fieldLabel(`plan.deliverables[${undated}]`)));
  }
  list.replaceChildren(...items);
  $('checklist').hidden = form.readKind() !== 'termination';
}

/** True when the input behind `path` was edited, or an action was pressed: its error may show now. */
function mayShow(/** @type {string} */ path) {
  if (actionTried) return true;
  const input = form.inputFor(path);
  return !!input && edited.has(input);
}

/** `errors` (path → messages) and `codes` (path → machine codes) of a validation problem, merged per path. */
function problemEntries(/** @type {any} */ problem) {
  const errors = problem?.errors && typeof problem.errors === 'object' ? problem.errors : {};
  const codes = problem?.codes && typeof problem.codes === 'object' ? problem.codes : {};
  const paths = [...new Set([...Object.keys(errors), ...Object.keys(codes)])];
  return paths.map((path) => {
    const messages = errors[path];
    let message = Array.isArray(messages) ? messages.join(' ') : (messages ? String(messages) : '');
    if (!message) {
      const list = Array.isArray(codes[path]) ? codes[path] : [codes[path]];
      message = list.map((/** @type {any} */ c) => (typeof c === 'string' ? c : c?.code)).filter(Boolean).join(' ');
    }
    return { path, message };
  });
}

/** Puts an API error where the user will see it: next to the field it names (once the user edited it, or pressed an
 * action), and above the preview. */
async function showProblem(/** @type {ApiError} */ e, /** @type {any} */ request) {
  latest = null;
  form.clearFieldErrors();
  const box = $('preview-error');
  box.hidden = false;
  switch (e.kind) {
    case ErrorKind.Secret: {
      const errors = e.problem?.errors && typeof e.problem.errors === 'object' ? e.problem.errors : {};
      const field = e.problem.field || Object.keys(errors)[0] || 'personalNote';
      form.showFieldError(field, t('error.secret'));
      box.textContent = t('error.secret');
      markStale(t('preview.blocked'));
      break;
    }
    case ErrorKind.Invalid: {
      const unplaced = [];
      let shown = 0;
      for (const { path, message } of problemEntries(e.problem)) {
        if (!mayShow(path)) continue;
        shown++;
        if (!form.showFieldError(path, message)) unplaced.push(`${form.fieldLabel(path)}: ${message}`);
      }
      if (shown === 0) {
        // Nothing the user touched is wrong yet: the form is only unfinished. Say so quietly.
        box.hidden = true;
        markStale(t('preview.incomplete'));
      } else {
        box.textContent = [t('error.invalid'), ...unplaced].join(' ');
        markStale(t('preview.blocked'));
      }
      // The letter cannot be composed yet, but the user's own words can still be checked.
      if (request.personalNote) {
        toneInflight = new AbortController();
        const tone = await checkTone(request.personalNote, request.language, toneInflight.signal).catch(() => null);
        if (tone && !latest) {
          openFindings = showFindings(tone.findings.map((/** @type {any} */ f) => ({ ...f, field: 'personalNote' })), request, ignored, (f) => {
            ignored.add(findingKey(f));
            schedulePreview();
          });
        }
      }
      break;
    }
    case ErrorKind.TooMany:
      box.textContent = t('error.tooMany', e.retryAfter);
      setTimeout(schedulePreview, e.retryAfter * 1000);
      break;
    case ErrorKind.Network:
      box.textContent = t('error.network');
      markStale(t('preview.offline'));
      showBanner(t('error.network'), () => { retryStart(); });
      break;
    default:
      box.textContent = t('error.server', e.problem?.title || e.status);
  }
}

// ---- actions ---------------------------------------------------------------------------------------

/** The draft for exactly what is in the form now (composes it if the preview is behind). A failure names the field
 * in the status and moves the focus there. */
async function currentDraft() {
  actionTried = true;
  for (let attempt = 0; ; attempt++) {
    try {
      const draft = await refresh();
      await pushbackUi.afterAction(latest?.request).catch(() => {});
      return draft;
    } catch (e) {
      // Typing during the request replaced it with a newer one: compose what the form holds now.
      if (classify(e) === ErrorKind.Aborted && attempt < 3) continue;
      failedAction(e);
      return null;
    }
  }
}

function failedAction(/** @type {any} */ e) {
  if (!(e instanceof ApiError)) { setStatus(t('error.network'), true); return; }
  if (e.kind === ErrorKind.Invalid || e.kind === ErrorKind.Secret) {
    const first = /** @type {HTMLElement|null} */ (document.querySelector('#plan [aria-invalid="true"]'));
    if (first) {
      const path = first.dataset.path || first.getAttribute('name') || '';
      const message = document.getElementById((first.getAttribute('aria-describedby') || '').split(' ').filter((id) => id.startsWith('err-')).at(-1) || '')?.textContent || '';
      setStatus(t('error.fieldNamed', form.fieldLabel(path), message), true);
      form.reveal(first);
      return;
    }
  }
  setStatus($('preview-error').textContent || t('error.network'), true);
}

/** Error findings still open: the action shows them first, with Review and "… anyway". True when it stopped. */
function secondLook(/** @type {'insert'|'copy'|'createDraft'} */ action) {
  const blocking = openFindings.filter((f) => f.severity === 'error');
  if (blocking.length === 0) { hideSecondLook(); return false; }
  $('second-look-text').textContent = plural('secondLook.count', blocking.length);
  $('anyway').textContent = t(`secondLook.${action}`);
  $('anyway').dataset.action = action;
  $('second-look').hidden = false;
  setStatus('');
  $('review').focus();
  return true;
}

function hideSecondLook() {
  $('second-look').hidden = true;
}

function onReview() {
  const first = openFindings.find((f) => f.severity === 'error');
  hideSecondLook();
  if (!first) return;
  const input = form.inputFor(first.field || 'personalNote');
  if (input) form.reveal(input);
}

function onAnyway() {
  const action = $('anyway').dataset.action;
  hideSecondLook();
  if (action === 'insert') onInsert(true);
  else if (action === 'copy') onCopy(true);
  else if (action === 'createDraft') onCreateDraft(true);
}

async function onInsert(anyway = false) {
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
  if (!anyway && secondLook('insert')) return;
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

async function onCopy(anyway = false) {
  setStatus('');
  // Loaded on first use (the pane's first load stays small); well within the click's user activation.
  const [draft, { copyLetter, copyShortcut }] = await Promise.all([currentDraft(), import('./copy.js')]);
  if (!draft) return;
  if (!anyway && secondLook('copy')) return;
  const how = await copyLetter(draft, $('preview'));
  switch (how) {
    case 'rich': case 'selection': setStatus(t('status.copied')); break;
    case 'text': setStatus(t('status.copiedText')); break;
    default: setStatus(t('status.pressCopy', copyShortcut()), true);
  }
}

async function onUseSubject() {
  if (!latest?.draft.subject) return;
  try {
    await mailbox.setSubject(latest.draft.subject);
    setStatus(t('status.subjectSet'));
  } catch {
    setStatus(t('host.failed', 'subject', ''), true);
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

async function onCreateDraft(anyway = false) {
  setStatus('');
  if (!paneConfig?.clientId || !paneConfig.apiScope) { setStatus(t('draft.notConfigured'), true); return; }
  const draft = await currentDraft();
  if (!draft || !latest) return;
  if (!anyway && secondLook('createDraft')) return;
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
  if (target.matches('input, select, textarea')) edited.add(target);
  if (target.matches('input[name="kind"], #f-reason, #f-tone')) form.showGuidance();
  if (target.matches('input[name="kind"]')) pushbackUi.onKind();
  if (target.id === 'f-outlook-signature') $('signature-note').hidden = true;
  if (target.id === 'f-last-day') form.syncDay('date');
  if (target.id === 'f-notice') form.syncDay('notice');
  if (target.id === 'f-language') form.refreshDefaultCurrency();
  if (target.matches('input[data-field="currency"]')) form.noteCurrency(/** @type {HTMLInputElement} */ (target));
  intentKey = null;
  $('open-draft').hidden = true;
  hideSecondLook();
  schedulePreview();
  if (remember || rememberedIds.has(target.id) || target.closest('#referrals') || target.matches('input[data-field="currency"]')) {
    clearTimeout(saveTimer);
    saveTimer = setTimeout(() => { mailbox.saveDefaults(defaultsToSave()).catch(() => {}); }, 600);
  }
}

function onFormClick(/** @type {MouseEvent} */ event) {
  const target = /** @type {HTMLElement} */ (event.target);
  const summary = target.closest('summary');
  if (summary) {
    const details = /** @type {HTMLDetailsElement} */ (summary.parentElement);
    // Opening one section closes the others in a narrow pane; the browser then toggles this one open.
    if (!details.open) form.closeOtherSections(details);
    return;
  }
  const add = { 'add-deliverable': 'deliverables', 'add-invoice': 'invoices', 'add-referral': 'referrals' }[target.id];
  if (add) {
    form.addRow(/** @type {any} */ (add))?.focus();
  } else if (target.matches('[data-remove]')) {
    const wasReferral = !!target.closest('#referrals');
    form.removeRow(target);
    onFormEdit(event, wasReferral);
  } else if (target.id === 'preset-two-weeks') {
    form.setNotice(14);
    $('preset-note').hidden = true;
    onFormEdit(event);
  } else if (target.id === 'preset-project-end') {
    const end = form.projectEnd();
    $('preset-note').hidden = !!end;
    $('preset-note').textContent = end ? '' : t('plan.projectEndMissing');
    if (end) { form.setLastDay(end); onFormEdit(event); }
  } else if (target.id === 'use-friday') {
    form.setLastDay(target.dataset.date || '');
    onFormEdit(event);
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
  await pushbackUi.onItem();
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

/** The pane's wording in `lang`, else in the default language; false when neither could be loaded (the markup's
 * own English stays, and a banner offers to load the pane again). */
async function loadUi(/** @type {string} */ lang) {
  for (const candidate of [...new Set([lang, DEFAULT_LANGUAGE])]) {
    try {
      await loadStrings(candidate);
      applyStrings(document);
      return true;
    } catch { /* try the next */ }
  }
  showBanner($('banner-text').textContent, () => location.reload());
  return false;
}

/** Kinds, tones, reasons and handover items from the API, labelled in the UI language. Without them the form cannot
 * be offered: a banner says so and Retry tries again. */
async function loadOptions(/** @type {string} */ lang) {
  try {
    const options = await getOptions(lang);
    form.renderOptions(options, $('f-language').value && optionsLanguage ? $('f-language').value : lang);
    pushbackUi.afterOptions(options);
    optionsLanguage = lang;
    $('main').dataset.state = 'ready';
    hideBanner();
    return true;
  } catch {
    $('main').dataset.state = 'offline';
    showBanner(t('error.network'), () => { retryStart(); });
    return false;
  }
}

async function retryStart() {
  $('banner-retry').disabled = true;
  try {
    if (!optionsLanguage && !(await loadOptions(uiLanguage))) return;
    latest = null;
    await refresh().catch(() => {});
  } finally {
    $('banner-retry').disabled = false;
  }
}

/** What differs between a plain browser and Outlook: the note, the Insert button, the placemat, the item actions. */
async function showHostMode(/** @type {any} */ ctx) {
  if (!inOutlook) {
    $('host-note').textContent = t('host.browser');
    $('host-note').hidden = false;
    $('insert').disabled = true;
    $('insert').setAttribute('aria-describedby', 'host-note');
    $('reply-all-wrap').hidden = true;
    let seen = false;
    try { seen = localStorage.getItem(PLACEMAT_KEY) === '1'; } catch { /* private mode */ }
    $('placemat').hidden = seen;
    return;
  }
  $('placemat').hidden = true;
  $('host-note').hidden = true;
  $('insert').disabled = false;
  $('insert').setAttribute('aria-describedby', 'insert-target');
  $('reply-all-wrap').hidden = false;
  if (mailbox.isMobile()) {
    // Outlook mobile cannot open a reply with the letter: Copy (and Create draft) are the ways out.
    $('host-note').textContent = t('host.mobile');
    $('host-note').hidden = false;
    $('insert').hidden = true;
    $('insert-target').hidden = true;
  }
  paneConfig = await getPaneConfig().catch(() => null);
  showItemActions();
  showTarget(await mailbox.readTarget(ctx).catch(() => null));
  if (!officeWired) { officeWired = true; mailbox.onItemChanged(onItemChanged); }
}

/** office.js answered after the pane had started as a plain web page: take what Outlook knows, keep what the user typed. */
async function upgradeToOutlook() {
  inOutlook = true;
  applyTheme();
  const ctx = await mailbox.readContext();
  const lang = pickLanguage(ctx.displayLanguage || navigator.language);
  if (lang !== uiLanguage) {
    await loadUi(lang);
    await loadOptions(lang);
  }
  const defaults = mailbox.loadDefaults();
  if (!$('f-sender-name').value) $('f-sender-name').value = defaults.senderName || ctx.userName || '';
  await applySignatureChoice(defaults);
  if (!$('f-client-name').value && !$('f-client-company').value) showClient(ctx);
  await showHostMode(ctx);
  await pushbackUi.setHost(true);
  latest = null;
  schedulePreview();
}

async function start() {
  applyTheme();
  // Outside Office (or where Office gives no theme) the system setting decides, also when it changes.
  globalThis.matchMedia?.('(prefers-color-scheme: dark)').addEventListener?.('change', applyTheme);
  // office.js may take seconds (or never answer): after a short grace the pane starts as a plain web page.
  const connecting = mailbox.connect();
  const early = await Promise.race([connecting, new Promise((resolve) => setTimeout(() => resolve(null), OFFICE_GRACE_MS))]);
  inOutlook = !!(/** @type {any} */ (early)?.inOutlook);
  const ctx = inOutlook ? await mailbox.readContext()
    : { userName: '', displayLanguage: '', clientName: '', clientAddress: '' };
  const lang = pickLanguage(ctx.displayLanguage || navigator.language);
  await loadUi(lang);
  applyTheme();

  const plan = $('plan');
  plan.addEventListener('input', onFormEdit);
  plan.addEventListener('change', onFormEdit);
  plan.addEventListener('click', onFormClick);
  plan.addEventListener('submit', (/** @type {Event} */ e) => e.preventDefault());
  $('insert').addEventListener('click', () => onInsert());
  $('copy').addEventListener('click', () => onCopy());
  $('create-draft').addEventListener('click', () => onCreateDraft());
  $('open-draft').addEventListener('click', onOpenDraft);
  $('review').addEventListener('click', onReview);
  $('anyway').addEventListener('click', onAnyway);
  $('use-subject').addEventListener('click', onUseSubject);
  $('banner-retry').addEventListener('click', () => bannerRetry?.());
  pushbackUi.init({ schedulePreview, setStatus });
  $('to-preview').addEventListener('click', () => {
    $('preview-box').scrollIntoView({ block: 'start' });
    $('preview').focus({ preventScroll: true });
  });
  $('open-findings').addEventListener('click', () => {
    const first = openFindings.find((f) => f.severity !== 'info');
    const input = first && form.inputFor(first.field || 'personalNote');
    if (input) form.reveal(input);
  });
  $('checklist').addEventListener('click', (/** @type {MouseEvent} */ e) => {
    if (/** @type {HTMLElement} */ (e.target).id !== 'ask-first') return;
    /** @type {HTMLInputElement|null} */ (document.querySelector('input[name="kind"][value="conversationRequest"]'))?.click();
  });
  $('placemat-close').addEventListener('click', () => {
    try { localStorage.setItem(PLACEMAT_KEY, '1'); } catch { /* private mode */ }
    $('placemat').hidden = true;
  });

  await loadOptions(lang);
  const defaults = mailbox.loadDefaults();
  form.applyDefaults(defaults, ctx.userName);
  if (!$('f-last-day').value) form.setNotice(14);
  await applySignatureChoice(defaults);
  // The letter needs the sender's name: ask for it up front when neither Outlook nor last time knew it.
  if (!$('f-sender-name').value) $('about-you').open = true;
  showClient(ctx);
  await showHostMode(ctx);
  await pushbackUi.setHost(inOutlook);

  showPlaceholder($('preview'), t('preview.empty'));
  $('main').setAttribute('aria-busy', 'false');
  document.body.dataset.ready = 'true';
  performance.mark('pane-ready');
  await refresh().catch(() => {});
  document.body.dataset.outcome = 'first';
  if (!early) connecting.then((r) => { if (r?.inOutlook) return upgradeToOutlook(); return undefined; }).catch(() => {});
}

start();
