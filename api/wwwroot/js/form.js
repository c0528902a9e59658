// The form: renders the options the API offers, keeps repeating rows, and turns the inputs into a DraftRequest.
import { localDate, plural, t, uiLanguage } from './i18n.js';
import { requestFields } from './pushback.js';

const $ = (/** @type {string} */ id) => /** @type {any} */ (document.getElementById(id));

/** @typedef {{value: string, label: string, guidance?: string}} Option */

let optionSet = /** @type {any} */ (null);

function fillSelect(/** @type {HTMLSelectElement} */ select, /** @type {Option[]} */ options, /** @type {string} */ value) {
  select.replaceChildren(...options.map((o) => new Option(o.label, o.value, false, o.value === value)));
}

/** Renders kinds, tones, reasons, handover items and languages from GET /api/options. */
/** A labelled radio button or checkbox for one option; the label enters the page as text only. */
function choice(/** @type {string} */ type, /** @type {string} */ name, /** @type {string} */ className,
  /** @type {Option} */ o, /** @type {boolean} */ isChecked) {
  const label = document.createElement('label');
  label.className = className;
  const input = document.createElement('input');
  input.type = type;
  input.name = name;
  input.value = o.value;
  input.checked = isChecked;
  const span = document.createElement('span');
  span.textContent = o.label;
  label.append(input, span);
  return label;
}

export function renderOptions(/** @type {any} */ options, /** @type {string} */ letterLanguage) {
  optionSet = options;
  const d = options.defaults || {};
  const current = readKind() || d.kind || 'termination';
  const kinds = $('kind-choices');
  kinds.replaceChildren(...options.kinds.map((/** @type {Option} */ o) =>
    choice('radio', 'kind', 'choice', o, o.value === current)));
  fillSelect($('f-tone'), options.tones, $('f-tone').value || d.tone || 'neutral');
  fillSelect($('f-reason'), options.reasons, $('f-reason').value || d.reason || 'unspecified');
  fillSelect($('f-language'), options.languages, letterLanguage);
  // A termination hands back everything that belongs to the client: all items are ticked until the user says otherwise.
  const checked = handoverShown ? new Set(readChecked('handover')) : new Set(options.handover.map((/** @type {Option} */ o) => o.value));
  handoverShown = true;
  $('handover-choices').replaceChildren(...options.handover.map((/** @type {Option} */ o) => {
    const label = choice('checkbox', 'handover', 'check', o, checked.has(o.value));
    if (o.guidance) {
      const hint = document.createElement('span');
      hint.className = 'hint';
      hint.textContent = o.guidance;
      label.querySelector('span')?.append(hint);
    }
    return label;
  }));
  if (!$('f-last-day').value) setNotice(usualNotice ?? d.noticeDays ?? 14);
  showGuidance();
}

let handoverShown = false;

/** One line of guidance for the chosen kind and reason; sections that do not apply are hidden. */
export function showGuidance() {
  if (!optionSet) return;
  const kind = readKind();
  $('kind-guidance').textContent = optionSet.kinds.find((/** @type {Option} */ k) => k.value === kind)?.guidance || '';
  $('reason-guidance').textContent =
    optionSet.reasons.find((/** @type {Option} */ r) => r.value === $('f-reason').value)?.guidance || '';
  $('tone-guidance').textContent =
    optionSet.tones.find((/** @type {Option} */ o) => o.value === $('f-tone').value)?.guidance || '';
  for (const el of document.querySelectorAll('[data-kinds]')) {
    /** @type {HTMLElement} */ (el).hidden = !(/** @type {HTMLElement} */ (el).dataset.kinds || '').split(' ').includes(kind);
  }
}

export const readKind = () => /** @type {HTMLInputElement|null} */ (document.querySelector('input[name="kind"]:checked'))?.value || '';
const readChecked = (/** @type {string} */ name) =>
  [...document.querySelectorAll(`input[name="${name}"]:checked`)].map((i) => /** @type {HTMLInputElement} */ (i).value);

// ---- repeating rows -------------------------------------------------------------------------------

