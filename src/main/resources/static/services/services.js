/*
 * The special-services page (issue 16; SVC-01, SVC-04, SVC-07, SVC-08, SVC-11, SVC-16): the
 * catalogue in force, the bookings and the long-term agreements at one or all of the reader's
 * properties, read from GET /api/special-services/board?property=.. (the property in the URL hash).
 * The customer-service head and process owners change the catalogue here through
 * PUT /api/special-services/catalogue/{code}, which checks who may change what and records each
 * change with its reason; everyone else only reads.
 *
 * Signing in is the Camunda webapps' sign-in (../audit/desk-session.js, shared with the auditor
 * page and the KPI dashboard). Texts: ../audit/i18n.js, ./texts.js.
 *
 *   #/?property=YG
 */
(function () {
  'use strict';

  var API = '/api/special-services/board';
  var CATALOGUE = '/api/special-services/catalogue/';
  var i18n = window.DeskI18n;
  var t = i18n.t;
  var desk = window.DeskSession;
  var VIEWS = ['sign-in', 'forbidden', 'board'];

  var state = { session: null, board: null, token: 0, editing: null };

  function $(selector) {
    return document.querySelector(selector);
  }

  function getJson(url) {
    return desk.json(url, { unauthorized: showSignIn });
  }

  function putJson(url, body) {
    return desk.json(url, {
      method: 'PUT',
      body: body,
      writeToken: state.session && state.session.writeToken,
      unauthorized: showSignIn
    });
  }

  function showMessage(text, ok) {
    $('#message').textContent = text || '';
    $('#message').hidden = !text;
    $('#message').classList.toggle('ok', !!ok);
  }

  function showView(name) {
    desk.showView(VIEWS, name);
  }

  function cell(row, text, className) {
    var td = document.createElement('td');
    td.textContent = text == null || text === '' ? '–' : String(text);
    if (className) {
      td.className = className;
    }
    row.appendChild(td);
    return td;
  }

  function emptyRow(tbody, columns) {
    var tr = document.createElement('tr');
    var td = cell(tr, t('svc.none'));
    td.colSpan = columns;
    tbody.appendChild(tr);
  }

  function money(value) {
    return value == null ? '' : Number(value).toFixed(2);
  }

  function serviceName(row) {
    var name = i18n.language() === 'en' && row.serviceNameEn ? row.serviceNameEn : row.serviceNameZh;
    return (name || '') + ' (' + row.serviceCode + ')';
  }

  // ---- the tables --------------------------------------------------------------------------------

  function fillCatalogue() {
    var board = state.board;
    var tbody = $('#catalogue-table tbody');
    tbody.innerHTML = '';
    $('#catalogue-scope').textContent = board.catalogueScope === '*' ? t('svc.catalogue.company') : t('svc.catalogue.property', propertyName(board.catalogueScope));
    board.catalogue.forEach(function (entry) {
      var tr = document.createElement('tr');
      tr.setAttribute('data-code', entry.code);
      cell(tr, entry.code);
      cell(tr, (i18n.language() === 'en' ? entry.nameEn : entry.nameZh) + (entry.active ? '' : ' ' + t('svc.inactive')));
      cell(tr, i18n.label('kind', entry.kind) + ' · ' + i18n.label('class', entry.serviceClass));
      cell(tr, t('svc.price', money(entry.unitPrice), i18n.label('unit', entry.unit)), 'number');
      cell(tr, i18n.label('group', entry.deliveringGroup));
      cell(tr, entry.risky ? t('svc.yes') : t('svc.no'), entry.risky ? 'miss' : '');
      cell(tr, entry.scope === '*' ? t('svc.scope.company') : t('svc.scope.property'));
      cell(tr, entry.changedAt ? entry.changedAt.substring(0, 10) + ' ' + (entry.changedBy || '') : '');
      var edit = cell(tr, '', 'edit-column');
      edit.textContent = '';
      var button = document.createElement('button');
      button.type = 'button';
      button.className = 'link';
      button.textContent = t('svc.edit.button');
      button.setAttribute('data-edit', entry.code);
      button.addEventListener('click', function () {
        openEditor(entry);
      });
      edit.appendChild(button);
      tbody.appendChild(tr);
    });
    if (!board.catalogue.length) {
      emptyRow(tbody, 9);
    }
    Array.prototype.forEach.call(document.querySelectorAll('.edit-column'), function (node) {
      node.hidden = !board.mayEditCatalogue;
    });
  }

  function punctuality(booking) {
    if (!booking.arrival) {
      return '';
    }
    var offset = booking.arrivalOffsetMinutes || 0;
    var how = offset < 0 ? t('svc.early', -offset) : offset > 0 ? t('svc.late', offset) : t('svc.on-time');
    return t('svc.arrived', booking.arrival.substring(11), how) + (booking.punctualityMissed ? ' ' + t('svc.miss') : '');
  }

  function acceptance(booking) {
    if (booking.accepted === true) {
      return t('svc.accepted', booking.acceptedByResident || '', i18n.label('method', booking.acceptanceMethod));
    }
    return booking.accepted === false ? t('svc.declined') : t('svc.not-yet');
  }

  function fillBookings() {
    var tbody = $('#bookings-table tbody');
    tbody.innerHTML = '';
    state.board.bookings.forEach(function (b) {
      var tr = document.createElement('tr');
      tr.setAttribute('data-case', b.caseNumber);
      cell(tr, b.caseNumber);
      cell(tr, b.unit);
      cell(tr, serviceName(b));
      cell(tr, i18n.label('bstatus', b.status), 'status').setAttribute('data-status', b.status);
      cell(tr, b.appointment);
      cell(tr, t('svc.quote', money(b.quotedPrice), b.quantity, i18n.label('unit', b.unitOfService)), 'number');
      cell(tr, acceptance(b));
      cell(tr, punctuality(b), b.punctualityMissed ? 'miss' : b.arrival ? 'ok' : '');
      tbody.appendChild(tr);
    });
    if (!state.board.bookings.length) {
      emptyRow(tbody, 8);
    }
  }

  function fillAgreements() {
    var tbody = $('#agreements-table tbody');
    tbody.innerHTML = '';
    state.board.agreements.forEach(function (a) {
      var tr = document.createElement('tr');
      tr.setAttribute('data-case', a.caseNumber);
      cell(tr, a.caseNumber);
      cell(tr, a.unit);
      cell(tr, serviceName(a));
      cell(tr, i18n.label('astatus', a.status), 'status').setAttribute('data-status', a.status);
      cell(tr, t('svc.period', a.periodStart, a.periodEnd) + (a.schedule ? ' · ' + a.schedule : ''));
      cell(tr, a.dedicatedStaff);
      cell(tr, money(a.agreedPrice), 'number');
      cell(tr, a.visitsAgreed + ' / ' + a.visitsDelivered, 'number');
      cell(tr, a.nextCallback);
      var pdf = cell(tr, '');
      pdf.textContent = '';
      var link = document.createElement('a');
      link.href = a.pdf;
      link.target = '_blank';
      link.rel = 'noopener';
      link.textContent = t('svc.pdf');
      pdf.appendChild(link);
      tbody.appendChild(tr);
    });
    if (!state.board.agreements.length) {
      emptyRow(tbody, 10);
    }
  }

  function propertyName(code) {
    var found = (state.board.properties || []).filter(function (p) {
      return p.code === code;
    })[0];
    return found ? found.name + ' (' + code + ')' : code;
  }

  function render() {
    var board = state.board;
    var select = $('#filter-property');
    var keep = select.querySelector('option[value=""]');
    select.innerHTML = '';
    select.appendChild(keep);
    board.properties.forEach(function (p) {
      var node = document.createElement('option');
      node.value = p.code;
      node.textContent = p.name + ' (' + p.code + ')';
      select.appendChild(node);
    });
    select.value = board.property || '';
    translate();
    fillCatalogue();
    fillBookings();
    fillAgreements();
    $('#board-scope').textContent = t('svc.scope', board.property ? propertyName(board.property) : t('svc.property.all'), board.bookings.length, 200, board.agreements.length);
    $('#board-view').setAttribute('data-state', 'loaded');
  }

  // ---- editing the catalogue ---------------------------------------------------------------------

  function openEditor(entry) {
    state.editing = entry || null;
    var form = $('#edit-form');
    $('#edit-title').textContent = entry ? t('svc.edit.title', entry.code) : t('svc.edit.title-new');
    $('#edit-code').value = entry ? entry.code : '';
    $('#edit-code').readOnly = !!entry;
    ['nameZh', 'nameEn', 'kind', 'serviceClass', 'unit', 'deliveringGroup'].forEach(function (name) {
      var field = $('#edit-' + name);
      if (entry) {
        field.value = entry[name];
      } else if (field.tagName === 'SELECT') {
        field.selectedIndex = 0;
      } else {
        field.value = '';
      }
    });
    $('#edit-unitPrice').value = entry ? money(entry.unitPrice) : '';
    $('#edit-risky').checked = entry ? entry.risky : false;
    $('#edit-active').checked = entry ? entry.active : true;
    $('#edit-reason').value = '';
    $('#edit-error').hidden = true;
    form.hidden = false;
    (entry ? $('#edit-unitPrice') : $('#edit-code')).focus();
    form.scrollIntoView({ block: 'nearest' });
  }

  function closeEditor() {
    state.editing = null;
    $('#edit-form').hidden = true;
  }

  function save(event) {
    event.preventDefault();
    var code = $('#edit-code').value.trim().toUpperCase();
    var body = {
      property: state.board.catalogueScope === '*' ? null : state.board.catalogueScope,
      nameZh: $('#edit-nameZh').value,
      nameEn: $('#edit-nameEn').value,
      kind: $('#edit-kind').value,
      serviceClass: $('#edit-serviceClass').value,
      unitPrice: $('#edit-unitPrice').value.trim(),
      unit: $('#edit-unit').value,
      deliveringGroup: $('#edit-deliveringGroup').value,
      risky: $('#edit-risky').checked,
      active: $('#edit-active').checked,
      reason: $('#edit-reason').value
    };
    var button = $('#edit-save');
    button.disabled = true;
    $('#edit-error').hidden = true;
    putJson(CATALOGUE + encodeURIComponent(code || '-'), body)
      .then(function (saved) {
        closeEditor();
        showMessage(t('svc.edit.saved', saved.code), true);
        route();
      })
      .catch(function (error) {
        if (error.status !== 401) {
          $('#edit-error').textContent = t('svc.edit.failed', error.message);
          $('#edit-error').hidden = false;
        }
      })
      .finally(function () {
        button.disabled = false;
      });
  }

  // ---- loading -----------------------------------------------------------------------------------

  function hashProperty() {
    var hash = window.location.hash;
    var query = hash.indexOf('?') >= 0 ? hash.substring(hash.indexOf('?') + 1) : '';
    return new URLSearchParams(query).get('property') || '';
  }

  function route() {
    if (!state.session) {
      return;
    }
    var property = hashProperty();
    var token = ++state.token;
    $('#board-scope').textContent = t('svc.loading');
    $('#board-view').setAttribute('data-state', 'loading');
    getJson(API + (property ? '?property=' + encodeURIComponent(property) : ''))
      .then(function (board) {
        if (token !== state.token) {
          return;
        }
        state.board = board;
        showView('board');
        render();
      })
      .catch(function (error) {
        if (error.status === 403) {
          showView('forbidden');
          $('#forbidden-text').textContent = t('svc.forbidden', state.session.userId);
        } else if (error.status !== 401) {
          showView('board');
          $('#board-scope').textContent = '';
          showMessage(t('svc.failed', error.message));
        }
      });
  }

  function loadSession() {
    return getJson('/api/session')
      .then(function (session) {
        state.session = session;
        $('#user-name').textContent = session.name;
        $('#signed-in').hidden = false;
        translate();
        route();
      })
      .catch(function (error) {
        if (error.status !== 401) {
          showMessage(error.message);
        }
      });
  }

  function showSignIn() {
    state.session = null;
    state.board = null;
    desk.showSignedOut(VIEWS);
  }

  function translate() {
    i18n.apply(document);
    Array.prototype.forEach.call(document.querySelectorAll('#edit-form select option'), function (option) {
      var prefix = { 'edit-kind': 'kind', 'edit-serviceClass': 'class', 'edit-unit': 'unit', 'edit-deliveringGroup': 'group' }[option.parentNode.id];
      option.textContent = i18n.label(prefix, option.value);
    });
    desk.markLanguage();
  }

  function languageSwitched() {
    translate();
    if (state.board) {
      render();
    } else if (state.session && !$('#forbidden-view').hidden) {
      $('#forbidden-text').textContent = t('svc.forbidden', state.session.userId);
    }
  }

  function start() {
    translate();
    i18n.onSwitch(languageSwitched);
    desk.bindForms(loadSession, function () {
      showMessage('');
      showSignIn();
    });
    $('#filter-form').addEventListener('submit', function (event) {
      event.preventDefault();
      var value = $('#filter-property').value;
      var target = '#/' + (value ? '?property=' + encodeURIComponent(value) : '');
      if (window.location.hash === target) {
        route();
      } else {
        window.location.hash = target;
      }
    });
    $('#filter-property').addEventListener('change', function () {
      $('#filter-form').requestSubmit();
    });
    $('#catalogue-new').addEventListener('click', function () {
      openEditor(null);
    });
    $('#edit-cancel').addEventListener('click', closeEditor);
    $('#edit-form').addEventListener('submit', save);
    window.addEventListener('hashchange', route);
    loadSession();
  }

  if (document.readyState === 'loading') {
    document.addEventListener('DOMContentLoaded', start);
  } else {
    start();
  }
})();
