// Sign-in for "Create draft": nested app authentication through MSAL.js where Outlook supports it,
// Office SSO otherwise. MSAL is loaded only when the user asks for a draft, so the pane stays small.
// Office itself is reached only through mailbox.js; failures come out as PaneError kinds (errors.js).
import { ErrorKind, PaneError, classify } from './errors.js';
import { officeSsoToken, supportsNestedAppAuth, supportsOfficeSso } from './mailbox.js';

/** @type {Promise<any>|null} */
let nestedApp = null;

async function loadNestedApp(/** @type {string} */ clientId) {
  // The pinned UMD build registers globalThis.msal when evaluated as a module (see vendor/README.md).
  await import('../vendor/msal-browser-5.30.0.min.js');
  const msal = /** @type {any} */ (globalThis).msal;
  return msal.createNestablePublicClientApplication({
    auth: { clientId, authority: 'https://login.microsoftonline.com/common' },
  });
}

/** A cancelled sign-in becomes a PaneError of that kind; any other failure goes on as the library raised it. */
const signInError = (/** @type {any} */ e) =>
  classify(e) === ErrorKind.SignInCancelled ? new PaneError(ErrorKind.SignInCancelled) : e;

/**
 * An access token for this API (scope access_as_user). `claims` comes from a 403 consent challenge and
 * forces an interactive step so the user can grant what is missing.
 * @param {{clientId: string, apiScope: string}} config
 * @param {{claims?: string, interactive?: boolean}} [options]
 */
export async function getApiToken(config, options = {}) {
  const request = { scopes: [config.apiScope], ...(options.claims ? { claims: options.claims } : {}) };
  if (supportsNestedAppAuth()) {
    nestedApp ??= loadNestedApp(config.clientId).catch((e) => { nestedApp = null; throw e; });
    const app = await nestedApp;
    if (!options.claims && !options.interactive) {
      try {
        return (await app.acquireTokenSilent(request)).accessToken;
      } catch { /* needs interaction */ }
    }
    try {
      return (await app.acquireTokenPopup(request)).accessToken;
    } catch (e) {
      throw signInError(e);
    }
  }
  if (supportsOfficeSso()) {
    try {
      return await officeSsoToken({ allowSignInPrompt: true, allowConsentPrompt: true });
    } catch (e) {
      throw signInError(e);
    }
  }
  throw new PaneError(ErrorKind.SignInUnavailable);
}

/** Pulls `claims="…"` out of a WWW-Authenticate consent challenge (base64 or plain JSON). */
export function claimsFrom(/** @type {string|null|undefined} */ header) {
  const m = /claims="([^"]+)"/i.exec(header || '');
  if (!m) return undefined;
  try { return m[1].trim().startsWith('{') ? m[1] : atob(m[1]); } catch { return m[1]; }
}
