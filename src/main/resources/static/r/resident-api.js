/*
 * What the residents' pages share (the case page resident.js, the questionnaire survey.js): the
 * link's token and the request wrapper. A link's token (#t=...) leaves the address bar at once, is
 * kept in this tab's sessionStorage only (in memory when storage is refused) and sent as
 * X-Resident-Token; every request answers { status, body } with the parsed JSON (or null), never
 * cookies. And the message line at the top of each page.
 *
 *   var client = window.ResidentApi.client({ storageKey: 'resident.token', languageTag: I.tag,
 *                                            afterLink: '#/case' });
 */
(function () {
  'use strict';

  function client(options) {
    var memoryToken = null;

    function token() {
      try {
        return window.sessionStorage.getItem(options.storageKey) || memoryToken;
      } catch (ignored) {
        return memoryToken;
      }
    }

    function keepToken(value) {
      memoryToken = value;
      try {
        if (value) {
          window.sessionStorage.setItem(options.storageKey, value);
        } else {
          window.sessionStorage.removeItem(options.storageKey);
        }
      } catch (ignored) {
        // private browsing: the token lasts as long as the page
      }
    }

    /** A link's token leaves the address bar at once: it is not bookmarked, shared or sent on. */
    function takeTokenFromLink() {
      var match = /^#t=([A-Za-z0-9_-]{43})$/.exec(window.location.hash);
      if (match) {
        keepToken(match[1]);
        window.history.replaceState(null, '', window.location.pathname + window.location.search + (options.afterLink || ''));
      }
    }

    function request(method, path, body, headers) {
      var all = { 'Accept': 'application/json', 'Accept-Language': options.languageTag() };
      if (token()) {
        all['X-Resident-Token'] = token();
      }
      Object.keys(headers || {}).forEach(function (name) {
        all[name] = headers[name];
      });
      var init = { method: method, headers: all, credentials: 'omit', cache: 'no-store' };
      if (body instanceof FormData) {
        init.body = body;
      } else if (body !== undefined) {
        all['Content-Type'] = 'application/json';
        init.body = JSON.stringify(body);
      }
      return window.fetch(path, init).then(function (response) {
        if (response.status === 204) {
          return { status: 204, body: null };
        }
        return response.text().then(function (text) {
          var parsed = null;
          try {
            parsed = text ? JSON.parse(text) : null;
          } catch (ignored) {
            parsed = null;
          }
          return { status: response.status, body: parsed };
        });
      });
    }

    return { token: token, keepToken: keepToken, takeTokenFromLink: takeTokenFromLink, request: request };
  }

  /** The page's message line (#message): a text, or hidden when there is none. */
  function showMessage(text, kind) {
    var message = document.getElementById('message');
    message.textContent = text || '';
    message.className = 'message' + (kind ? ' ' + kind : '');
    message.hidden = !text;
    if (text) {
      message.scrollIntoView({ block: 'nearest' });
    }
  }

  window.ResidentApi = { client: client, showMessage: showMessage };
})();
