// What went wrong, as a value. Every module throws PaneError (or lets a library error through), and
// classify() is the one place that reads library errors: MSAL error codes, Office SSO codes and the API's
// HTTP statuses. Callers switch on the kind, never on a message.

export const ErrorKind = Object.freeze({
  /** The request was replaced by a newer one (fetch aborted). */
  Aborted: 'aborted',
  /** The server could not be reached. */
  Network: 'network',
  /** 400: the plan is incomplete or invalid (problem details name the fields). */
  Invalid: 'invalid',
  /** 422: a field looks like a secret. */
  Secret: 'secret',
  /** 401: the API refused the token. */
  Unauthorized: 'unauthorized',
  /** 403: the user must consent to more (WWW-Authenticate carries the claims). */
  ConsentRequired: 'consentRequired',
  /** 404: the message is gone. */
  NotFound: 'notFound',
  /** 429: too many requests; try again after Retry-After. */
  TooMany: 'tooMany',
  /** 503: the server (or Graph behind it) cannot answer now; Retry-After says when to try again. */
  Unavailable: 'unavailable',
  /** 501: the server has no sign-in configuration. */
  ServerNotConfigured: 'serverNotConfigured',
  /** Any other HTTP error from the API. */
  Server: 'server',
  /** The user closed or cancelled the sign-in. */
  SignInCancelled: 'signInCancelled',
  /** Neither nested app authentication nor Office SSO is available in this client. */
  SignInUnavailable: 'signInUnavailable',
  /** Sign-in failed for another reason (the library's code is kept in `code`). */
  SignInFailed: 'signInFailed',
  /** The client lacks a requirement set (`set` names it). */
  MissingRequirement: 'missingRequirement',
  /** No message is open. */
  NoItem: 'noItem',
  /** An Office.js call reported failure. */
  HostFailed: 'hostFailed',
  /** Anything else. */
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

/** Office SSO (Office.auth.getAccessToken) error codes that mean the user stopped the sign-in. */
const OFFICE_SSO_CANCELLED = new Set([13001]);

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
  if (codes.some((c) => MSAL_CANCELLED.has(String(c).toLowerCase()) || OFFICE_SSO_CANCELLED.has(c))) {
    return ErrorKind.SignInCancelled;
  }
  return codes.length ? ErrorKind.SignInFailed : ErrorKind.Unknown;
}
