// UI wording per language lives in /i18n/<lang>.json; which languages there are, languages.js says.
import { DEFAULT_LANGUAGE, stringsUrl } from './languages.js';

/** @type {Record<string, any>} */
let strings = {};
export let uiLanguage = DEFAULT_LANGUAGE;

/** Loads the wording for `lang`; rejects when the file cannot be fetched or read (the caller falls back). */
export async function loadStrings(/** @type {string} */ lang) {
  const res = await fetch(stringsUrl(lang));
  if (!res.ok) throw new Error(`strings ${lang}: HTTP ${res.status}`);
  const loaded = await res.json();
  if (!loaded || typeof loaded !== 'object') throw new Error(`strings ${lang}: not an object`);
  strings = loaded;
  uiLanguage = lang;
  document.documentElement.lang = lang;
}

/** Localised string with {0}, {1}… filled in; the key itself when missing (visible, never blank). */
export function t(/** @type {string} */ key, /** @type {any[]} */ ...args) {
  const s = typeof strings[key] === 'string' ? strings[key] : key;
  return s.replace(/\{(\d)\}/g, (_, i) => String(args[Number(i)] ?? ''));
}

/** The plural form of `key` for `count` in the UI language (`key.one`, `key.few`, `key.many`, `key.other`). */
export function plural(/** @type {string} */ key, /** @type {number} */ count, /** @type {any[]} */ ...args) {
  const form = new Intl.PluralRules(uiLanguage).select(count);
  const k = typeof strings[`${key}.${form}`] === 'string' ? `${key}.${form}` : `${key}.other`;
  return t(k, count, ...args);
}

/** A day (ISO date YYYY-MM-DD, or a time in ms) as the UI language writes it, e.g. "Fri 11 Dec 2026" /
 * "pá 11. 12. 2026"; without the weekday when `weekday` is false. */
export function localDate(/** @type {string|number} */ when, weekday = true) {
  let date;
  if (typeof when === 'number') date = new Date(when);
  else {
    const [y, m, d] = when.split('-').map(Number);
    if (!y || !m || !d) return when;
    date = new Date(y, m - 1, d);
  }
  return new Intl.DateTimeFormat(uiLanguage, { ...(weekday ? { weekday: 'short' } : {}), day: 'numeric', month: 'short', year: 'numeric' })
    .format(date);
}

/** Every ISO date inside a message, written the local way. */
export const humanDates = (/** @type {string} */ text) =>
  String(text ?? '').replace(/\b(\d{4}-\d{2}-\d{2})\b/g, (_, iso) => localDate(iso));

/** Fills every [data-i18n] element's text under root. */
export function applyStrings(/** @type {ParentNode} */ root) {
  for (const el of root.querySelectorAll('[data-i18n]')) {
    el.textContent = t(/** @type {HTMLElement} */ (el).dataset.i18n || '');
  }
}