const lists = /** @type {const} */ ({
  deliverables: { template: 'tpl-deliverable', remove: 'deliverables.remove' },
  invoices: { template: 'tpl-invoice', remove: 'invoices.remove' },
  referrals: { template: 'tpl-referral', remove: 'referrals.remove' },
});

/** A row nothing was typed into (a value the pane filled in itself, such as the default currency, does not count). */
const isEmptyRow = (/** @type {Element} */ row) =>
  [...row.querySelectorAll('input')].every((i) => !i.value.trim() || i.dataset.auto === 'true');

/** Adds a row to a list, optionally filled; returns its first input so the caller can focus it. An empty row already
 * there is used instead of adding a second one. */
export function addRow(/** @type {keyof typeof lists} */ list, /** @type {Record<string, any>} */ values = {}) {
  const empty = Object.keys(values).length === 0 ? [...$(list).children].find(isEmptyRow) : null;
  if (empty) return empty.querySelector('input');
  const tpl = /** @type {HTMLTemplateElement} */ ($(lists[list].template));
  const row = /** @type {HTMLElement} */ (tpl.content.firstElementChild?.cloneNode(true));
  for (const el of row.querySelectorAll('[data-i18n]')) el.textContent = t(/** @type {HTMLElement} */ (el).dataset.i18n || '');
  for (const input of row.querySelectorAll('input')) {
    const v = values[input.dataset.field || ''];
    if (v != null) input.value = String(v);
  }
  const currency = row.querySelector('input[data-field="currency"]');
  if (currency && !currency.value) { currency.value = defaultCurrency(); currency.dataset.auto = 'true'; }
  $(list).append(row);
  labelRows(list);
  return row.querySelector('input');
}

/** Removes the row holding `button`; focus moves to the list's add button so keyboard users stay oriented. */
export function removeRow(/** @type {HTMLElement} */ button) {
  const row = button.closest('li');
  const list = /** @type {keyof typeof lists} */ (row?.parentElement?.id);
  row?.remove();
  labelRows(list);
  $(`add-${list.replace(/s$/, '')}`)?.focus();
}

function labelRows(/** @type {keyof typeof lists} */ list) {
  [...$(list).children].forEach((row, i) => {
    const button = row.querySelector('[data-remove]');
    button.setAttribute('aria-label', t(lists[list].remove, i + 1));
    button.textContent = '×';
  });
}

/** The last currency the user typed, else the usual one for the letter's language. */
let lastCurrency = /** @type {string|null} */ (null);
const CURRENCY_BY_LANGUAGE = /** @type {Record<string,string>} */ ({ cs: 'CZK', en: 'EUR' });
export function defaultCurrency() {
  return lastCurrency || CURRENCY_BY_LANGUAGE[$('f-language').value || uiLanguage] || 'EUR';
}
/** Remembers a currency the user typed; rows still holding the pane's default follow a change of letter language. */
export function noteCurrency(/** @type {HTMLInputElement} */ input) {
  if (input.dataset.field !== 'currency') return;
  delete input.dataset.auto;
  if (/^[A-Za-z]{3}$/.test(input.value.trim())) lastCurrency = input.value.trim().toUpperCase();
}
export function refreshDefaultCurrency() {
  for (const i of document.querySelectorAll('#invoices input[data-field="currency"][data-auto="true"]')) {
    /** @type {HTMLInputElement} */ (i).value = defaultCurrency();
  }
}

/** One empty row in each list that has none, so the first item needs no "Add" click. */
export function ensureEmptyRows() {
  for (const list of /** @type {(keyof typeof lists)[]} */ (['deliverables', 'invoices', 'referrals'])) {
    if ($(list).children.length === 0) addRow(list);
  }
}

export function clearRows(/** @type {keyof typeof lists} */ list) {
  $(list).replaceChildren();
}

/** Rows that have anything typed in, as objects, each input tagged with its JSON path for error display. */
function readRows(/** @type {keyof typeof lists} */ list, /** @type {(o: any) => any} */ shape) {
  const out = [];
  for (const row of $(list).children) {
    const inputs = [...row.querySelectorAll('input')];
    inputs.forEach((i) => { delete i.dataset.path; });
    if (isEmptyRow(row)) continue;
    const index = out.length;
    const raw = Object.fromEntries(inputs.map((i) => {
      i.dataset.path = `plan.${list}[${index}].${i.dataset.field}`;
      return [i.dataset.field, i.value.trim()];
    }));
    out.push(shape(raw));
  }
  return out;
}

