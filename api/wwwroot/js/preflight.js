// Classic script, ES5 on purpose: it must parse in the oldest engines Outlook still uses for add-ins
// (Internet Explorer 11 in old volume-licensed Office on Windows, early Edge). It checks the features the
// pane's modules need and loads them only where all are there; elsewhere it runs nomodule.js, which shows
// the localised "this Outlook is too old" text instead of a blank pane.
(function () {
  function has() {
    try {
      var script = document.createElement('script');
      return 'noModule' in script
        && typeof window.fetch === 'function'
        && typeof window.Promise === 'function'
        && typeof window.Promise.prototype['finally'] === 'function'
        && typeof window.AbortController === 'function'
        && typeof window.URL === 'function'
        && typeof window.Intl === 'object' && typeof window.Intl.DateTimeFormat === 'function'
        && typeof window.DOMParser === 'function'
        // Array.prototype.at (2022) also stands for the newer syntax the modules use (?. ?? ??=).
        && typeof Array.prototype.at === 'function'
        && typeof Object.fromEntries === 'function';
    } catch (e) {
      return false;
    }
  }
  var script = document.createElement('script');
  if (has()) {
    script.type = 'module';
    script.src = 'js/main.js';
  } else {
    script.src = 'js/nomodule.js';
  }
  document.head.appendChild(script);
})();
