/*
 * The satisfaction questionnaire behind a link (QA-04): the link's token (#t=...) is handled as on
 * the case page (resident-api.js: out of the address bar at once, this tab only, X-Resident-Token). The page shows
 * the services to rate on the five-level scale and sends one answer; a refusal shows the server's
 * message and keeps what was entered.
 */
(function () {
  'use strict';

  var I = window.SurveyI18n;
  var t = I.t;
  var TOKEN = 'desk.survey.token';
  var LEVELS = [5, 4, 3, 2, 1];
  var questionnaire = null;

  function $(id) {
    return document.getElementById(id);
  }

  // the link's token and the request wrapper are the case page's (resident-api.js)
  var client = window.ResidentApi.client({ storageKey: TOKEN, languageTag: I.tag });
  var token = client.token;
  var takeTokenFromLink = client.takeTokenFromLink;
  var showMessage = window.ResidentApi.showMessage;

  function api(method, body) {
    return client.request(method, '/api/resident/survey', body);
  }

  function show(view) {
    ['survey', 'thanks', 'closed'].forEach(function (name) {
      $(name + '-view').hidden = name !== view;
    });
  }

  function closed(text) {
    $('closed-text').textContent = text;
    show('closed');
  }

  function until(iso) {
    var d = new Date(new Date(iso).getTime() - 60000);
    function two(n) {
      return (n < 10 ? '0' : '') + n;
    }
    return d.getFullYear() + '-' + two(d.getMonth() + 1) + '-' + two(d.getDate()) + ' ' + two(d.getHours()) + ':' + two(d.getMinutes());
  }

  function serviceName(service) {
    return I.language() === 'en' ? service.en : service.zh;
  }

  /** One fieldset per service, five choices each; what was chosen stays when the language changes. */
  function render() {
    var chosen = ratings();
    var box = $('services');
    box.textContent = '';
    questionnaire.services.forEach(function (service) {
      var set = document.createElement('fieldset');
      set.className = 'rating';
      set.setAttribute('data-service', service.code);
      var legend = document.createElement('legend');
      legend.textContent = serviceName(service);
      set.appendChild(legend);
      LEVELS.forEach(function (level) {
        var label = document.createElement('label');
        label.className = 'choice';
        var input = document.createElement('input');
        input.type = 'radio';
        input.name = 'rating-' + service.code;
        input.value = String(level);
        input.checked = chosen[service.code] === level;
        label.appendChild(input);
        label.appendChild(document.createTextNode(t('level.' + level)));
        set.appendChild(label);
      });
      var error = document.createElement('span');
      error.className = 'error';
      error.setAttribute('data-error', 'ratings.' + service.code);
      set.appendChild(error);
      box.appendChild(set);
    });
    $('property-name').textContent = questionnaire.property;
    $('survey-purpose').textContent = questionnaire.purpose;
    $('survey-until').textContent = t('survey.until', until(questionnaire.closesAt));
  }

  function ratings() {
    var result = {};
    Array.prototype.forEach.call(document.querySelectorAll('#services input:checked'), function (input) {
      result[input.name.substring('rating-'.length)] = Number(input.value);
    });
    return result;
  }

  function clearErrors() {
    Array.prototype.forEach.call(document.querySelectorAll('#survey-form .error'), function (slot) {
      slot.textContent = '';
    });
    Array.prototype.forEach.call(document.querySelectorAll('#survey-form .invalid'), function (element) {
      element.classList.remove('invalid');
    });
  }

  function fieldError(field, text) {
    var slot = document.querySelector('#survey-form [data-error="' + field + '"]');
    if (!slot) {
      return false;
    }
    slot.textContent = text;
    slot.parentNode.classList.add('invalid');
    return true;
  }

  function submit(event) {
    event.preventDefault();
    clearErrors();
    showMessage('');
    var given = ratings();
    var missing = questionnaire.services.filter(function (service) {
      return !given[service.code];
    });
    if (missing.length) {
      missing.forEach(function (service) {
        fieldError('ratings.' + service.code, t('error.rate-all'));
      });
      showMessage(t('error.rate-all'), 'error');
      return;
    }
    var button = $('survey-submit');
    button.disabled = true;
    button.textContent = t('survey.sending');
    api('POST', { ratings: given, opinion: $('survey-form').elements.opinion.value }).then(function (reply) {
      button.disabled = false;
      button.textContent = t('survey.submit');
      if (reply.status === 204) {
        client.keepToken(null);
        show('thanks');
        return;
      }
      var problem = reply.body || {};
      if (reply.status === 401) {
        closed(problem.detail || t('error.no-token'));
        return;
      }
      var unplaced = [];
      (problem.errors || []).forEach(function (error) {
        if (!fieldError(error.field, error.message)) {
          unplaced.push(error.message);
        }
      });
      showMessage(unplaced.length ? unplaced.join('；') : problem.errors && problem.errors.length ? t('error.fix-fields') : problem.detail || t('error.server', reply.status), 'error');
    }, function () {
      button.disabled = false;
      button.textContent = t('survey.submit');
      showMessage(t('error.network'), 'error');
    });
  }

  function load() {
    if (!token()) {
      closed(t('error.no-token'));
      return;
    }
    api('GET').then(function (reply) {
      if (reply.status !== 200) {
        closed((reply.body && reply.body.detail) || t('error.server', reply.status));
        return;
      }
      questionnaire = reply.body;
      if (questionnaire.answered) {
        $('property-name').textContent = questionnaire.property;
        closed(t('survey.answered'));
        return;
      }
      render();
      show('survey');
    }, function () {
      closed(t('error.network'));
    });
  }

  function start() {
    takeTokenFromLink();
    I.apply();
    I.onSwitch(function () {
      I.apply();
      if (questionnaire && !$('survey-view').hidden) {
        render();
      }
    });
    $('survey-form').addEventListener('submit', submit);
    load();
  }

  start();
})();