const orNull = (/** @type {string} */ s) => (s && s.trim() ? s.trim() : null);

function localToday() {
  const d = new Date();
  return `${d.getFullYear()}-${String(d.getMonth() + 1).padStart(2, '0')}-${String(d.getDate()).padStart(2, '0')}`;
}

export function addDays(/** @type {string} */ iso, /** @type {number} */ days) {
  const [y, m, d] = iso.split('-').map(Number);
  const date = new Date(y, m - 1, d + days);
  return `${date.getFullYear()}-${String(date.getMonth() + 1).padStart(2, '0')}-${String(date.getDate()).padStart(2, '0')}`;
}

export const today = localToday;

const DAY_MS = 86400000;
/** Whole days from `from` to `to` (ISO dates), calendar days. */
export function daysBetween(/** @type {string} */ from, /** @type {string} */ to) {
  const [a, b] = [from, to].map((iso) => { const [y, m, d] = iso.split('-').map(Number); return Date.UTC(y, m - 1, d); });
  return Math.round((b - a) / DAY_MS);
}
const weekday = (/** @type {string} */ iso) => { const [y, m, d] = iso.split('-').map(Number); return new Date(y, m - 1, d).getDay(); };

/** The notice the user chose (typed into Notice, or remembered); the last day follows it. */
let usualNotice = /** @type {number|null} */ (null);

/** Sets the last working day and shows what it means: "= N days' notice", and a weekend flagged with the Friday before. */
export function setLastDay(/** @type {string} */ iso) {
  $('f-last-day').value = iso;
  syncDay();
}

/** Notice in days → the last working day (today + N). */
export function setNotice(/** @type {number} */ days) {
  $('f-notice').value = String(days);
  $('f-last-day').value = addDays(localToday(), days);
  syncDay();
}

/** After an edit of either control: the other follows, the note beside them says what the letter will use. */
export function syncDay(/** @type {'date'|'notice'|null} */ edited = null) {
  if (edited === 'notice') {
    const n = Number($('f-notice').value);
    if ($('f-notice').value.trim() !== '' && Number.isInteger(n) && n >= 0 && n <= 365) {
      usualNotice = n;
      $('f-last-day').value = addDays(localToday(), n);
    }
  }
  const iso = $('f-last-day').value;
  const note = $('day-note');
  const friday = $('use-friday');
  friday.hidden = true;
  note.classList.remove('day-warn');
  if (!iso) { note.textContent = t('plan.noDay'); return; }
  const n = daysBetween(localToday(), iso);
  if (edited !== 'notice') $('f-notice').value = String(n);
  const day = weekday(iso);
  const parts = [t('plan.dayMeans', localDate(iso), plural('plan.noticeIs', n))];
  if (day === 0 || day === 6) {
    parts.push(t('plan.weekend'));
    note.classList.add('day-warn');
    const fri = addDays(iso, day === 6 ? -1 : -2);
    if (daysBetween(localToday(), fri) >= 0) {
      friday.textContent = t('plan.useFriday', localDate(fri));
      friday.dataset.date = fri;
      friday.hidden = false;
    }
  } else if (n < 10) {
    parts.push(t('plan.shortNotice'));
    note.classList.add('day-warn');
  }
  note.textContent = parts.join(' ');
}

/** The latest due date among the work items: the natural end of the current project. */
export function projectEnd() {
  const dates = [...$('deliverables').querySelectorAll('input[data-field="due"]')]
    .map((i) => i.value).filter(Boolean).sort();
  return dates.at(-1) || null;
}

