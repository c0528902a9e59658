// The languages the pane speaks, default first. Each has its wording in /i18n/<code>.json; the API's
// GET /api/options lists the same languages for the letter and the add-in manifests are localised for
// them (a test keeps all of these in step). A new language is a line here, its i18n file and the API's
// resources for it.

export const DEFAULT_LANGUAGE = 'en';

export const LANGUAGES = Object.freeze(['en', 'cs']);

/** Where the pane's wording in `lang` lives. */
export const stringsUrl = (/** @type {string} */ lang) => new URL(`../i18n/${lang}.json`, import.meta.url);

/** `cs-CZ` → `cs`; anything unsupported → the default. */
export function pickLanguage(/** @type {string|undefined|null} */ tag) {
  const primary = String(tag || '').toLowerCase().split(/[-_]/)[0];
  return LANGUAGES.includes(primary) ? primary : DEFAULT_LANGUAGE;
}
