// UI wording per language lives in /i18n/<lang>.json; adding a language adds a file, not code.

/** @type {Record<string, any>} */
let strings = {};
export let uiLanguage = 'en';

export const supportedUi = ['en', 'cs'];

/** `cs-CZ` → `cs`; anything unsupported → `en`. */
export function pickLanguage(/** @type {string|undefined|null} */ tag) {
  const primary = String(tag || '').toLowerCase().split(/[-_]/)[0];
  return supportedUi.includes(primary) ? primary : 'en';
}

export async function loadStrings(/** @type {string} */ lang) {
  const res = await fetch(new URL(`../i18n/${lang}.json`, import.meta.url));
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
