/*
 * Chinese and English for the desk's own pages (the auditor page, the residents' page): one page's
 * texts in, the lookup and switch out. The language is the one the user chose on a page (kept in
 * localStorage, shared by the pages), else the browser's first language if it is Chinese or English
 * (as the Camunda webapps decide), else Chinese. Texts are looked up by key; {0}, {1} are replaced
 * by the arguments. Elements carry data-i18n (text), data-i18n-placeholder, data-i18n-title and
 * data-i18n-aria-label attributes; the document's title is the text 'page.title'.
 */
(function () {
  'use strict';

  var STORE = 'desk.language';

  window.PageI18n = function (TEXTS) {
    function stored() {
      try {
        return window.localStorage.getItem(STORE);
      } catch (ignored) {
        return null;
      }
    }

    /** Chinese or English: the page's choice, else the browser's first language, else Chinese. */
    function initial() {
      var choice = stored();
      if (TEXTS[choice]) {
        return choice;
      }
      var browser = ((navigator.languages && navigator.languages[0]) || navigator.language || '').toLowerCase();
      return browser.split('-')[0] === 'en' ? 'en' : 'zh';
    }

    var language = initial();

    function t(key) {
      var text = TEXTS[language][key];
      if (text === undefined) {
        text = TEXTS.zh[key] !== undefined ? TEXTS.zh[key] : key;
      }
      var args = Array.prototype.slice.call(arguments, 1);
      return text.replace(/\{(\d+)\}/g, function (all, index) {
        return args[index] !== undefined ? String(args[index]) : all;
      });
    }

    /** A label for a code (kind, category, status), or the code itself where there is none. */
    function label(prefix, code) {
      if (code === null || code === undefined || code === '') {
        return '';
      }
      var key = prefix + '.' + code;
      return TEXTS[language][key] !== undefined ? TEXTS[language][key] : String(code);
    }

    /** Fills every element with a data-i18n* attribute below root (the document by default). */
    function apply(root, zone) {
      var scope = root || document;
      [['data-i18n', null], ['data-i18n-placeholder', 'placeholder'], ['data-i18n-title', 'title'], ['data-i18n-aria-label', 'aria-label']].forEach(function (pair) {
        Array.prototype.forEach.call(scope.querySelectorAll('[' + pair[0] + ']'), function (element) {
          var text = t(element.getAttribute(pair[0]), zone);
          if (pair[1]) {
            element.setAttribute(pair[1], text);
          } else {
            element.textContent = text;
          }
        });
      });
      document.documentElement.lang = language === 'zh' ? 'zh-CN' : 'en';
      document.title = t('page.title');
    }

    function set(choice) {
      if (!TEXTS[choice]) {
        return;
      }
      language = choice;
      try {
        window.localStorage.setItem(STORE, choice);
      } catch (ignored) {
        // private browsing: the choice lasts until the page is left
      }
    }

    /** Adds a page's own texts (another page of ours loading a page's texts, e.g. the KPI dashboard). */
    function extend(more) {
      Object.keys(more).forEach(function (lang) {
        Object.keys(more[lang]).forEach(function (key) {
          TEXTS[lang][key] = more[lang][key];
        });
      });
    }

    /**
     * Binds every language button (data-language="zh" or "en") below the document: a click on
     * another language than the current one switches to it and then calls changed(language).
     */
    function onSwitch(changed) {
      Array.prototype.forEach.call(document.querySelectorAll('[data-language]'), function (button) {
        button.addEventListener('click', function () {
          var choice = button.getAttribute('data-language');
          if (choice === language || !TEXTS[choice]) {
            return;
          }
          set(choice);
          changed(choice);
        });
      });
    }

    return {
      extend: extend,
      onSwitch: onSwitch,
      t: t,
      label: label,
      apply: apply,
      set: set,
      language: function () {
        return language;
      },
      /** The tag the server understands (Accept-Language, ?lang=). */
      tag: function () {
        return language === 'zh' ? 'zh-CN' : 'en';
      }
    };
  };
})();
