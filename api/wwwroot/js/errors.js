// What went wrong, as a value. Every module throws PaneError (or lets a library error through), and
// classify() is the one place that reads library errors: MSAL error codes, Office SSO codes and the API's
// HTTP statuses. Callers switch on the kind, never on a message.

export const ErrorKind = Object.freeze({
  Aborted: 'aborted', // a newer request replaced this one
  Network: 'network', // the server could not be reached (status 0)
  Invalid: 'invalid', // 400: the problem details name the fields
  Secret: 'secret', // 422: a field looks like a secret
  Unauthorized: 'unauthorized', // 401
  ConsentRequired: 'consentRequired', // 403: WWW-Authenticate carries the claims to consent to
  NotFound: 'notFound', // 404: the message is gone
  TooMany: 'tooMany', // 429: try again after Retry-After
  Unavailable: 'unavailable', // 503: the server (or Graph behind it) cannot answer now
  ServerNotConfigured: 'serverNotConfigured', // 501: no sign-in app on the server
  Server: 'server', // any other HTTP error
  SignInCancelled: 'signInCancelled', // the user closed or cancelled the sign-in
  SignInUnavailable: 'signInUnavailable', // neither nested app authentication nor Office SSO here
  SignInFailed: 'signInFailed', // MSAL.js or Office SSO failed otherwise (its code stays on the error)
  NotSignedIn: 'notSignedIn', // Office SSO 13001: nobody is signed in to Office
  SignInRestart: 'signInRestart', // Office SSO 13006: Office on the web asks for sign-out and a new browser session
  ConsumerAccount: 'consumerAccount', // Outlook.com: neither nested app authentication nor Office SSO exists there
  ReadOnlyMailbox: 'readOnlyMailbox', // a shared or delegated mailbox the user may not write to
  MissingRequirement: 'missingRequirement', // the client lacks a requirement set (`set` names it)
  NoItem: 'noItem', // no message is open
  HostFailed: 'hostFailed', // an Office.js call reported failure
  Unknown: 'unknown',
});

export class PaneError extends Error {
  /**
   * @param {string} kind one of ErrorKind
   * @param {string} [message]
   * @param {Record<string, any>} [details] copied onto the error (e.g. `set`, `status`, `code`)
   */
  constructor(kind, message = kind, details = {}) {
    super(message);
    this.kind = kind;
    Object.assign(this, details);
  }
}

/** MSAL.js error codes (browser and nested-app bridge) that mean the user stopped the sign-in. */
const MSAL_CANCELLED = new Set(['user_cancelled', 'user_canceled', 'interaction_in_progress_cancelled', 'popup_window_error']);

/**
 * Office SSO (Office.auth.getAccessToken) error codes, from Microsoft's table in "Troubleshoot error messages
 * for single sign-on (SSO)" (https://learn.microsoft.com/office/dev/add-ins/develop/troubleshoot-sso-in-office-add-ins):
 * 13002 the user aborted sign-in or consent; 13001 nobody is signed in to Office; 13006 "suggest that the user
 * sign out and then restart the Office browser session"; the codes whose recommended handling is "fall back to
 * an alternate system of user authentication" (MSAL.js with a popup here): 13000, 13003, 13005, 13007, 13012,
 * 13013 (throttled; after the one retry Office itself makes) and 50001.
 */
export const OfficeSso = Object.freeze({
  cancelled: new Set([13002]),
  notSignedIn: new Set([13001]),
  restartSession: new Set([13006]),
  fallBack: new Set([13000, 13003, 13005, 13007, 13012, 13013, 50001]),
});

/** True when Microsoft's table says to fall back from Office SSO to another sign-in for this error. */
export const isSsoFallBack = (/** @type {any} */ e) => OfficeSso.fallBack.has(Number(e?.code));

/** @type {Record<number, string>} */
const BY_STATUS = {
  0: ErrorKind.Network,
  400: ErrorKind.Invalid,
  401: ErrorKind.Unauthorized,
  403: ErrorKind.ConsentRequired,
  404: ErrorKind.NotFound,
  422: ErrorKind.Secret,
  429: ErrorKind.TooMany,
  501: ErrorKind.ServerNotConfigured,
  503: ErrorKind.Unavailable,
};

/** The kind of an HTTP status from the API (0 for a network failure). */
export const kindOfStatus = (/** @type {number} */ status) => BY_STATUS[status] ?? ErrorKind.Server;

/**
 * The kind of any error the pane can meet: its own PaneError (ApiError included), an aborted fetch, or an
 * error from MSAL.js (`errorCode`) or Office.auth.getAccessToken (numeric `code`).
 */
export function classify(/** @type {any} */ e) {
  if (e instanceof PaneError) return e.kind;
  if (e?.name === 'AbortError') return ErrorKind.Aborted;
  const codes = [e?.errorCode, e?.code].filter(Boolean);
  if (codes.some((c) => MSAL_CANCELLED.has(String(c).toLowerCase()) || OfficeSso.cancelled.has(Number(c)))) {
    return ErrorKind.SignInCancelled;
  }
  if (codes.some((c) => OfficeSso.notSignedIn.has(Number(c)))) return ErrorKind.NotSignedIn;
  if (codes.some((c) => OfficeSso.restartSession.has(Number(c)))) return ErrorKind.SignInRestart;
  return codes.length ? ErrorKind.SignInFailed : ErrorKind.Unknown;
}