/** The DraftRequest of the API contract, built from the form. Empty fields become null. */
export function readRequest() {
  const v = (/** @type {string} */ id) => $(id).value;
  const kind = readKind() || 'termination';
  // One truth for the last day: the date the field shows is the date the letter names (termination only).
  const timed = kind === 'termination' || kind === 'holdFirm';
  const tools = v('f-tools').split('\n').map((/** @type {string} */ s) => s.trim()).filter(Boolean);
  return {
    kind,
    language: v('f-language') || uiLanguage,
    tone: v('f-tone') || 'neutral',
    today: localToday(),
    sender: { name: orNull(v('f-sender-name')), business: orNull(v('f-sender-business')), signature: orNull(v('f-signature')) },
    client: {
      name: orNull(v('f-client-name')), company: orNull(v('f-client-company')),
      gender: orNull(v('f-client-gender')), salutation: orNull(v('f-client-salutation')),
    },
    reason: { category: v('f-reason') || 'unspecified', disclose: $('f-disclose').checked },
    plan: {
      lastWorkingDay: timed ? orNull(v('f-last-day')) : null,
      noticeDays: null,
      deliverables: readRows('deliverables', (r) => ({ title: r.title || null, due: r.due || null })),
      invoices: readRows('invoices', (r) => ({
        number: r.number || null,
        amount: r.amount === '' ? null : Number(r.amount),
        currency: r.currency ? r.currency.toUpperCase() : null,
        due: r.due || null,
      })),
      handover: readChecked('handover'),
      referrals: readRows('referrals', (r) => ({ name: r.name || null, contact: r.contact || null, specialty: r.specialty || null })),
      helpInterviewReplacement: $('f-interview').checked,
      briefReplacement: $('f-brief').checked,
      interimTools: tools,
    },
    offerReferences: $('f-references').checked,
    personalNote: orNull(v('f-note')),
    // Outlook adds the user's own signature: the letter ends with the closing line (contract: signOff).
    signOff: $('f-outlook-signature').checked ? 'closingOnly' : 'full',
    // The reply to the client's pushback: the client's new text, and the asks only where the user changed them.
    ...(kind === 'holdFirm' ? requestFields() : {}),
  };
}

// ---- the user's remembered defaults -----------------------------------------------------------------

/** What is remembered between sessions: only the user's own details, never anything about the client. */
export function readDefaults() {
  const r = readRequest();
  return {
    senderName: r.sender.name, business: r.sender.business, signature: r.sender.signature,
    tone: r.tone, noticeDays: usualNotice,
    currency: lastCurrency,
    referrals: r.plan.referrals,
    outlookSignature: r.signOff === 'closingOnly',
  };
}

export function applyDefaults(/** @type {any} */ d, /** @type {string} */ profileName) {
  $('f-sender-name').value = d.senderName || profileName || '';
  $('f-sender-business').value = d.business || '';
  $('f-signature').value = d.signature || '';
  if (d.tone) $('f-tone').value = d.tone;
  if (Number.isInteger(d.noticeDays)) { usualNotice = d.noticeDays; setNotice(d.noticeDays); }
  if (typeof d.currency === 'string' && /^[A-Z]{3}$/.test(d.currency)) { lastCurrency = d.currency; refreshDefaultCurrency(); }
  clearRows('referrals');
  for (const r of Array.isArray(d.referrals) ? d.referrals : []) addRow('referrals', r);
  ensureEmptyRows();
}

// ---- errors from the API -------------------------------------------------------------------------

const fieldIds = /** @type {Record<string,string>} */ ({
  language: 'f-language', tone: 'f-tone',
  'sender.name': 'f-sender-name', 'sender.business': 'f-sender-business', 'sender.signature': 'f-signature',
  'client.name': 'f-client-name', 'client.company': 'f-client-company', 'client.salutation': 'f-client-salutation',
  client: 'f-client-name', sender: 'f-sender-name',
  'reason.category': 'f-reason', 'plan.lastWorkingDay': 'f-last-day', 'plan.noticeDays': 'f-notice',
  personalNote: 'f-note', 'plan.interimTools': 'f-tools',
});

