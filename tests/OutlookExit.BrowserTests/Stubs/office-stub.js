// Stands in for office.js in the browser tests. The scenario comes from window.__officeScenario (set by an
// init script before the page loads); every call the pane makes is recorded on window.__office.calls.
(function () {
  const s = Object.assign({
    host: 'Outlook',
    mode: 'read', // read | compose
    bodyType: 'html', // html | text (compose)
    sets: { Mailbox: '1.14', NestedAppAuth: '1.1', IdentityAPI: '1.3' },
    displayLanguage: 'en-US',
    theme: null,
    roaming: {},
    userName: 'Alex Rivera',
    from: { displayName: 'Jordan Lee', emailAddress: 'jordan@acme.example' },
    to: [{ displayName: 'Jordan Lee', emailAddress: 'jordan@acme.example' }],
    itemId: 'AAMkAD-ews/item+id=',
    accessToken: 'office-sso-token',
    accessTokenError: null, // an Office SSO error code (e.g. 13001) makes getAccessToken reject with it
    accountType: 'enterprise', // userProfile.accountType: enterprise | office365 | outlookCom | gmail
    authContext: { loginHint: 'alex@rivera.example', userPrincipalName: 'alex@rivera.example', authorityType: 'aad' },
    insertError: null, // an Office error name (e.g. 'ErrorNonExistentMailbox') makes displayReplyFormAsync / setSelectedDataAsync fail
    clientSignature: false, // isClientSignatureEnabledAsync (Mailbox 1.10, compose)
    composeBody: '', // what body.getAsync answers in compose mode
    shared: null, // getSharedPropertiesAsync's answer (Mailbox 1.8, read): { targetMailbox, owner, delegatePermissions }
  }, window.__officeScenario || {});

  const calls = [];
  const record = (name, args) => calls.push({ name, args: JSON.parse(JSON.stringify(args ?? null)) });
  const ok = (value) => ({ status: 'succeeded', value, error: null });
  const later = (cb, value) => setTimeout(() => cb && cb(ok(value)), 0);
  const failed = (name) => ({ status: 'failed', value: undefined, error: { name, message: name, code: 9999 } });
  // insertHangs: the host never calls back (as pinned panes of some classic Outlook builds did).
  const insertion = (cb) => { if (!s.insertHangs) setTimeout(() => cb && cb(s.insertError ? failed(s.insertError) : ok()), 0); };
  const version = (v) => String(v).split('.').map(Number);
  const atLeast = (have, want) => {
    const [a, b] = version(have), [c, d] = version(want || '1.0');
    return a > c || (a === c && (b || 0) >= (d || 0));
  };

  const roaming = Object.assign({}, s.roaming);
  const handlers = {};
  const saved = { value: null };

  const readItem = {
    itemType: 'message',
    itemId: s.itemId,
    from: s.from,
    subject: 'Re: Spring campaign',
    conversationId: s.conversationId === undefined ? 'AAQkAD-conversation' : s.conversationId,
    // readBody: what body.getAsync answers in read mode (the client's message, quoted history and all).
    body: { getAsync(type, cb) { record('body.getAsync', [type]); later(cb, s.readBody || ''); } },
    displayReplyForm(data) { record('displayReplyForm', [data]); },
    displayReplyAllForm(data) { record('displayReplyAllForm', [data]); },
  };
  if (atLeast(s.sets.Mailbox || '0.0', '1.9')) {
    readItem.displayReplyFormAsync = (data, cb) => { record('displayReplyFormAsync', [data]); insertion(cb); };
    readItem.displayReplyAllFormAsync = (data, cb) => { record('displayReplyAllFormAsync', [data]); insertion(cb); };
  }
  if (atLeast(s.sets.Mailbox || '0.0', '1.8')) {
    readItem.getSharedPropertiesAsync = (cb) => {
      record('getSharedPropertiesAsync', []);
      setTimeout(() => cb(s.shared ? ok(s.shared) : failed('GenericResponseError')), 0);
    };
  }

  const composeItem = {
    itemType: 'message',
    to: { getAsync(cb) { record('to.getAsync', []); later(cb, s.to); } },
    // newMessage: a new message (no conversation yet, empty subject) instead of a reply.
    conversationId: s.newMessage ? null : 'AAQkAD-conversation',
    subject: {
      getAsync(cb) { record('subject.getAsync', []); later(cb, s.newMessage ? '' : 'RE: Spring campaign'); },
      setAsync(value, cb) { record('subject.setAsync', [value]); later(cb); },
    },
    body: {
      getAsync(type, cb) { record('body.getAsync', [type]); later(cb, s.composeBody); },
      getTypeAsync(cb) { record('body.getTypeAsync', []); later(cb, s.bodyType); },
      setSelectedDataAsync(data, options, cb) { record('body.setSelectedDataAsync', [data, options]); insertion(cb); },
      setAsync(data, options, cb) { record('body.setAsync', [data, options]); later(cb); },
      prependAsync(data, options, cb) { record('body.prependAsync', [data, options]); later(cb); },
    },
  };

  if (atLeast(s.sets.Mailbox || '0.0', '1.10')) {
    composeItem.isClientSignatureEnabledAsync = (cb) => { record('isClientSignatureEnabledAsync', []); later(cb, s.clientSignature); };
  }

  const mailbox = {
    item: s.mode === 'compose' ? composeItem : readItem,
    userProfile: { displayName: s.userName, emailAddress: 'alex@rivera.example', accountType: s.accountType },
    convertToRestId(id, v) { record('convertToRestId', [id, v]); return `rest:${id}`; },
    convertToEwsId(id, v) { record('convertToEwsId', [id, v]); return `ews:${id}`; },
    displayMessageForm(id) { record('displayMessageForm', [id]); },
    addHandlerAsync(type, handler, cb) { record('addHandlerAsync', [type]); handlers[type] = handler; later(cb); },
  };

  const context = s.host ? {
    mailbox,
    displayLanguage: s.displayLanguage,
    diagnostics: { hostName: s.hostName || 'OutlookWebApp', platform: s.platform || 'OfficeOnline', version: '16.0' },
    officeTheme: s.theme || undefined,
    requirements: { isSetSupported(name, v) { return !!s.sets[name] && atLeast(s.sets[name], v); } },
    roamingSettings: {
      get(key) { record('roamingSettings.get', [key]); return roaming[key]; },
      set(key, value) { record('roamingSettings.set', [key, value]); roaming[key] = value; },
      remove(key) { record('roamingSettings.remove', [key]); delete roaming[key]; },
      saveAsync(cb) { record('roamingSettings.saveAsync', []); saved.value = JSON.parse(JSON.stringify(roaming)); later(cb); },
    },
  } : { requirements: { isSetSupported() { return false; } } };

  /** Simulates selecting another message in a pinned pane. */
  const changeItem = (from) => {
    mailbox.item = Object.assign({}, readItem, { from, itemId: `${s.itemId}-2` });
    handlers.olkItemSelectedChanged?.({ type: 'olkItemSelectedChanged' });
  };
  /** Another message is selected but the host says nothing (no ItemChanged), as some hosts do. */
  const swapItem = (from, subject) => {
    mailbox.item = Object.assign({}, readItem, { from, subject: subject || readItem.subject, itemId: `${s.itemId}-3` });
  };
  window.__office = { calls, scenario: s, saved, changeItem, swapItem };
  window.Office = {
    HostType: { Outlook: 'Outlook' },
    CoercionType: { Html: 'html', Text: 'text' },
    AsyncResultStatus: { Succeeded: 'succeeded', Failed: 'failed' },
    MailboxEnums: { RestVersion: { v1_0: 'v1.0', v2_0: 'v2.0', Beta: 'beta' } },
    EventType: { ItemChanged: 'olkItemSelectedChanged' },
    context,
    auth: {
      getAuthContext() {
        record('auth.getAuthContext', []);
        return Promise.resolve(s.authContext);
      },
      getAccessToken(options) {
        record('auth.getAccessToken', [options]);
        return s.accessTokenError
          ? Promise.reject(Object.assign(new Error('SSO failed'), { code: s.accessTokenError, name: 'SSO error' }))
          : Promise.resolve(s.accessToken);
      },
    },
    // readyDelayMs: office.js that takes its time (slow network, busy host) before it answers.
    onReady(cb) {
      const info = s.host ? { host: s.host, platform: 'OfficeOnline' } : { host: null, platform: null };
      const delay = s.readyDelayMs || 0;
      if (cb) setTimeout(() => cb(info), delay);
      return new Promise((resolve) => setTimeout(() => resolve(info), delay));
    },
  };
})();
