// The form: renders the options the API offers, keeps repeating rows, and turns the inputs into a DraftRequest.
import { t, uiLanguage } from './i18n.js';

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
  const checked = new Set(readChecked('handover'));
  $('handover-choices').replaceChildren(...options.handover.map((/** @type {Option} */ o) =>
    choice('checkbox', 'handover', 'check', o, checked.has(o.value))));
  if (!$('f-notice').value && d.noticeDays != null) $('f-notice').value = String(d.noticeDays);
  showGuidance();
}

/** One line of guidance for the chosen kind and reason; sections that do not apply are hidden. */
export function showGuidance() {
  if (!optionSet) return;
  const kind = readKind();
  $('kind-guidance').textContent = optionSet.kinds.find((/** @type {Option} */ k) => k.value === kind)?.guidance || '';
  $('reason-guidance').textContent =
    optionSet.reasons.find((/** @type {Option} */ r) => r.value === $('f-reason').value)?.guidance || '';
  for (const el of document.querySelectorAll('[data-kinds]')) {
    /** @type {HTMLElement} */ (el).hidden = !(/** @type {HTMLElement} */ (el).dataset.kinds || '').split(' ').includes(kind);
  }
}

const readKind = () => /** @type {HTMLInputElement|null} */ (document.querySelector('input[name="kind"]:checked'))?.value || '';
const readChecked = (/** @type {string} */ name) =>
  [...document.querySelectorAll(`input[name="${name}"]:checked`)].map((i) => /** @type {HTMLInputElement} */ (i).value);

// ---- repeating rows -------------------------------------------------------------------------------

const lists = /** @type {const} */ ({
  deliverables: { template: 'tpl-deliverable', remove: 'deliverables.remove' },
  invoices: { template: 'tpl-invoice', remove: 'invoices.remove' },
  referrals: { template: 'tpl-referral', remove: 'referrals.remove' },
});

/** Adds a row to a list, optionally filled; returns its first input so the caller can focus it. */
export function addRow(/** @type {keyof typeof lists} */ list, /** @type {Record<string, any>} */ values = {}) {
  const tpl = /** @type {HTMLTemplateElement} */ ($(lists[list].template));
  const row = /** @type {HTMLElement} */ (tpl.content.firstElementChild?.cloneNode(true));
  for (const el of row.querySelectorAll('[data-i18n]')) el.textContent = t(/** @type {HTMLElement} */ (el).dataset.i18n || '');
  for (const input of row.querySelectorAll('input')) {
    const v = values[input.dataset.field || ''];
    if (v != null) input.value = String(v);
  }
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

export function clearRows(/** @type {keyof typeof lists} */ list) {
  $(list).replaceChildren();
}

/** Rows that have anything typed in, as objects, each input tagged with its JSON path for error display. */
function readRows(/** @type {keyof typeof lists} */ list, /** @type {(o: any) => any} */ shape) {
  const out = [];
  for (const row of $(list).children) {
    const inputs = [...row.querySelectorAll('input')];
    inputs.forEach((i) => { delete i.dataset.path; });
    if (inputs.every((i) => !i.value.trim())) continue;
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

/** The latest due date among the work items: the natural end of the current project. */
export function projectEnd() {
  const dates = [...$('deliverables').querySelectorAll('input[data-field="due"]')]
    .map((i) => i.value).filter(Boolean).sort();
  return dates.at(-1) || null;
}

/** The DraftRequest of the API contract, built from the form. Empty fields become null. */
export function readRequest() {
  const v = (/** @type {string} */ id) => $(id).value;
  const notice = v('f-notice').trim();
  const tools = v('f-tools').split('\n').map((/** @type {string} */ s) => s.trim()).filter(Boolean);
  return {
    kind: readKind() || 'termination',
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
      lastWorkingDay: orNull(v('f-last-day')),
      noticeDays: notice === '' ? null : Number(notice),
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
  };
}

// ---- the user's remembered defaults -----------------------------------------------------------------

/** What is remembered between sessions: only the user's own details, never anything about the client. */
export function readDefaults() {
  const r = readRequest();
  return {
    senderName: r.sender.name, business: r.sender.business, signature: r.sender.signature,
    tone: r.tone, noticeDays: r.plan.noticeDays,
    referrals: r.plan.referrals,
    outlookSignature: r.signOff === 'closingOnly',
  };
}

export function applyDefaults(/** @type {any} */ d, /** @type {string} */ profileName) {
  $('f-sender-name').value = d.senderName || profileName || '';
  $('f-sender-business').value = d.business || '';
  $('f-signature').value = d.signature || '';
  if (d.tone) $('f-tone').value = d.tone;
  if (d.noticeDays != null) $('f-notice').value = String(d.noticeDays);
  clearRows('referrals');
  for (const r of Array.isArray(d.referrals) ? d.referrals : []) addRow('referrals', r);
}

// ---- errors from the API -------------------------------------------------------------------------

const fieldIds = /** @type {Record<string,string>} */ ({
  kind: 'f-tone', language: 'f-language', tone: 'f-tone',
  'sender.name': 'f-sender-name', 'sender.business': 'f-sender-business', 'sender.signature': 'f-signature',
  'client.name': 'f-client-name', 'client.company': 'f-client-company', 'client.salutation': 'f-client-salutation',
  client: 'f-client-name', sender: 'f-sender-name',
  'reason.category': 'f-reason', 'plan.lastWorkingDay': 'f-last-day', 'plan.noticeDays': 'f-notice',
  personalNote: 'f-note', 'plan.interimTools': 'f-tools',
});

/** The input a JSON path such as `plan.deliverables[0].due` or `plan.interimTools[1]` refers to. */
export function inputFor(/** @type {string} */ path) {
  const p = path.replace(/^\$\.?/, '');
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
  (input.closest('label') || input).after(p);
  input.setAttribute('aria-invalid', 'true');
  input.setAttribute('aria-describedby', [input.getAttribute('aria-describedby'), id].filter(Boolean).join(' '));
  const details = input.closest('details');
  if (details) details.open = true;
  return true;
}
