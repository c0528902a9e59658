// Shows the API's letter and its findings. The API's HTML fragment is already sanitized; it is still parsed
// inertly and rebuilt from a short allow-list of tags with no attributes, so nothing in it can run or style.
import { humanDates, t } from './i18n.js';
import { fieldLabel, inputFor } from './form.js';

const ALLOWED = new Set(['P', 'UL', 'OL', 'LI', 'STRONG', 'EM', 'B', 'I', 'BR']);

/** Copies the allowed elements and all text of `from` into `to`. */
function rebuild(/** @type {Node} */ from, /** @type {Node} */ to) {
  for (const node of from.childNodes) {
    if (node.nodeType === Node.TEXT_NODE) {
      to.appendChild(document.createTextNode(node.textContent || ''));
    } else if (node.nodeType === Node.ELEMENT_NODE) {
      const tag = /** @type {Element} */ (node).tagName;
      if (tag === 'SCRIPT' || tag === 'STYLE' || tag === 'TEMPLATE') continue;
      if (ALLOWED.has(tag)) {
        const copy = document.createElement(tag.toLowerCase());
        to.appendChild(copy);
        rebuild(node, copy);
      } else {
        rebuild(node, to);
      }
    }
  }
}

/** Replaces the preview with the letter; the container is a sealed box of plain tags. */
export function showLetter(/** @type {HTMLElement} */ box, /** @type {string} */ html) {
  const parsed = new DOMParser().parseFromString(`<!doctype html><body>${html}`, 'text/html');
  const fragment = document.createDocumentFragment();
  rebuild(parsed.body, fragment);
  box.replaceChildren(fragment);
}

export function showPlaceholder(/** @type {HTMLElement} */ box, /** @type {string} */ text) {
  const p = document.createElement('p');
  p.className = 'hint';
  p.textContent = text;
  box.replaceChildren(p);
}

/** Reads a JSON path such as `plan.deliverables[0].title` out of the request that was sent. */
function valueAt(/** @type {any} */ obj, /** @type {string} */ path) {
  return path.split(/\.|\[|\]/).filter(Boolean).reduce((o, k) => (o == null ? undefined : o[k]), obj);
}

/** The field's text with every flagged span wrapped in <mark>; text enters only as text nodes. */
function marked(/** @type {string} */ text, /** @type {any[]} */ findings) {
  const p = document.createElement('p');
  p.className = 'marked';
  const spans = findings
    .filter((f) => f.length > 0 && f.start >= 0 && f.start + f.length <= text.length)
    .sort((a, b) => a.start - b.start);
  let at = 0;
  for (const f of spans) {
    if (f.start < at) continue; // overlapping spans: the first one wins the mark, both keep their message
    p.append(text.slice(at, f.start));
    const mark = document.createElement('mark');
    mark.className = `sev-${f.severity}`;
    mark.textContent = text.slice(f.start, f.start + f.length);
    p.append(mark);
    at = f.start + f.length;
  }
  p.append(text.slice(at));
  return p;
}

/** A stable key for a finding, so an ignored one stays ignored while the text around it changes. */
export const findingKey = (/** @type {any} */ f) => `${f.ruleId}|${f.field || 'personalNote'}|${f.excerpt}`;

/** True when the field still holds the flagged words exactly where the finding says (Apply is safe then). */
function canApply(/** @type {any} */ f, /** @type {HTMLElement|null} */ input) {
  if (typeof f.replacement !== 'string' || !input || !('value' in input)) return false;
  const value = String(/** @type {HTMLInputElement} */ (input).value);
  return value.slice(f.start, f.start + f.length) === f.excerpt;
}

/** Replaces the flagged words in the field with the finding's replacement and tells the form it changed. */
function apply(/** @type {any} */ f, /** @type {HTMLInputElement} */ input) {
  const value = input.value;
  input.value = value.slice(0, f.start) + f.replacement + value.slice(f.start + f.length);
  input.dispatchEvent(new Event('input', { bubbles: true }));
  input.focus();
  const at = f.start + f.replacement.length;
  input.setSelectionRange?.(at, at);
}

