// The reply to the client's pushback (kind holdFirm): the client's own new text of the open message, and the asks
// it makes as toggle chips the user can change. The message is held in memory for the open item only: never saved.
import { t } from './i18n.js';

/** The contract's limit for `clientMessage`. */
export const MAX_MESSAGE = 10000;

const HEADER_LABELS = /^\**\s*(from|od|von|de)\s?:/i;
const HEADER_FOLLOWS = /^\**\s*(sent|date|odesláno|odeslano|datum|gesendet|envoyé)\s?:/i;
const BANNER = /^--.*(original message|forwarded message|původní zpráva|puvodni zprava|přeposlaná zpráva|původní e-mail|puvodni e-mail|ursprüngliche nachricht)/i;
/** Apple Mail's forward banner on a line of its own. */
const FORWARD = /^(begin forwarded message|začátek přeposlané zprávy|zacatek preposlane zpravy|anfang der weitergeleiteten nachricht|début du message réexpédié)/i;
const RULE = /^[-_=]{10,}$/;
/** "napsal(a):", "napsal:", "napsala:" at the end of a "Dne …" line. */
const WROTE_CS = /napsal(\(a\)|a)?:$/i;

/**
 * The client's new text: the body up to the first line of quoted history or of a "-- " signature ("> " lines,
 * "On … wrote:", "Dne … napsal(a):", "-----Original Message-----", a "From:/Sent:" header block with the rule above
 * it), trimmed, at most MAX_MESSAGE characters. The API cuts the history again by the same marks.
 */
export function newText(/** @type {string} */ body) {
  const lines = String(body ?? '').replace(/\r\n?/g, '\n').split('\n');
  let end = lines.length;
  let rule = -1;
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i].trim();
    const next = (lines[i + 1] ?? '').trim();
    const joined = `${line} ${next}`;
    const quote = line.startsWith('>')
      || line === '--'
      || BANNER.test(line)
      || (line.length <= 60 && FORWARD.test(line))
      || (/^On /.test(line) && (/wrote:$/i.test(line) || /wrote:$/i.test(joined)))
      || (/^Dne /.test(line) && (WROTE_CS.test(line) || WROTE_CS.test(joined)))
      || (HEADER_LABELS.test(line) && lines.slice(i + 1, i + 4).some((l) => HEADER_FOLLOWS.test(l.trim())));
    if (quote) { end = rule >= 0 ? rule : i; break; }
    if (RULE.test(line)) rule = i;
    else if (line) rule = -1;
  }
  return lines.slice(0, end).join('\n').trim().slice(0, MAX_MESSAGE);
}

// ---- the asks as chips ---------------------------------------------------------------------------------

/** @typedef {{value: string, label: string, guidance?: string|null}} AskOption */

let detected = /** @type {string[]} */ ([]);
let chosen = /** @type {Set<string>|null} */ (null);

/** The asks the API found in the message; the chips follow them until the user changes one. */
export function setDetected(/** @type {string[]} */ asks) {
  detected = [...asks];
}

/** A new message: back to what the API will detect, nothing chosen by hand. */
export function resetAsks() {
  detected = [];
  chosen = null;
}

/** Whether the user changed the asks by hand. */
export const asksChanged = () => chosen !== null;

/** The asks to send as `clientAsks`: only once the user changed them (else the API detects them). */
export const askOverride = () => (chosen ? [...chosen] : null);

/** The asks the reply answers now: the user's choice, else the detected ones. */
export const currentAsks = () => (chosen ? [...chosen] : [...detected]);

/** Flips one ask; from then on the user's choice is sent. */
export function toggleAsk(/** @type {string} */ ask) {
  chosen ??= new Set(detected);
  if (chosen.has(ask)) chosen.delete(ask); else chosen.add(ask);
}

/** Back to the asks the API detects. */
export function useDetected() {
  chosen = null;
}

/**
 * Renders one toggle button per ask into `container` (aria-pressed says whether the reply answers it); labels enter
 * the page as text only. Existing chips keep focus across a re-render.
 */
export function renderChips(/** @type {HTMLElement} */ container, /** @type {AskOption[]} */ options) {
  const active = /** @type {HTMLElement|null} */ (document.activeElement);
  const focused = active && container.contains(active) ? active.dataset.ask : null;
  const on = new Set(currentAsks());
  const chips = options.map((o) => {
    const b = document.createElement('button');
    b.type = 'button';
    b.className = 'chip ask';
    b.dataset.ask = o.value;
    b.setAttribute('aria-pressed', String(on.has(o.value)));
    b.textContent = o.label;
    if (o.guidance) b.title = o.guidance;
    return b;
  });
  container.replaceChildren(...chips);
  if (focused) /** @type {HTMLElement|null} */ (container.querySelector(`[data-ask="${CSS.escape(focused)}"]`))?.focus();
}

/** One line saying what the chips mean now. */
export function asksNote() {
  if (chosen) return t('pushback.asksChosen');
  return detected.length ? t('pushback.asksDetected') : t('pushback.asksNone');
}

// ---- the message of the open item ------------------------------------------------------------------------

let message = '';
let messageItem = '';

/** Keeps the client's new text of the item `itemId` in memory (never in settings or storage). */
export function setMessage(/** @type {string} */ itemId, /** @type {string} */ body) {
  messageItem = itemId;
  message = newText(body);
}

export const messageFor = (/** @type {string} */ itemId) => (itemId === messageItem ? message : '');
export const hasMessage = () => message !== '';

export function clearMessage() {
  message = '';
  messageItem = '';
  resetAsks();
}

/** The holdFirm fields of the DraftRequest: the message, and the asks only when the user changed them. */
export function requestFields() {
  const fields = /** @type {Record<string, any>} */ ({ clientMessage: message || null });
  const override = askOverride();
  if (override) fields.clientAsks = override;
  return fields;
}
