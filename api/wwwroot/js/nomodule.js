// Runs only where ES modules do not (Outlook's old Internet Explorer-based pane on Windows). ES5 on purpose.
// The wording lives in the same i18n files as everything else; only the file choice happens here.
(function () {
  var note = document.getElementById('host-note');
  var main = document.getElementById('main');
  if (!note) return;
  var lang = (navigator.language || navigator.userLanguage || 'en').toLowerCase().indexOf('cs') === 0 ? 'cs' : 'en';
  function show(text) {
    note.textContent = text;
    note.hidden = false;
    note.removeAttribute('hidden');
    if (main) main.setAttribute('aria-busy', 'false');
  }
  show('This version of Outlook is too old for OutlookExit. Open it in Outlook on the web or in a browser.');
  var xhr = new XMLHttpRequest();
  xhr.open('GET', 'i18n/' + lang + '.json');
  xhr.onload = function () {
    try { show(JSON.parse(xhr.responseText)['host.tooOld']); } catch (e) { /* keep the English line */ }
  };
  xhr.send();
})();
