// ES5 on purpose (Internet Explorer 11 in old Office): loads the modules only where the features they need
// exist; elsewhere nomodule.js shows the localised "too old" text instead of a blank pane.
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
        // Array.prototype.at (2022) stands for the newer syntax too (?. ?? ??=).
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
