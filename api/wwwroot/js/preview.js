// Shows the API's letter and its findings. The API's HTML fragment is already sanitized; it is still parsed
// inertly and rebuilt from a short allow-list of tags with no attributes, so nothing in it can run or style.
import { t } from './i18n.js';

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

function fieldName(/** @type {string|null} */ field) {
  if (!field || field === 'personalNote') return t('field.personalNote');
  if (field.startsWith('plan') && !/\.(title|number|name|specialty|contact)$|interimTools/.test(field)) return t('field.plan');
  return field;
}

/**
 * Lists the findings grouped by field: the field's text with the flagged words marked, then for each
 * finding its message and the suggested alternative.
 */
export function showFindings(/** @type {HTMLElement} */ section, /** @type {HTMLElement} */ list,
  /** @type {any[]} */ findings, /** @type {any} */ request) {
  section.hidden = findings.length === 0;
  const groups = new Map();
  for (const f of findings) {
    const key = f.field || 'personalNote';
    if (!groups.has(key)) groups.set(key, []);
    groups.get(key).push(f);
  }
  const nodes = [];
  for (const [field, items] of groups) {
    const group = document.createElement('div');
    group.className = 'finding-group';
    const text = valueAt(request, field);
    if (field !== 'personalNote') {
      const h = document.createElement('p');
      h.className = 'hint';
      h.textContent = t('tone.inField', fieldName(field));
      group.append(h);
    }
    if (typeof text === 'string' && text) group.append(marked(text, items));
    const ul = document.createElement('ul');
    ul.className = 'findings';
    for (const f of items) {
      const li = document.createElement('li');
      li.className = `finding sev-${f.severity}`;
      const sev = document.createElement('strong');
      sev.textContent = `${t(`severity.${f.severity}`)}: `;
      const msg = document.createElement('span');
      msg.textContent = f.excerpt ? t('tone.excerpt', f.excerpt, f.message) : f.message;
      li.append(sev, msg);
      if (f.suggestion) {
        const s = document.createElement('span');
        s.className = 'suggestion';
        s.textContent = t('tone.try', f.suggestion);
        li.append(s);
      }
      ul.append(li);
    }
    group.append(ul);
    nodes.push(group);
  }
  list.replaceChildren(...nodes);
}
