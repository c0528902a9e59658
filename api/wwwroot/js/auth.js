// Sign-in for "Create draft": nested app authentication through MSAL.js where Outlook supports it, Office
// SSO otherwise, and MSAL.js with a popup where Microsoft's SSO table says to fall back. MSAL is loaded only
// when the user asks for a draft, so the pane stays small. Every MSAL request carries a login hint from the
// mailbox profile, so a browser signed in to several accounts picks the one that owns the mailbox.
// Office itself is reached only through mailbox.js; failures come out as PaneError kinds (errors.js).
import { ErrorKind, PaneError, classify, isSsoFallBack } from './errors.js';
import { officeSsoToken, supportsNestedAppAuth, supportsOfficeSso } from './mailbox.js';

/** @type {Promise<any>|null} */
let nestedApp = null;
/** @type {Promise<any>|null} */
let standardApp = null;

async function loadMsal() {
  // The pinned UMD build registers globalThis.msal when evaluated as a module (see vendor/README.md).
  await import('../vendor/msal-browser-5.30.0.min.js');
  return /** @type {any} */ (globalThis).msal;
}

const msalConfig = (/** @type {string} */ clientId) => ({
  auth: {
    clientId,
    authority: 'https://login.microsoftonline.com/common',
    // A blank page of the pane's origin: MSAL reads the answer from the popup's address.
    redirectUri: new URL('auth-redirect.html', location.href).href,
  },
});

/** A cancelled sign-in becomes a PaneError of that kind; any other failure goes on as the library raised it. */
const signInError = (/** @type {any} */ e) => {
  const kind = classify(e);
  return kind === ErrorKind.SignInCancelled || kind === ErrorKind.NotSignedIn || kind === ErrorKind.SignInRestart
    ? new PaneError(kind, kind, { code: e?.code ?? e?.errorCode }) : e;
};

/**
 * The token request: this API's scope; with a consent challenge also the Graph scopes it names (so the
 * consent prompt lists them) and its claims.
 * @param {{apiScope: string}} config
 * @param {{claims?: string, scopes?: string[], loginHint?: string}} options
 */
export function tokenRequest(config, options = {}) {
  return {
    scopes: [config.apiScope],
    ...(options.loginHint ? { loginHint: options.loginHint } : {}),
    ...(options.scopes?.length ? { extraScopesToConsent: options.scopes } : {}),
    ...(options.claims ? { claims: options.claims } : {}),
  };
}

async function popupToken(/** @type {any} */ app, /** @type {any} */ request, /** @type {boolean} */ silentFirst) {
  if (silentFirst) {
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

/** MSAL.js on its own (a popup to Entra ID): the fall-back when Office SSO cannot give a token. */
async function standardToken(/** @type {{clientId: string}} */ config, /** @type {any} */ request, /** @type {boolean} */ silentFirst) {
  standardApp ??= loadMsal().then((msal) => msal.createStandardPublicClientApplication(msalConfig(config.clientId)))
    .catch((e) => { standardApp = null; throw e; });
  return popupToken(await standardApp, request, silentFirst);
}

/**
 * An access token for this API (scope access_as_user). `claims` and `scopes` come from a 403 consent
 * challenge and force an interactive step so the user can grant what is missing.
 * @param {{clientId: string, apiScope: string}} config
 * @param {{claims?: string, scopes?: string[], interactive?: boolean, loginHint?: string, consumer?: boolean}} [options]
 */
export async function getApiToken(config, options = {}) {
  // Outlook.com and Gmail mailboxes have neither nested app authentication nor Office SSO (NestedAppAuth and
  // IdentityAPI requirement set pages), and the API works on work or school mailboxes only.
  if (options.consumer) throw new PaneError(ErrorKind.ConsumerAccount);
  const request = tokenRequest(config, options);
  const silentFirst = !options.claims && !options.scopes?.length && !options.interactive;
  if (supportsNestedAppAuth()) {
    nestedApp ??= loadMsal().then((msal) => msal.createNestablePublicClientApplication(msalConfig(config.clientId)))
      .catch((e) => { nestedApp = null; throw e; });
    return popupToken(await nestedApp, request, silentFirst);
  }
  if (supportsOfficeSso() && silentFirst) {
    try {
      return await officeSsoToken({ allowSignInPrompt: true, allowConsentPrompt: true });
    } catch (e) {
      if (!isSsoFallBack(e)) throw signInError(e);
    }
    return standardToken(config, request, true);
  }
  // A consent round needs MSAL.js: Office SSO cannot ask for extra scopes or claims.
  if (supportsOfficeSso()) return standardToken(config, request, false);
  throw new PaneError(ErrorKind.SignInUnavailable);
}

/** Pulls `claims="…"` out of a WWW-Authenticate consent challenge (base64 or plain JSON). */
export function claimsFrom(/** @type {string|null|undefined} */ header) {
  const m = /claims="([^"]+)"/i.exec(header || '');
  if (!m) return undefined;
  try { return m[1].trim().startsWith('{') ? m[1] : atob(m[1]); } catch { return m[1]; }
}

/** The Graph scopes a consent challenge names (`scopes="a b"` in WWW-Authenticate, or the problem's `scopes`). */
export function scopesFrom(/** @type {string|null|undefined} */ header, /** @type {any} */ problem) {
  const m = /scopes?="([^"]+)"/i.exec(header || '');
  const listed = m ? m[1].split(/[\s,]+/) : Array.isArray(problem?.scopes) ? problem.scopes : [];
  return listed.map((/** @type {any} */ s) => String(s).trim()).filter(Boolean);
}
