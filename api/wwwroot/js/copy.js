// Copy that works wherever the pane runs. Outlook on the web frames the pane without delegating the
// clipboard permission, so the async clipboard API is refused there; a selection copied with
// execCommand('copy') during the click still works; where even that is refused, the letter is left
// selected for the user to copy with the keyboard.

/**
 * Copies the letter. `box` is the element showing it (the preview), selected by the fallbacks.
 * @param {{html: string, text: string}} draft
 * @param {HTMLElement} box
 * @returns {Promise<'rich'|'text'|'selection'|'selected'>} how: rich (HTML + text) or plain through the
 *   clipboard API, `selection` through execCommand('copy'), `selected` when the user must press Ctrl+C / ⌘C.
 */
export async function copyLetter(draft, box) {
  try {
    if (!globalThis.ClipboardItem || !navigator.clipboard?.write) throw new Error('no rich clipboard');
    await navigator.clipboard.write([new ClipboardItem({
      'text/html': new Blob([draft.html], { type: 'text/html' }),
      'text/plain': new Blob([draft.text], { type: 'text/plain' }),
    })]);
    return 'rich';
  } catch { /* refused (cross-origin frame, no permission) or not there */ }
  if (copyBySelection(draft, box)) return 'selection';
  try {
    // Some hosts allow plain text but not ClipboardItem.
    if (!navigator.clipboard?.writeText) throw new Error('no clipboard');
    await navigator.clipboard.writeText(draft.text);
    return 'text';
  } catch { /* refused too */ }
  selectContents(box);
  return 'selected';
}

/** Selects the letter and copies it with execCommand('copy'), giving the clipboard HTML and text. */
function copyBySelection(/** @type {{html: string, text: string}} */ draft, /** @type {HTMLElement} */ box) {
  /** @param {ClipboardEvent} event */
  const onCopy = (event) => {
    if (!event.clipboardData) return; // the browser copies the selection itself
    event.clipboardData.setData('text/html', draft.html);
    event.clipboardData.setData('text/plain', draft.text);
    event.preventDefault();
  };
  document.addEventListener('copy', onCopy, true);
  try {
    selectContents(box);
    return document.execCommand('copy') === true;
  } catch {
    return false;
  } finally {
    document.removeEventListener('copy', onCopy, true);
  }
}

/** Selects everything in `box` and moves the focus there, so Ctrl+C / ⌘C copies the letter. */
export function selectContents(/** @type {HTMLElement} */ box) {
  box.focus({ preventScroll: true });
  const range = document.createRange();
  range.selectNodeContents(box);
  const selection = globalThis.getSelection?.();
  selection?.removeAllRanges();
  selection?.addRange(range);
}

/** "⌘C" on Apple devices, "Ctrl+C" elsewhere. */
export const copyShortcut = () =>
  /Mac|iPhone|iPad|iPod/.test(navigator.platform || navigator.userAgent || '') ? '⌘C' : 'Ctrl+C';
