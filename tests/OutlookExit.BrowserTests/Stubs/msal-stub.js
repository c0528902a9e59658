// Stands in for the vendored MSAL.js build: registers globalThis.msal like the real UMD file and records calls
// on window.__msal.calls (each with `app`: nested or standard). window.__msalScenario may set silentFails /
// popupError.
(function () {
  const s = Object.assign({ silentFails: false, popupError: null, token: 'naa-token' }, window.__msalScenario || {});
  const calls = [];
  window.__msal = { calls };
  const app = (kind) => ({
    async acquireTokenSilent(request) {
      calls.push({ name: 'acquireTokenSilent', args: request, app: kind });
      if (s.silentFails) throw Object.assign(new Error('interaction_required'), { errorCode: 'interaction_required' });
      return { accessToken: s.token };
    },
    async acquireTokenPopup(request) {
      calls.push({ name: 'acquireTokenPopup', args: request, app: kind });
      if (s.popupError) throw Object.assign(new Error(s.popupError), { errorCode: s.popupError });
      return { accessToken: s.token };
    },
  });
  globalThis.msal = {
    async createNestablePublicClientApplication(config) {
      calls.push({ name: 'create', args: config, app: 'nested' });
      return app('nested');
    },
    async createStandardPublicClientApplication(config) {
      calls.push({ name: 'createStandard', args: config, app: 'standard' });
      return app('standard');
    },
  };
})();
