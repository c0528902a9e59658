// Stands in for the vendored MSAL.js build: registers globalThis.msal like the real UMD file and records calls
// on window.__msal.calls. window.__msalScenario may set silentFails / popupFails.
(function () {
  const s = Object.assign({ silentFails: false, popupError: null, token: 'naa-token' }, window.__msalScenario || {});
  const calls = [];
  window.__msal = { calls };
  globalThis.msal = {
    async createNestablePublicClientApplication(config) {
      calls.push({ name: 'create', args: config });
      return {
        async acquireTokenSilent(request) {
          calls.push({ name: 'acquireTokenSilent', args: request });
          if (s.silentFails) throw Object.assign(new Error('interaction_required'), { errorCode: 'interaction_required' });
          return { accessToken: s.token };
        },
        async acquireTokenPopup(request) {
          calls.push({ name: 'acquireTokenPopup', args: request });
          if (s.popupError) throw Object.assign(new Error(s.popupError), { errorCode: s.popupError });
          return { accessToken: s.token };
        },
      };
    },
  };
})();