/** The input a JSON path such as `plan.deliverables[0].due` or `plan.interimTools[1]` refers to. */
export function inputFor(/** @type {string} */ path) {
  const p = path.replace(/^\$\.?/, '');
  // The kind is a group of radio buttons: the chosen one (or the first) stands for it.
  if (p === 'kind') {
    return /** @type {HTMLElement|null} */ (document.querySelector('input[name="kind"]:checked') || document.querySelector('input[name="kind"]'));
  }
  const tagged = document.querySelector(`[data-path="${CSS.escape(p)}"]`);
  if (tagged) return /** @type {HTMLElement} */ (tagged);
  const id = fieldIds[p] || fieldIds[p.replace(/\[\d+\]$/, '')];
  return id ? $(id) : null;
}

export function clearFieldErrors() {
  for (const el of document.querySelectorAll('.field-error')) el.remove();
  for (const el of document.querySelectorAll('[aria-invalid="true"]')) {
    el.removeAttribute('aria-invalid');
    const described = (el.getAttribute('aria-describedby') || '').split(' ').filter((id) => !id.startsWith('err-')).join(' ');
    if (described) el.setAttribute('aria-describedby', described); else el.removeAttribute('aria-describedby');
  }
}

let errorSeq = 0;

/** Marks one input invalid and puts the message under it; returns false if no input matches. */
export function showFieldError(/** @type {string} */ path, /** @type {string} */ message) {
  const input = inputFor(path);
  if (!input) return false;
  const id = `err-${++errorSeq}`;
  const p = document.createElement('p');
  p.className = 'field-error error';
  p.id = id;
  p.textContent = message;
  const anchor = input.getAttribute('name') === 'kind' ? $('kind-choices') : (input.closest('label') || input);
  anchor.after(p);
  input.setAttribute('aria-invalid', 'true');
  input.setAttribute('aria-describedby', [input.getAttribute('aria-describedby'), id].filter(Boolean).join(' '));
  const details = input.closest('details');
  if (details) details.open = true;
  return true;
}

/** What the user calls the field at `path`: "Work item 2", "Invoice 1: Amount", "Your name". */
export function fieldLabel(/** @type {string} */ path) {
  const p = path.replace(/^\$\.?/, '');
  const row = /^plan\.(deliverables|invoices|referrals)\[(\d+)\](?:\.(\w+))?$/.exec(p);
  if (row) {
    const item = t(`${row[1]}.item`, Number(row[2]) + 1);
    const input = inputFor(p);
    const label = input ? labelText(input) : '';
    return row[3] && label && !(row[1] === 'deliverables' && row[3] === 'title') ? `${item}: ${label}` : item;
  }
  const tool = /^plan\.interimTools\[(\d+)\]$/.exec(p);
  if (tool) return t('help.toolItem', Number(tool[1]) + 1);
  if (p === 'kind') return t('kind.legend');
  const input = inputFor(p);
  return input ? labelText(input) : t('field.plan');
}

function labelText(/** @type {HTMLElement} */ input) {
  const label = /** @type {HTMLInputElement} */ (input).labels?.[0];
  const span = label?.querySelector('[data-i18n]');
  return (span?.textContent || label?.textContent || input.getAttribute('aria-label') || '').replace(/\s*\*\s*$/, '').trim();
}

/** Opens the section holding `input` (closing the others in a narrow pane), scrolls it into view and focuses it. */
export function reveal(/** @type {HTMLElement} */ input) {
  const details = input.closest('details');
  if (details) openSection(/** @type {HTMLDetailsElement} */ (details));
  input.scrollIntoView({ block: 'center' });
  input.focus({ preventScroll: true });
}

const NARROW = '(max-width: 699px)';
/** One section open at a time in a narrow pane (Office add-in guidance): closes the sections other than `details`
 * there; a wide pane keeps what the user opened. */
export function closeOtherSections(/** @type {HTMLDetailsElement} */ details) {
  if (!globalThis.matchMedia?.(NARROW).matches) return;
  for (const other of document.querySelectorAll('details.section[open]')) if (other !== details) /** @type {HTMLDetailsElement} */ (other).open = false;
}

/** Opens `details`, closing the other sections in a narrow pane. */
function openSection(/** @type {HTMLDetailsElement} */ details) {
  closeOtherSections(details);
  details.open = true;
}
