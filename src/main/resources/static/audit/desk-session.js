/*
 * Signing in and out on the desk's own pages (the auditor page, the KPI dashboard): the Camunda
 * webapps' sign-in, so one sign-in serves Tasklist, Cockpit and these pages, and signing out here
 * signs out of all of them. Needs ./i18n.js (window.DeskI18n) loaded first.
 */
(function () {
  'use strict';

  /** The Camunda webapps' own login and "who am I" (the engine is the starter's "default"). */
  var WEBAPP_AUTH = '/camunda/api/admin/auth/user/default';
  var SIGN_OUT = '/api/session/sign-out';
  var i18n = window.DeskI18n;

  /**
   * The headers of every call to /api: the page's language, and X-Requested-With, so that the
   * server answers 401 without the Basic challenge that would pop up the browser's password dialog.
   */
  function apiHeaders() {
    return { Accept: 'application/json', 'Accept-Language': i18n.tag(), 'X-Requested-With': 'XMLHttpRequest' };
  }

  /**
   * The Camunda webapps' CSRF token of this session. Their filter names it in a response header
   * only when it creates it; a session that already holds one (its cookie belongs to /camunda,
   * where these pages cannot read it) is dropped first, which is harmless before signing in.
   */
  function webappToken() {
    function fetchToken() {
      return fetch(WEBAPP_AUTH, { credentials: 'same-origin', headers: { Accept: 'application/json' } }).then(function (response) {
        return response.headers.get('X-XSRF-TOKEN');
      });
    }
    return fetchToken().then(function (token) {
      if (token) {
        return token;
      }
      return fetch(SIGN_OUT, { method: 'POST', credentials: 'same-origin', headers: apiHeaders() }).then(fetchToken);
    });
  }

  /**
   * Signs in exactly as Welcome, Tasklist and Cockpit do (and so for them too). Rejects with an
   * Error whose message the page shows; {@code shown} is true when it is already a sentence.
   */
  function signIn(user, password) {
    var credentials = new URLSearchParams();
    credentials.set('username', user);
    credentials.set('password', password);
    return webappToken()
      .then(function (token) {
        return fetch(WEBAPP_AUTH + '/login/welcome', {
          method: 'POST',
          credentials: 'same-origin',
          headers: { Accept: 'application/json', 'Content-Type': 'application/x-www-form-urlencoded', 'X-XSRF-TOKEN': token || '' },
          body: credentials
        });
      })
      .then(function (response) {
        if (!response.ok) {
          var failed = new Error(response.status === 401 || response.status === 403 ? i18n.t('signin.failed') : i18n.t('signin.error', i18n.t('http.other', response.status)));
          failed.shown = true;
          throw failed;
        }
      });
  }

  /** Ends the session: of the page and of the Camunda webapps alike. */
  function signOut() {
    return fetch(SIGN_OUT, { method: 'POST', credentials: 'same-origin', headers: apiHeaders() });
  }

  /**
   * Wires the page's sign-in form (#sign-in-form, #sign-in-user, #sign-in-password,
   * #sign-in-error, #sign-in-button) and its sign-out button (#sign-out): signedIn runs after a
   * sign-in succeeded, signedOut after signing out.
   */
  function bindForms(signedIn, signedOut) {
    var t = i18n.t;
    var error = document.querySelector('#sign-in-error');
    var button = document.querySelector('#sign-in-button');
    var password = document.querySelector('#sign-in-password');
    document.querySelector('#sign-in-form').addEventListener('submit', function (event) {
      event.preventDefault();
      error.hidden = true;
      button.disabled = true;
      button.textContent = t('signin.busy');
      signIn(document.querySelector('#sign-in-user').value.trim(), password.value)
        .then(function () {
          password.value = '';
          return signedIn();
        })
        .catch(function (failure) {
          error.textContent = failure.shown ? failure.message : t('signin.error', failure.message);
          error.hidden = false;
        })
        .finally(function () {
          button.disabled = false;
          button.textContent = t('signin.submit');
        });
    });
    document.querySelector('#sign-out').addEventListener('click', function () {
      signOut().finally(signedOut);
    });
  }

  /**
   * JSON from the desk's API. Resolves with the parsed body; rejects with an Error whose message is
   * the problem's detail (or a sentence for the status) and whose status is the HTTP status. A 401
   * calls {@code options.unauthorized} first (the page shows its sign-in). {@code options.body} is
   * sent as JSON with the session's write token, without which a write is refused.
   */
  function json(url, options) {
    var opts = options || {};
    var headers = apiHeaders();
    var init = { method: opts.method || 'GET', credentials: 'same-origin', headers: headers };
    if (opts.body !== undefined) {
      headers['Content-Type'] = 'application/json';
      headers['X-Desk-Write-Token'] = opts.writeToken || '';
      init.body = JSON.stringify(opts.body);
    }
    return fetch(url, init).then(function (response) {
      if (response.ok) {
        return response.json();
      }
      return response.text().then(function (body) {
        var detail = '';
        try {
          detail = JSON.parse(body).detail || '';
        } catch (ignored) {
          detail = '';
        }
        var known = i18n.t('http.' + response.status);
        var error = new Error(detail || (known !== 'http.' + response.status ? known : i18n.t('http.other', response.status)));
        error.status = response.status;
        if (response.status === 401 && opts.unauthorized) {
          opts.unauthorized();
        }
        throw error;
      });
    });
  }

  /** Shows the view #<name>-view and hides the page's other views. */
  function showView(views, name) {
    views.forEach(function (view) {
      document.querySelector('#' + view + '-view').hidden = view !== name;
    });
  }

  /** The signed-out page: no user in the header, the sign-in form shown and focused. */
  function showSignedOut(views) {
    document.querySelector('#signed-in').hidden = true;
    showView(views, 'sign-in');
    document.querySelector('#sign-in-user').focus();
  }

  /** The language buttons (data-language) say which language the page is in. */
  function markLanguage() {
    Array.prototype.forEach.call(document.querySelectorAll('[data-language]'), function (button) {
      button.setAttribute('aria-pressed', String(button.getAttribute('data-language') === i18n.language()));
    });
  }

  window.DeskSession = {
    apiHeaders: apiHeaders,
    bindForms: bindForms,
    json: json,
    showView: showView,
    showSignedOut: showSignedOut,
    markLanguage: markLanguage
  };
})();