function findingItem(/** @type {any} */ f, /** @type {HTMLElement|null} */ input, /** @type {(f: any) => void} */ onIgnore) {
  const li = document.createElement('li');
  li.className = `finding sev-${f.severity}`;
  li.dataset.key = findingKey(f);
  const sev = document.createElement('strong');
  sev.textContent = `${t(`severity.${f.severity}`)}: `;
  const msg = document.createElement('span');
  const message = humanDates(f.message);
  msg.textContent = f.excerpt && f.category !== 'plan' ? t('tone.excerpt', f.excerpt, message) : message;
  li.append(sev, msg);
  if (f.suggestion) {
    const s = document.createElement('span');
    s.className = 'suggestion';
    s.textContent = t('tone.try', humanDates(f.suggestion));
    li.append(s);
  }
  const actions = document.createElement('div');
  actions.className = 'finding-actions';
  if (canApply(f, input)) {
    const b = document.createElement('button');
    b.type = 'button';
    b.className = 'small apply';
    b.textContent = t('finding.apply', f.replacement || t('finding.delete'));
    b.addEventListener('click', () => apply(f, /** @type {HTMLInputElement} */ (input)));
    actions.append(b);
  }
  const ignore = document.createElement('button');
  ignore.type = 'button';
  ignore.className = 'small ignore';
  ignore.textContent = t('finding.ignore');
  ignore.addEventListener('click', () => onIgnore(f));
  actions.append(ignore);
  li.append(actions);
  return li;
}

/**
 * Shows each finding where it is: the personal note's under the note (its words marked), a row's or a field's
 * inside that row under a heading of its own, anything else in the plan check above the checklist. Ignored findings
 * are left out. Apply replaces the flagged words where the finding carries a `replacement`.
 */
export function showFindings(/** @type {any[]} */ findings, /** @type {any} */ request,
  /** @type {Set<string>} */ ignored, /** @type {(f: any) => void} */ onIgnore) {
  for (const el of document.querySelectorAll('.field-findings')) el.remove();
  for (const el of document.querySelectorAll('[data-flagged]')) el.removeAttribute('data-flagged');
  const shown = findings.filter((f) => !ignored.has(findingKey(f)));
  const groups = new Map();
  for (const f of shown) {
    const key = f.field || 'personalNote';
    if (!groups.has(key)) groups.set(key, []);
    groups.get(key).push(f);
  }
  const toneSection = /** @type {HTMLElement} */ (document.getElementById('tone'));
  const toneList = /** @type {HTMLElement} */ (document.getElementById('tone-list'));
  const planSection = /** @type {HTMLElement} */ (document.getElementById('plan-findings'));
  const planList = /** @type {HTMLElement} */ (document.getElementById('plan-findings-list'));
  toneList.replaceChildren();
  planList.replaceChildren();
  for (const [field, items] of groups) {
    const input = inputFor(field);
    const text = valueAt(request, field);
    const ul = document.createElement('ul');
    ul.className = 'findings';
    for (const f of items) ul.append(findingItem(f, input, onIgnore));
    if (field === 'personalNote') {
      if (typeof text === 'string' && text) toneList.append(marked(text, items));
      toneList.append(ul);
      continue;
    }
    const box = document.createElement('div');
    box.className = 'field-findings';
    const h = document.createElement('h3');
    const isPlan = items.every((/** @type {any} */ f) => f.category === 'plan');
    h.textContent = `${t(isPlan ? 'findings.planHeading' : 'tone.heading')} · ${fieldLabel(field)}`;
    box.append(h);
    if (!isPlan && typeof text === 'string' && text) box.append(marked(text, items));
    box.append(ul);
    if (input) {
      input.setAttribute('data-flagged', 'true');
      const row = input.closest('li.row');
      if (row) row.append(box);
      else (input.closest('.pair') || input.closest('label') || input).after(box);
    } else {
      planList.append(box);
    }
  }
  toneSection.hidden = toneList.childElementCount === 0;
  planSection.hidden = planList.childElementCount === 0;
  return shown;
}
