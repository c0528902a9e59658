// Runs where the pane's modules cannot (preflight.js decides: old Internet Explorer or Edge engines, or a
// missing feature). ES5 on purpose.
// The wording lives in the same i18n files as everything else; only the file choice happens here.
(function () {
  var note = document.getElementById('host-note');
  var main = document.getElementById('main');
  if (!note) return;
  // No list of languages here: the file named by the browser's language if there is one (languages.js and
  // the i18n folder agree on which), else English.
  var primary = (navigator.language || navigator.userLanguage || 'en').toLowerCase().split(/[-_]/)[0];
  var lang = /^[a-z]{2,3}$/.test(primary) ? primary : 'en';
  function show(text) {
    note.textContent = text;
    note.hidden = false;
    note.removeAttribute('hidden');
    if (main) main.setAttribute('aria-busy', 'false');
  }
  show('This version of Outlook is too old for OutlookExit. Open it in Outlook on the web or in a browser.');
  function load(code) {
    var xhr = new XMLHttpRequest();
    xhr.open('GET', 'i18n/' + code + '.json');
    xhr.onload = function () {
      var text = null;
      try { text = xhr.status === 200 ? JSON.parse(xhr.responseText)['host.tooOld'] : null; } catch (e) { /* below */ }
      if (typeof text === 'string' && text) show(text);
      else if (code !== 'en') load('en');
    };
    xhr.send();
  }
  load(lang);
})();
