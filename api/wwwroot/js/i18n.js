// UI wording per language lives in /i18n/<lang>.json; which languages there are, languages.js says.
import { DEFAULT_LANGUAGE, stringsUrl } from './languages.js';

/** @type {Record<string, any>} */
let strings = {};
export let uiLanguage = DEFAULT_LANGUAGE;

export async function loadStrings(/** @type {string} */ lang) {
  const res = await fetch(stringsUrl(lang));
  strings = await res.json();
  uiLanguage = lang;
  document.documentElement.lang = lang;
}

/** Localised string with {0}, {1}… filled in; the key itself when missing (visible, never blank). */
export function t(/** @type {string} */ key, /** @type {any[]} */ ...args) {
  const s = typeof strings[key] === 'string' ? strings[key] : key;
  return s.replace(/\{(\d)\}/g, (_, i) => String(args[Number(i)] ?? ''));
}

/** Fills every [data-i18n] element's text under root. */
export function applyStrings(/** @type {ParentNode} */ root) {
  for (const el of root.querySelectorAll('[data-i18n]')) {
    el.textContent = t(/** @type {HTMLElement} */ (el).dataset.i18n || '');
  }
}
