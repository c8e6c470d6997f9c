/*
 * The residents' page (issue 18): report with photos, follow the case through its link, confirm
 * and rate, appeal a complaint decision. No account: the case's token comes in the link's fragment
 * (#t=...), is kept in this tab's sessionStorage only and sent as X-Resident-Token. Every text is
 * set with textContent, never as HTML: what a resident typed is shown as typed.
 */
(function () {
  'use strict';

  var I = window.ResidentI18n;
  var t = I.t;
  var TOKEN = 'resident.token';
  var DRAFT = 'resident.draft';
  var MAX_PHOTOS = 6;
  var MAX_PHOTO_BYTES = 8 * 1024 * 1024;
  var PHOTO_TYPES = /^image\/(jpeg|png|heic|heif)$/;
  var PHOTO_NAMES = /\.(jpe?g|png|heic|heif)$/i;
  var DRAFT_FIELDS = ['unit', 'residentName', 'phone', 'category', 'subcategory', 'description', 'location'];

  var state = { properties: [], property: null, photos: [], reportKey: null, view: null, receipt: null };

  function $(id) {
    return document.getElementById(id);
  }

  // ---- the case's token and the API (resident-api.js, shared with the questionnaire) -------------

  var client = window.ResidentApi.client({ storageKey: TOKEN, languageTag: I.tag, afterLink: '#/case' });
  var token = client.token;
  var keepToken = client.keepToken;
  var takeTokenFromLink = client.takeTokenFromLink;
  var api = client.request;

  // ---- messages and field errors -----------------------------------------------------------------

  var showMessage = window.ResidentApi.showMessage;

  function clearErrors(form) {
    Array.prototype.forEach.call(form.querySelectorAll('.error'), function (element) {
      element.textContent = '';
    });
    Array.prototype.forEach.call(form.querySelectorAll('.invalid'), function (element) {
      element.classList.remove('invalid');
    });
  }

  function fieldError(form, field, text) {
    var name = String(field).replace(/\[\d+\]$/, '');
    var slot = form.querySelector('[data-error="' + name + '"]');
    if (!slot) {
      return false;
    }
    slot.textContent = text;
    var input = form.querySelector('[name="' + name + '"]');
    if (input) {
      input.classList.add('invalid');
    }
    return true;
  }

  /** A refusal: its field messages beside the fields, the rest on top; what was typed stays. */
  function showProblem(form, reply) {
    var problem = reply.body || {};
    var unplaced = [];
    (problem.errors || []).forEach(function (error) {
      var where = /^photos\[(\d+)\]$/.exec(error.field);
      var text = where && state.photos[where[1]] ? '“' + state.photos[where[1]].name + '” ' + error.message : error.message;
      if (!form || !fieldError(form, error.field, text)) {
        unplaced.push(text);
      }
    });
    if (problem.errors && problem.errors.length && !unplaced.length) {
      showMessage(t('error.fix-fields'), 'error');
    } else if (unplaced.length) {
      showMessage(unplaced.join('；'), 'error');
    } else {
      showMessage(problem.detail || t('error.server', reply.status), 'error');
    }
  }

  function failed() {
    showMessage(t('error.network'), 'error');
  }

  // ---- views -------------------------------------------------------------------------------------

  function show(view) {
    ['report', 'receipt', 'lookup', 'case'].forEach(function (name) {
      $(name + '-view').hidden = name !== view;
    });
    $('tab-report').classList.toggle('active', view === 'report' || view === 'receipt');
    $('tab-lookup').classList.toggle('active', view === 'lookup' || view === 'case');
    showPropertyName();
  }

  function route() {
    showMessage('');
    var hash = window.location.hash;
    if (hash.indexOf('#/case') === 0) {
      loadCase();
    } else if (hash.indexOf('#/lookup') === 0) {
      show('lookup');
    } else if (hash.indexOf('#/done') === 0 && state.receipt) {
      renderReceipt();
      show('receipt');
    } else {
      show('report');
    }
  }

  // ---- time --------------------------------------------------------------------------------------

  function when(iso, zone) {
    if (!iso) {
      return '';
    }
    var parts = {};
    new Intl.DateTimeFormat('en-CA', {
      timeZone: zone || 'Asia/Shanghai', year: 'numeric', month: '2-digit', day: '2-digit',
      hour: '2-digit', minute: '2-digit', hourCycle: 'h23'
    }).formatToParts(new Date(iso)).forEach(function (part) {
      parts[part.type] = part.value;
    });
    return parts.year + '-' + parts.month + '-' + parts.day + ' ' + parts.hour + ':' + parts.minute;
  }

  function phoneLink(element, phone) {
    element.textContent = phone || '';
    element.href = 'tel:' + String(phone || '').replace(/[^0-9+]/g, '');
  }

  // ---- report ------------------------------------------------------------------------------------

  function propertyFromAddress() {
    var match = /[?&]p=([A-Za-z0-9]{1,12})/.exec(window.location.search);
    return match ? match[1].toUpperCase() : null;
  }

  function loadProperties() {
    var wanted = propertyFromAddress();
    return api('GET', '/api/resident/properties').then(function (reply) {
      if (reply.status !== 200) {
        return;
      }
      state.properties = reply.body || [];
      var select = $('property');
      select.textContent = '';
      state.properties.forEach(function (p) {
        var option = document.createElement('option');
        option.value = p.code;
        option.textContent = p.name;
        select.appendChild(option);
      });
      var chosen = state.properties.filter(function (p) {
        return p.code === wanted;
      })[0] || (state.properties.length === 1 ? state.properties[0] : null);
      if (chosen) {
        select.value = chosen.code;
      }
      $('property-picker').hidden = !!chosen;
      choose(chosen || state.properties[0]);
    }, failed);
  }

  function choose(property) {
    state.property = property || null;
    phoneLink($('emergency-phone'), property ? property.centrePhone : '');
    showPropertyName();
  }

  /** The header names the case's property on the case, the report's property elsewhere. */
  function showPropertyName() {
    var onCase = state.view && !$('case-view').hidden;
    var name = onCase ? state.view.propertyName : (state.property ? state.property.name : t('app.centre'));
    $('property-name').textContent = name;
  }

  function emergencyChosen() {
    var category = $('category').value;
    var sub = $('subcategory').value;
    return ['public-safety', 'medical-emergency', 'disaster'].indexOf(category) >= 0 ||
      (category === 'repair' && ['burst-pipe', 'critical-leak', 'power-outage'].indexOf(sub) >= 0);
  }

  function categoryChanged() {
    $('subcategory-field').hidden = $('category').value !== 'repair';
    $('emergency-banner').classList.toggle('urgent', emergencyChosen());
  }

  function saveDraft() {
    var draft = {};
    DRAFT_FIELDS.forEach(function (name) {
      draft[name] = $(name).value;
    });
    try {
      window.localStorage.setItem(DRAFT, JSON.stringify(draft));
    } catch (ignored) {
      // no storage: the form itself keeps what was typed
    }
  }

  function restoreDraft() {
    var draft = null;
    try {
      draft = JSON.parse(window.localStorage.getItem(DRAFT) || 'null');
    } catch (ignored) {
      draft = null;
    }
    if (draft) {
      DRAFT_FIELDS.forEach(function (name) {
        if (typeof draft[name] === 'string' && draft[name]) {
          $(name).value = draft[name];
        }
      });
    }
  }

  function renderPhotos() {
    var list = $('photo-list');
    list.textContent = '';
    state.photos.forEach(function (file, index) {
      var item = document.createElement('li');
      var preview = document.createElement('img');
      preview.alt = file.name;
      preview.src = URL.createObjectURL(file);
      preview.onerror = function () {
        var label = document.createElement('span');
        label.className = 'heic';
        label.textContent = t('photos.heic');
        item.replaceChild(label, preview);
      };
      var remove = document.createElement('button');
      remove.type = 'button';
      remove.className = 'remove';
      remove.textContent = t('photos.remove');
      remove.addEventListener('click', function () {
        state.photos.splice(index, 1);
        state.reportKey = null;
        renderPhotos();
      });
      item.appendChild(preview);
      item.appendChild(remove);
      list.appendChild(item);
    });
  }

  function addPhotos(event) {
    var form = $('report-form');
    var slot = form.querySelector('[data-error="photos"]');
    slot.textContent = '';
    var problems = [];
    Array.prototype.forEach.call(event.target.files || [], function (file) {
      if (!PHOTO_TYPES.test(file.type) && !PHOTO_NAMES.test(file.name)) {
        problems.push(t('photos.wrong-type', file.name));
      } else if (file.size > MAX_PHOTO_BYTES) {
        problems.push(t('photos.too-large', file.name));
      } else if (state.photos.length >= MAX_PHOTOS) {
        problems.push(t('photos.too-many'));
      } else {
        state.photos.push(file);
      }
    });
    event.target.value = '';
    state.reportKey = null;
    slot.textContent = problems.filter(function (p, i, all) {
      return all.indexOf(p) === i;
    }).join('；');
    renderPhotos();
  }

  function checkReport(form) {
    var ok = true;
    ['unit', 'residentName', 'phone', 'description', 'location'].forEach(function (name) {
      if (!$(name).value.trim()) {
        fieldError(form, name, t('error.required'));
        ok = false;
      }
    });
    if ($('phone').value.trim() && !/^\+?[0-9 -]{5,20}$/.test($('phone').value.trim())) {
      fieldError(form, 'phone', t('error.phone'));
      ok = false;
    }
    return ok;
  }

  function newKey() {
    if (window.crypto && window.crypto.randomUUID) {
      return window.crypto.randomUUID();
    }
    var bytes = new Uint8Array(16);
    window.crypto.getRandomValues(bytes);
    return Array.prototype.map.call(bytes, function (b) {
      return ('0' + b.toString(16)).slice(-2);
    }).join('');
  }

  function submitReport(event) {
    event.preventDefault();
    var form = $('report-form');
    clearErrors(form);
    showMessage('');
    if (!checkReport(form)) {
      showMessage(t('error.fix-fields'), 'error');
      return;
    }
    var report = {
      property: state.property ? state.property.code : $('property').value,
      unit: $('unit').value.trim(),
      residentName: $('residentName').value.trim(),
      phone: $('phone').value.trim(),
      category: $('category').value,
      subcategory: $('category').value === 'repair' ? $('subcategory').value : '',
      description: $('description').value.trim(),
      location: $('location').value.trim(),
      language: I.tag()
    };
    var data = new FormData();
    data.append('report', new Blob([JSON.stringify(report)], { type: 'application/json' }));
    state.photos.forEach(function (file) {
      data.append('photos', file, file.name);
    });
    // one key per content: a retry after a lost answer gets the same case, never a second one
    state.reportKey = state.reportKey || newKey();
    var button = $('report-submit');
    button.disabled = true;
    button.textContent = t('report.sending');
    api('POST', '/api/resident/reports', data, { 'Idempotency-Key': state.reportKey }).then(function (reply) {
      if (reply.status === 201) {
        keepToken(reply.body.token);
        state.receipt = reply.body;
        state.reportKey = null;
        state.photos = [];
        renderPhotos();
        form.reset();
        try {
          window.localStorage.removeItem(DRAFT);
        } catch (ignored) {
          // nothing kept
        }
        categoryChanged();
        window.location.hash = '#/done';
      } else {
        showProblem(form, reply);
      }
    }, failed).then(function () {
      button.disabled = false;
      button.textContent = t('report.submit');
    });
  }

  function renderReceipt() {
    var receipt = state.receipt;
    $('receipt-number').textContent = receipt.caseNumber;
    $('receipt-emergency').hidden = !receipt.emergency;
    phoneLink($('receipt-phone'), receipt.centrePhone);
  }

  // ---- look up -----------------------------------------------------------------------------------

  function submitLookup(event) {
    event.preventDefault();
    var form = $('lookup-form');
    clearErrors(form);
    showMessage('');
    var body = { caseNumber: $('lookup-number').value.trim(), phoneLastFour: $('lookup-phone').value.trim() };
    var ok = true;
    if (!body.caseNumber) {
      fieldError(form, 'caseNumber', t('error.required'));
      ok = false;
    }
    if (!/^[0-9]{4}$/.test(body.phoneLastFour)) {
      fieldError(form, 'phoneLastFour', t('error.required'));
      ok = false;
    }
    if (!ok) {
      return;
    }
    keepToken(null);
    api('POST', '/api/resident/access', body).then(function (reply) {
      if (reply.status === 200) {
        keepToken(reply.body.token);
        form.reset();
        window.location.hash = '#/case';
        if (window.location.hash === '#/case') {
          route();
        }
      } else {
        showProblem(form, reply);
      }
    }, failed);
  }

  // ---- the case ----------------------------------------------------------------------------------

  function loadCase() {
    if (!token()) {
      show('lookup');
      showMessage(t('error.no-token'), 'info');
      return;
    }
    api('GET', '/api/resident/case').then(function (reply) {
      if (reply.status === 200) {
        state.view = reply.body;
        renderCase();
        show('case');
      } else {
        if (reply.status === 401) {
          keepToken(null);
        }
        show('lookup');
        showProblem($('lookup-form'), reply);
      }
    }, failed);
  }

  function renderCase() {
    var c = state.view;
    var zone = c.timeZone;
    $('case-number').textContent = c.caseNumber;
    $('case-what').textContent = t('case.what', t('category.' + c.category), c.description);
    phoneLink($('case-phone'), c.centrePhone);
    $('case-call').hidden = !c.centrePhone;

    var expected = $('expected');
    expected.hidden = !c.expected;
    if (c.expected) {
      $('expected-label').textContent = t('expected.' + c.expected.what);
      $('expected-time').textContent = when(c.expected.by, zone);
      $('expected-late').hidden = !c.expected.late;
      $('expected-late').textContent = t('expected.late', c.centrePhone || '');
      expected.classList.toggle('is-late', c.expected.late);
    }

    var timeline = $('timeline');
    timeline.textContent = '';
    c.timeline.forEach(function (step) {
      var item = document.createElement('li');
      item.className = step.current ? 'current' : 'past';
      item.setAttribute('data-step', step.code);
      var text = document.createElement('span');
      text.className = 'step';
      text.textContent = step.code === 'assigned' && c.handlerName ? t('step.assigned.by', c.handlerName) : t('step.' + step.code);
      item.appendChild(text);
      if (step.at) {
        var time = document.createElement('time');
        time.textContent = when(step.at, zone);
        item.appendChild(time);
      }
      timeline.appendChild(item);
    });

    renderCasePhotos(c);

    $('confirm-form').hidden = !c.awaitingConfirmation;
    var rated = $('rated');
    rated.hidden = c.awaitingConfirmation || !c.satisfaction;
    if (c.satisfaction) {
      rated.textContent = t('rated', t('rating.' + c.satisfaction));
    }
    renderComplaint(c);
  }

  function renderCasePhotos(c) {
    var list = $('case-photo-list');
    list.textContent = '';
    $('case-photos').hidden = !c.photos.length;
    c.photos.forEach(function (photo) {
      var item = document.createElement('li');
      list.appendChild(item);
      window.fetch('/api/resident/case/photos/' + photo.id, {
        headers: { 'X-Resident-Token': token() }, credentials: 'omit', cache: 'no-store'
      }).then(function (response) {
        return response.ok ? response.blob() : null;
      }).then(function (blob) {
        if (!blob) {
          return;
        }
        var image = document.createElement('img');
        image.alt = t('case.photos');
        image.onerror = function () {
          var label = document.createElement('span');
          label.className = 'heic';
          label.textContent = t('photos.heic');
          item.replaceChild(label, image);
        };
        image.src = URL.createObjectURL(blob);
        item.appendChild(image);
      }, function () {
        // the photo stays a blank tile; the rest of the case is shown
      });
    });
  }

  function renderComplaint(c) {
    var box = $('complaint');
    var complaint = c.complaint;
    box.hidden = !complaint;
    if (!complaint) {
      return;
    }
    var zone = c.timeZone;
    $('complaint-measures').textContent = complaint.decidedAt ? t('complaint.measures', complaint.measures || '') : t('complaint.pending');
    $('complaint-deadline').textContent = complaint.measuresDeadline ? t('complaint.deadline', complaint.measuresDeadline) : '';
    var deadline = '';
    if (complaint.appealDeadline && !complaint.appealLodgedAt) {
      deadline = complaint.appealOpen ? t('complaint.appeal-until', when(complaint.appealDeadline, zone)) : t('complaint.appeal-closed', when(complaint.appealDeadline, zone));
    }
    $('complaint-appeal-deadline').textContent = deadline;
    var appealState = '';
    if (complaint.appealOutcome) {
      appealState = t(complaint.appealUpheld ? 'complaint.upheld' : 'complaint.rejected', complaint.appealOutcome);
    } else if (complaint.appealLodgedAt) {
      appealState = t('complaint.appealed', when(complaint.appealLodgedAt, zone));
    }
    $('complaint-appeal-state').textContent = appealState;
    $('appeal-form').hidden = !complaint.appealOpen;
  }

  function checked(form, name) {
    var chosen = form.querySelector('input[name="' + name + '"]:checked');
    return chosen ? chosen.value : null;
  }

  function submitConfirmation(event) {
    event.preventDefault();
    var form = $('confirm-form');
    clearErrors(form);
    showMessage('');
    var fixed = checked(form, 'fixed');
    var satisfaction = checked(form, 'satisfaction');
    if (fixed === null) {
      fieldError(form, 'fixed', t('confirm.need-fixed'));
    }
    if (satisfaction === null) {
      fieldError(form, 'satisfaction', t('confirm.need-rating'));
    }
    if (fixed === null || satisfaction === null) {
      return;
    }
    var body = { fixed: fixed === 'true', satisfaction: satisfaction, comment: $('confirm-comment').value.trim() };
    $('confirm-submit').disabled = true;
    api('POST', '/api/resident/case/confirmation', body).then(function (reply) {
      if (reply.status === 204) {
        form.reset();
        showMessage(t(body.fixed ? 'confirm.thanks' : 'confirm.thanks-rework'), 'success');
        reloadKeepingMessage();
      } else {
        showProblem(form, reply);
      }
    }, failed).then(function () {
      $('confirm-submit').disabled = false;
    });
  }

  function submitAppeal(event) {
    event.preventDefault();
    var form = $('appeal-form');
    clearErrors(form);
    showMessage('');
    var text = $('appeal-text').value.trim();
    if (!text) {
      fieldError(form, 'appealText', t('appeal.need-text'));
      return;
    }
    $('appeal-submit').disabled = true;
    api('POST', '/api/resident/case/appeal', { appealText: text }).then(function (reply) {
      if (reply.status === 204) {
        form.reset();
        showMessage(t('appeal.thanks'), 'success');
        reloadKeepingMessage();
      } else {
        showProblem(form, reply);
      }
    }, failed).then(function () {
      $('appeal-submit').disabled = false;
    });
  }

  function reloadKeepingMessage() {
    api('GET', '/api/resident/case').then(function (reply) {
      if (reply.status === 200) {
        state.view = reply.body;
        renderCase();
      }
    }, failed);
  }

  // ---- start -------------------------------------------------------------------------------------

  function languageSwitched() {
    I.apply();
    if (state.property) {
      choose(state.property);
    }
    if (state.view && !$('case-view').hidden) {
      renderCase();
    }
    renderPhotos();
  }

  function start() {
    I.apply();
    takeTokenFromLink();
    restoreDraft();
    categoryChanged();
    I.onSwitch(languageSwitched);
    $('property').addEventListener('change', function () {
      choose(state.properties.filter(function (p) {
        return p.code === $('property').value;
      })[0]);
    });
    $('category').addEventListener('change', categoryChanged);
    $('subcategory').addEventListener('change', categoryChanged);
    $('report-form').addEventListener('input', function () {
      state.reportKey = null;
      saveDraft();
    });
    $('photos').addEventListener('change', addPhotos);
    $('report-form').addEventListener('submit', submitReport);
    $('lookup-form').addEventListener('submit', submitLookup);
    $('confirm-form').addEventListener('submit', submitConfirmation);
    $('appeal-form').addEventListener('submit', submitAppeal);
    $('case-refresh').addEventListener('click', loadCase);
    window.addEventListener('hashchange', function () {
      takeTokenFromLink();
      route();
    });
    loadProperties();
    route();
  }

  start();
})();
