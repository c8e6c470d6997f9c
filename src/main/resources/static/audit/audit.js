/*
 * The auditor page (issue 6): search cases, open one, see its timeline and the BPMN diagram of
 * each of its process instances with the path taken highlighted. Read-only: it only ever GETs
 * /api/audit/**. Plain JavaScript, no framework; the bpmn-js navigated viewer (window.BpmnJS) is
 * copied from npm into ./vendor at build time.
 *
 * Chinese and English (i18n.js; the switch in the header). Signing in is the Camunda webapps'
 * sign-in: the form posts to the webapps' login, and /api accepts that session for reads, so one
 * sign-in serves Tasklist, Cockpit and this page, and signing out here signs out of all of them.
 * Times are shown in the property's time zone, which /api/session names.
 *
 * Navigation lives in the URL hash, so the browser's back button and bookmarks work:
 *   #/search?number=..&unit=..&category=..&status=..&from=..&to=..&missedDeadline=true&page=0
 *   #/cases/RS-20261122-0007
 *   #/procedures   (the record of procedure changes and reviews, GOV-01 and GOV-02)
 */
(function () {
  'use strict';

  var API = '/api/audit';
  var PROCEDURES = '/api/procedures';
  /** A change lists this many differences and files at once; the rest open on request. */
  var SHOWN = 6;
  var PAGE_SIZE = 20;
  var i18n = window.DeskI18n;
  var t = i18n.t;
  /** Every kind the timeline API gives, in the order the filter lists them. */
  var KINDS = ['activity', 'task', 'variable', 'decision', 'incident', 'sheet', 'message', 'deadline', 'breach', 'operation'];
  var FILTERS = ['property', 'number', 'unit', 'category', 'status', 'from', 'to', 'missedDeadline'];
  var MARKERS = { completed: 'audit-completed', active: 'audit-active', taken: 'audit-taken', focus: 'audit-focus' };

  var state = {
    session: null,
    timeZone: 'Asia/Shanghai',
    searchToken: 0,
    caseToken: 0,
    proceduresToken: 0,
    diagramToken: 0,
    viewer: null,
    currentCase: null,
    processId: null,
    diagramElementIds: null,
    hiddenKinds: {},
    /** The reader's properties by code; the picker and the column show only when there are several. */
    properties: {}
  };

  function $(selector) {
    return document.querySelector(selector);
  }

  function el(tag, attributes, children) {
    var node = document.createElement(tag);
    Object.keys(attributes || {}).forEach(function (name) {
      var value = attributes[name];
      if (value === null || value === undefined || value === false) {
        return;
      }
      if (name === 'text') {
        node.textContent = value;
      } else if (name === 'className') {
        node.className = value;
      } else if (name.indexOf('on') === 0) {
        node.addEventListener(name.substring(2), value);
      } else {
        node.setAttribute(name, value === true ? '' : value);
      }
    });
    (children || []).forEach(function (child) {
      node.appendChild(typeof child === 'string' ? document.createTextNode(child) : child);
    });
    return node;
  }

  // ---- time --------------------------------------------------------------------------------------

  var timeFormat = null;

  function formatter() {
    if (!timeFormat) {
      timeFormat = new Intl.DateTimeFormat('en-GB', {
        timeZone: state.timeZone,
        year: 'numeric', month: '2-digit', day: '2-digit',
        hour: '2-digit', minute: '2-digit', second: '2-digit',
        hourCycle: 'h23'
      });
    }
    return timeFormat;
  }

  /** An ISO-8601 instant as "2026-11-22 16:25:23" in the property's time zone, in either language. */
  function localTime(instant) {
    if (!instant) {
      return '';
    }
    var date = new Date(instant);
    if (isNaN(date.getTime())) {
      return String(instant);
    }
    var parts = {};
    formatter().formatToParts(date).forEach(function (part) {
      parts[part.type] = part.value;
    });
    return parts.year + '-' + parts.month + '-' + parts.day + ' ' + parts.hour + ':' + parts.minute + ':' + parts.second;
  }

  // ---- HTTP --------------------------------------------------------------------------------------

  var desk = window.DeskSession;
  var apiHeaders = desk.apiHeaders;

  /** A download link in the page's language (a link cannot carry Accept-Language). */
  function withLanguage(url) {
    return url + (url.indexOf('?') >= 0 ? '&' : '?') + 'lang=' + i18n.tag();
  }

  /** GETs JSON with the session of the Camunda webapps' sign-in; 401 and 403 in this page's words. */
  function getJson(url) {
    return desk.json(url, { unauthorized: showSignIn }).catch(function (error) {
      if (error.status === 401 || error.status === 403) {
        error.message = describeStatus(error.status, error.message);
      }
      throw error;
    });
  }

  function describeStatus(status, detail) {
    if (status === 401) {
      return t('http.401');
    }
    if (status === 403) {
      return t('http.403');
    }
    return detail || t('http.other', status);
  }

  function showMessage(text) {
    var box = $('#message');
    box.textContent = text;
    box.hidden = !text;
  }

  function caseUrl(number, suffix) {
    return API + '/cases/' + encodeURIComponent(number) + (suffix || '');
  }

  // ---- routing -----------------------------------------------------------------------------------

  function route() {
    if (!state.session || !state.session.mayAudit) {
      return;
    }
    var hash = location.hash || '#/search';
    showMessage('');
    if (hash.indexOf('#/procedures') === 0) {
      showView('procedures');
      loadProcedures();
    } else if (hash.indexOf('#/cases/') === 0) {
      showView('case');
      openCase(decodeURIComponent(hash.substring('#/cases/'.length)));
    } else {
      showView('search');
      var query = hash.indexOf('?') >= 0 ? hash.substring(hash.indexOf('?') + 1) : '';
      var params = new URLSearchParams(query);
      fillForm(params);
      search(params);
    }
  }

  /**
   * Loads the properties the reader sees (GET /api/properties). With one, the page looks as it
   * did before there were properties: no picker, no column.
   */
  function loadProperties() {
    return getJson('/api/properties')
      .then(function (list) {
        var select = $('#search-property');
        state.properties = {};
        while (select.options.length > 1) {
          select.remove(1);
        }
        list.forEach(function (property) {
          state.properties[property.code] = property;
          select.appendChild(el('option', { value: property.code, text: property.name + ' (' + property.code + ')' }));
        });
        var many = list.length > 1;
        $('#property-picker').hidden = !many;
        document.body.classList.toggle('many-properties', many);
      })
      .catch(function () {
        // the search itself reports what is wrong (sign-in, groups)
      });
  }

  function propertyName(code) {
    var property = state.properties[code];
    return property ? property.name : code || '';
  }

  function manyProperties() {
    return document.body.classList.contains('many-properties');
  }

  function showView(name) {
    $('#sign-in-view').hidden = name !== 'sign-in';
    $('#forbidden-view').hidden = name !== 'forbidden';
    $('#search-view').hidden = name !== 'search';
    $('#case-view').hidden = name !== 'case';
    $('#procedures-view').hidden = name !== 'procedures';
    var signedIn = name === 'search' || name === 'case' || name === 'procedures';
    $('#view-tabs').hidden = !signedIn;
    $('#tab-cases').classList.toggle('current', name === 'search' || name === 'case');
    $('#tab-procedures').classList.toggle('current', name === 'procedures');
  }

  function go(hash) {
    if (location.hash === hash) {
      route();
    } else {
      location.hash = hash;
    }
  }

  // ---- search ------------------------------------------------------------------------------------

  function formParams(page) {
    var params = new URLSearchParams();
    FILTERS.forEach(function (name) {
      var input = $('#search-form [name="' + name + '"]');
      if (input.type === 'checkbox') {
        if (input.checked) {
          params.set(name, 'true');
        }
      } else if (input.value.trim()) {
        params.set(name, input.value.trim());
      }
    });
    if (page) {
      params.set('page', String(page));
    }
    return params;
  }

  function fillForm(params) {
    FILTERS.forEach(function (name) {
      var input = $('#search-form [name="' + name + '"]');
      if (input.type === 'checkbox') {
        input.checked = params.get(name) === 'true';
      } else {
        input.value = params.get(name) || '';
      }
    });
  }

  function search(params) {
    var token = ++state.searchToken;
    var filters = new URLSearchParams(params);
    filters.delete('page');
    filters.delete('size');
    var page = Math.max(0, parseInt(params.get('page') || '0', 10) || 0);
    var query = new URLSearchParams(filters);
    query.set('page', String(page));
    query.set('size', String(PAGE_SIZE));

    var csv = filters.toString();
    $('#results-csv').href = withLanguage(API + '/cases.csv' + (csv ? '?' + csv : ''));
    $('#results').setAttribute('aria-busy', 'true');
    $('#results-summary').textContent = t('results.searching');

    getJson(API + '/cases?' + query.toString())
      .then(function (result) {
        if (token === state.searchToken) {
          renderResults(result, filters, page);
        }
      })
      .catch(function (error) {
        if (token === state.searchToken) {
          $('#results-summary').textContent = '';
          $('#results tbody').replaceChildren();
          showMessage(t('results.failed', error.message));
        }
      })
      .finally(function () {
        if (token === state.searchToken) {
          $('#results').removeAttribute('aria-busy');
        }
      });
  }

  function renderResults(result, filters, page) {
    var items = result.items || [];
    var total = typeof result.totalItems === 'number' ? result.totalItems : items.length;
    var size = result.size || PAGE_SIZE;
    var pages = Math.max(1, Math.ceil(total / size));
    var body = $('#results tbody');
    body.replaceChildren();
    items.forEach(function (item) {
      var category = i18n.label('category', item.category) + (item.subcategory ? ' (' + item.subcategory + ')' : '');
      var missed = item.missedDeadlines || 0;
      body.appendChild(el('tr', { 'data-case': item.caseNumber, className: missed > 0 ? 'missed' : '' }, [
        el('td', {}, [el('a', { href: '#/cases/' + encodeURIComponent(item.caseNumber), text: item.caseNumber })]),
        el('td', { className: 'property-col', text: propertyName(item.property) }),
        el('td', { text: category }),
        el('td', { text: item.unit || '' }),
        el('td', { text: i18n.label('status', item.status) }),
        el('td', { text: localTime(item.receivedAt) }),
        el('td', { text: localTime(item.archivedAt) }),
        el('td', { className: 'number', text: String(missed) })
      ]));
    });
    if (!items.length) {
      body.appendChild(el('tr', { className: 'empty' }, [el('td', { colspan: '8', text: t('results.none') })]));
    }
    $('#results-summary').textContent = t('results.count', total);
    $('#page-info').textContent = t('page.info', page + 1, pages);
    $('#page-prev').disabled = page <= 0;
    $('#page-next').disabled = page + 1 >= pages;
    $('#page-prev').onclick = function () {
      turnPage(filters, page - 1);
    };
    $('#page-next').onclick = function () {
      turnPage(filters, page + 1);
    };
  }

  function turnPage(filters, page) {
    var params = new URLSearchParams(filters);
    if (page > 0) {
      params.set('page', String(page));
    }
    go('#/search?' + params.toString());
  }

  // ---- one case ----------------------------------------------------------------------------------

  function openCase(number) {
    var token = ++state.caseToken;
    state.currentCase = null;
    state.hiddenKinds = {};
    $('#case-title').textContent = t('case.title', number);
    $('#case-facts').replaceChildren();
    $('#process-list').replaceChildren();
    $('#timeline tbody').replaceChildren();
    $('#kind-boxes').replaceChildren();
    $('#timeline-count').textContent = '';
    $('#timeline-csv').href = withLanguage(caseUrl(number, '/timeline.csv'));
    $('#case-pdf').href = withLanguage(caseUrl(number, '.pdf'));
    $('#case-view').setAttribute('aria-busy', 'true');
    clearDiagram();

    getJson(caseUrl(number))
      .then(function (audit) {
        if (token !== state.caseToken) {
          return;
        }
        state.currentCase = audit;
        renderHeader(audit);
        renderProcesses(audit);
        renderKindFilter(audit.entries || []);
        renderTimeline(audit);
        var processes = audit.processes || [];
        if (processes.length) {
          showDiagram(processes[0].processInstanceId);
        } else {
          $('#diagram').setAttribute('data-state', 'none');
        }
      })
      .catch(function (error) {
        if (token === state.caseToken) {
          showMessage(error.status === 404 ? t('case.none', number) : t('case.failed', number, error.message));
        }
      })
      .finally(function () {
        if (token === state.caseToken) {
          $('#case-view').removeAttribute('aria-busy');
        }
      });
  }

  function renderHeader(audit) {
    $('#case-title').textContent = t('case.title', audit.caseNumber);
    var facts = [
      [t('case.number'), audit.caseNumber],
      manyProperties() ? [t('case.property'), propertyName(audit.property) + ' (' + audit.property + ')'] : null,
      [t('col.category'), i18n.label('category', audit.category)],
      [t('col.unit'), audit.unit],
      [t('col.status'), i18n.label('status', audit.status)],
      [t('case.received'), localTime(audit.receivedAt)],
      [t('case.archived'), audit.archivedAt ? localTime(audit.archivedAt) : t('case.not-archived')]
    ];
    var list = $('#case-facts');
    list.replaceChildren();
    facts.filter(Boolean).forEach(function (fact) {
      list.appendChild(el('div', { className: 'fact' }, [el('dt', { text: fact[0] }), el('dd', { text: fact[1] || '' })]));
    });
  }

  function processLabel(process) {
    return process.processDefinitionName || process.processDefinitionKey || process.processInstanceId;
  }

  function renderProcesses(audit) {
    var list = $('#process-list');
    list.replaceChildren();
    (audit.processes || []).forEach(function (process, index) {
      var period = localTime(process.startTime) + ' – ' + (process.endTime ? localTime(process.endTime) : t('process.running'));
      list.appendChild(el('li', { 'data-process': process.processInstanceId }, [
        el('button', {
          type: 'button',
          className: 'process',
          title: t('process.show', process.processInstanceId),
          onclick: function () {
            showDiagram(process.processInstanceId);
          }
        }, [
          el('strong', { text: processLabel(process) }),
          el('span', { className: 'key', text: process.processDefinitionKey + ' · ' + t(index === 0 ? 'process.self' : 'process.called') }),
          el('span', { className: 'period', text: period })
        ])
      ]));
    });
  }

  function processesById() {
    var map = {};
    ((state.currentCase && state.currentCase.processes) || []).forEach(function (process) {
      map[process.processInstanceId] = process;
    });
    return map;
  }

  // ---- procedures (GOV-01, GOV-02) ---------------------------------------------------------------

  function loadProcedures() {
    var token = ++state.proceduresToken;
    ['#procedure-list', '#change-list', '#review-list'].forEach(function (table) {
      $(table + ' tbody').replaceChildren(el('tr', { className: 'empty' }, [el('td', { colspan: '6', text: t('procedures.loading') })]));
    });
    $('#procedures-view').setAttribute('aria-busy', 'true');
    Promise.all([getJson(PROCEDURES), getJson(PROCEDURES + '/changes'), getJson(PROCEDURES + '/reviews')])
      .then(function (results) {
        if (token === state.proceduresToken) {
          renderProcedureList(results[0]);
          renderChanges(results[1]);
          renderReviews(results[2], results[0]);
        }
      })
      .catch(function (error) {
        if (token === state.proceduresToken) {
          showMessage(t('procedures.failed', error.message));
        }
      })
      .finally(function () {
        if (token === state.proceduresToken) {
          $('#procedures-view').removeAttribute('aria-busy');
        }
      });
  }

  function procedureLabel(procedure) {
    return procedure.name && procedure.name !== procedure.key ? procedure.name + ' (' + procedure.procedure + ')' : procedure.procedure;
  }

  function renderProcedureList(procedures) {
    var body = $('#procedure-list tbody');
    body.replaceChildren();
    procedures.forEach(function (procedure) {
      body.appendChild(el('tr', { 'data-procedure': procedure.procedure }, [
        el('td', { text: procedureLabel(procedure) }),
        el('td', { text: localTime(procedure.lastChangedAt) + (procedure.lastChangeId ? ' · #' + procedure.lastChangeId : '') }),
        el('td', { text: localTime(procedure.lastReviewedAt) }),
        el('td', { text: localTime(procedure.reviewDueAt) }),
        el('td', { text: procedure.pendingChangeId ? '#' + procedure.pendingChangeId : '' })
      ]));
    });
  }

  function renderChanges(changes) {
    var body = $('#change-list tbody');
    body.replaceChildren();
    changes.forEach(function (change) {
      var differences = (change.changes || []).map(function (difference) {
        return el('li', { text: difference.text });
      });
      var what = [el('ul', { className: 'changes' }, differences.slice(0, SHOWN))];
      if (differences.length > SHOWN) {
        what.push(el('details', {}, [el('summary', { text: t('change.more', differences.length - SHOWN) }), el('ul', { className: 'changes' }, differences.slice(SHOWN))]));
      }
      var links = (change.files || []).map(function (file) {
        return el('a', { href: file.href, download: file.submittedName, text: file.submittedName });
      });
      if (links.length > SHOWN) {
        what.push(el('details', { className: 'files' }, [el('summary', { text: t('change.files-count', links.length) })].concat(links)));
      } else if (links.length) {
        what.push(el('div', { className: 'files' }, [t('change.files') + ' '].concat(links)));
      }
      var decision = [el('strong', { className: 'status-' + change.status, text: i18n.label('change.status', change.status) })];
      if (change.decidedBy) {
        decision.push(el('div', { text: t('change.by', change.decidedBy, localTime(change.decidedAt)) }));
      }
      if (change.decisionNote) {
        decision.push(el('div', { className: 'note', text: change.decisionNote }));
      }
      var deployment = [el('code', { text: change.deploymentId || '' })];
      (change.migrationResult || []).filter(function (outcome) {
        return outcome.migrated > 0;
      }).forEach(function (outcome) {
        deployment.push(el('div', { text: t('change.migrated', outcome.processKey + ' ×' + outcome.migrated) }));
      });
      body.appendChild(el('tr', { 'data-change': String(change.id) }, [
        el('td', {}, [el('strong', { text: '#' + change.id }), el('div', { text: i18n.label('origin', change.origin) })]),
        el('td', {}, [el('div', { text: change.proposedBy }), el('div', { text: localTime(change.proposedAt) }), el('div', { className: 'key', text: (change.procedures || []).join(', ') })]),
        el('td', { text: change.reason }),
        el('td', {}, what),
        el('td', {}, decision),
        el('td', {}, deployment)
      ]));
    });
    if (!changes.length) {
      body.appendChild(el('tr', { className: 'empty' }, [el('td', { colspan: '6', text: t('changes.none') })]));
    }
  }

  function renderReviews(reviews, procedures) {
    var names = {};
    procedures.forEach(function (procedure) {
      names[procedure.procedure] = procedureLabel(procedure);
    });
    var body = $('#review-list tbody');
    body.replaceChildren();
    reviews.forEach(function (review) {
      var views = (review.views || []).map(function (view) {
        return el('li', { text: i18n.label('group', view.groupId) + ' (' + view.givenBy + '): ' + view.text });
      });
      var result = review.result
        ? [el('strong', { text: i18n.label('review.result', review.result) }), el('div', { text: t('change.by', review.reviewedBy, localTime(review.reviewedAt)) }), el('div', { className: 'note', text: review.notes || '' })]
        : [el('span', { text: t('review.open') })];
      var revision = review.revisedBy ? [el('div', { text: t('change.by', review.revisedBy, localTime(review.revisedAt)) }), el('div', { className: 'note', text: review.revisionNote || '' })] : [];
      body.appendChild(el('tr', { 'data-review': String(review.id) }, [
        el('td', { text: names[review.procedure] || review.procedure }),
        el('td', { text: localTime(review.dueAt) }),
        el('td', {}, views.length ? [el('ul', {}, views)] : [t('review.no-views')]),
        el('td', {}, result),
        el('td', {}, revision)
      ]));
    });
    if (!reviews.length) {
      body.appendChild(el('tr', { className: 'empty' }, [el('td', { colspan: '5', text: t('reviews.none') })]));
    }
  }

  // ---- timeline ----------------------------------------------------------------------------------

  function kindsOf(entries) {
    var counts = {};
    entries.forEach(function (entry) {
      counts[entry.kind] = (counts[entry.kind] || 0) + 1;
    });
    var kinds = KINDS.filter(function (kind) {
      return counts[kind];
    });
    Object.keys(counts).forEach(function (kind) {
      if (kinds.indexOf(kind) < 0) {
        kinds.push(kind);
      }
    });
    return { kinds: kinds, counts: counts };
  }

  function renderKindFilter(entries) {
    var found = kindsOf(entries);
    var boxes = $('#kind-boxes');
    boxes.replaceChildren();
    found.kinds.forEach(function (kind) {
      boxes.appendChild(el('label', { className: 'kind kind-' + kind }, [
        el('input', {
          type: 'checkbox',
          name: 'kind',
          value: kind,
          checked: !state.hiddenKinds[kind],
          onchange: function (event) {
            state.hiddenKinds[kind] = !event.target.checked;
            applyKindFilter();
          }
        }),
        ' ' + i18n.label('kind', kind) + ' ',
        el('span', { className: 'count', text: '(' + found.counts[kind] + ')' })
      ]));
    });
  }

  function setAllKinds(shown) {
    Array.prototype.forEach.call(document.querySelectorAll('#kind-boxes input[name="kind"]'), function (box) {
      box.checked = shown;
      state.hiddenKinds[box.value] = !shown;
    });
    applyKindFilter();
  }

  function applyKindFilter() {
    var rows = document.querySelectorAll('#timeline tbody tr[data-kind]');
    var shown = 0;
    Array.prototype.forEach.call(rows, function (row) {
      row.hidden = !!state.hiddenKinds[row.getAttribute('data-kind')];
      if (!row.hidden) {
        shown++;
      }
    });
    $('#timeline-count').textContent = t('timeline.count', shown, rows.length);
  }

  function renderTimeline(audit) {
    var processes = processesById();
    var body = $('#timeline tbody');
    body.replaceChildren();
    (audit.entries || []).forEach(function (entry) {
      var process = processes[entry.processInstanceId];
      var inDiagram = entry.activityId && entry.processInstanceId && process;
      var row = el('tr', {
        'data-kind': entry.kind,
        'data-process': entry.processInstanceId || null,
        'data-activity': entry.activityId || null,
        className: 'kind-' + entry.kind + (inDiagram ? ' locatable' : ''),
        title: inDiagram ? t('timeline.locate', entry.activityId) : null
      }, [
        el('td', { className: 'time', title: entry.at || '', text: localTime(entry.at) }),
        el('td', { text: entry.actor || '' }),
        el('td', {}, [el('span', { className: 'badge kind-' + entry.kind, text: i18n.label('kind', entry.kind) })]),
        el('td', { text: entry.what || '' }),
        el('td', { className: 'detail', text: entry.detail || '' }),
        el('td', { className: 'rule', text: entry.rule || '' }),
        el('td', { className: 'process', text: process ? process.processDefinitionKey : '' })
      ]);
      if (inDiagram) {
        row.addEventListener('click', function () {
          showDiagram(entry.processInstanceId, entry.activityId);
        });
      }
      body.appendChild(row);
    });
    if (!(audit.entries || []).length) {
      body.appendChild(el('tr', { className: 'empty' }, [el('td', { colspan: '7', text: t('timeline.empty') })]));
    }
    applyKindFilter();
  }

  // ---- diagram -----------------------------------------------------------------------------------

  function viewer() {
    if (!state.viewer) {
      if (typeof window.BpmnJS !== 'function') {
        throw new Error('the BPMN viewer (vendor/bpmn-navigated-viewer.production.min.js) is missing from this build');
      }
      state.viewer = new window.BpmnJS({ container: '#diagram' });
    }
    return state.viewer;
  }

  function clearDiagram() {
    state.diagramToken++;
    state.processId = null;
    state.diagramElementIds = null;
    var container = $('#diagram');
    container.removeAttribute('data-process');
    container.setAttribute('data-state', 'loading');
    if (state.viewer) {
      state.viewer.clear();
    }
  }

  /** Shows one process instance's diagram with its path; optionally focuses one activity. */
  function showDiagram(processInstanceId, focusActivityId) {
    if (state.processId === processInstanceId && state.diagramElementIds) {
      focus(focusActivityId);
      return Promise.resolve();
    }
    var token = ++state.diagramToken;
    var container = $('#diagram');
    container.setAttribute('data-state', 'loading');
    selectProcess(processInstanceId);
    return getJson(API + '/processes/' + encodeURIComponent(processInstanceId) + '/diagram')
      .then(function (diagram) {
        if (token !== state.diagramToken) {
          return null;
        }
        return viewer().importXML(diagram.bpmnXml).then(function () {
          if (token !== state.diagramToken) {
            return;
          }
          state.processId = processInstanceId;
          highlight(diagram);
          container.setAttribute('data-process', processInstanceId);
          container.setAttribute('data-state', 'ready');
          focus(focusActivityId);
        });
      })
      .catch(function (error) {
        if (token === state.diagramToken) {
          container.setAttribute('data-state', 'error');
          showMessage(t('diagram.failed', error.message));
        }
      });
  }

  function selectProcess(processInstanceId) {
    Array.prototype.forEach.call(document.querySelectorAll('#process-list li'), function (item) {
      item.classList.toggle('selected', item.getAttribute('data-process') === processInstanceId);
    });
  }

  /** The id of a diagram element for an activity id of the history (multi-instance bodies too). */
  function elementId(activityId) {
    return String(activityId).replace(/#multiInstanceBody$/, '');
  }

  function highlight(diagram) {
    var canvas = viewer().get('canvas');
    var registry = viewer().get('elementRegistry');
    var ids = {};
    function mark(activityIds, marker) {
      (activityIds || []).forEach(function (activityId) {
        var id = elementId(activityId);
        if (registry.get(id)) {
          canvas.addMarker(id, marker);
          ids[id] = true;
        }
      });
    }
    var active = {};
    (diagram.activeActivityIds || []).forEach(function (id) {
      active[elementId(id)] = true;
    });
    mark((diagram.completedActivityIds || []).filter(function (id) {
      return !active[elementId(id)];
    }), MARKERS.completed);
    mark(diagram.activeActivityIds, MARKERS.active);
    mark(diagram.takenSequenceFlowIds, MARKERS.taken);
    state.diagramElementIds = ids;
    canvas.zoom('fit-viewport', 'auto');
  }

  function focus(activityId) {
    if (!activityId || !state.viewer) {
      return;
    }
    var canvas = state.viewer.get('canvas');
    var registry = state.viewer.get('elementRegistry');
    registry.getAll().forEach(function (element) {
      if (canvas.hasMarker(element, MARKERS.focus)) {
        canvas.removeMarker(element, MARKERS.focus);
      }
    });
    var element = registry.get(elementId(activityId));
    if (element) {
      canvas.addMarker(element, MARKERS.focus);
      if (typeof canvas.scrollToElement === 'function') {
        canvas.scrollToElement(element);
      }
      $('#diagram').scrollIntoView({ block: 'nearest', behavior: 'smooth' });
    }
  }

  /** One step in (1) or out (-1), or the whole diagram (0); drag and the mouse wheel work too. */
  function zoom(step) {
    if (!state.viewer || !state.processId) {
      return;
    }
    if (step === 0) {
      state.viewer.get('canvas').zoom('fit-viewport', 'auto');
    } else {
      state.viewer.get('zoomScroll').stepZoom(step);
    }
  }

  // ---- sign-in, session, language ---------------------------------------------------------------

  /**
   * Who is signed in (the webapps' session) and whether they may use the audit pages; then the
   * page shows the search, the sign-in form, or why this account cannot use it.
   */
  function loadSession() {
    return getJson('/api/session')
      .then(function (session) {
        state.session = session;
        if (session.timeZone && session.timeZone !== state.timeZone) {
          state.timeZone = session.timeZone;
          timeFormat = null;
        }
        return fetch(API + '/access', { credentials: 'same-origin', headers: apiHeaders() });
      })
      .then(function (access) {
        state.session.mayAudit = access.ok;
        $('#user-name').textContent = state.session.name;
        $('#signed-in').hidden = false;
        translate();
        if (access.ok) {
          loadProperties().then(route);
        } else {
          showView('forbidden');
          $('#forbidden-text').textContent = t('forbidden', state.session.userId);
        }
      })
      .catch(function (error) {
        if (error.status !== 401) {
          showMessage(error.message);
        }
      });
  }

  function showSignIn() {
    state.session = null;
    $('#signed-in').hidden = true;
    showView('sign-in');
    $('#sign-in-user').focus();
  }

  function translate() {
    i18n.apply(document, state.timeZone);
    desk.markLanguage();
  }

  /** After a language switch: what the server wrote (the timeline) is fetched again in it. */
  function languageSwitched() {
    translate();
    state.processId = null;
    state.diagramElementIds = null;
    if (state.session && state.session.mayAudit) {
      route();
    } else if (state.session) {
      $('#forbidden-text').textContent = t('forbidden', state.session.userId);
    }
  }

  // ---- start -------------------------------------------------------------------------------------

  function start() {
    translate();
    i18n.onSwitch(languageSwitched);
    desk.bindForms(loadSession, function () {
      showMessage('');
      showSignIn();
    });
    $('#search-form').addEventListener('submit', function (event) {
      event.preventDefault();
      var params = formParams(0).toString();
      go('#/search' + (params ? '?' + params : ''));
    });
    $('#search-form').addEventListener('reset', function () {
      setTimeout(function () {
        go('#/search');
      }, 0);
    });
    $('#kind-all').addEventListener('click', function () {
      setAllKinds(true);
    });
    $('#kind-none').addEventListener('click', function () {
      setAllKinds(false);
    });
    $('#zoom-in').addEventListener('click', function () {
      zoom(1);
    });
    $('#zoom-out').addEventListener('click', function () {
      zoom(-1);
    });
    $('#zoom-fit').addEventListener('click', function () {
      zoom(0);
    });
    window.addEventListener('hashchange', route);
    loadSession();
    if (typeof window.BpmnJS !== 'function') {
      showMessage(t('diagram.missing'));
    }
  }

  if (document.readyState === 'loading') {
    document.addEventListener('DOMContentLoaded', start);
  } else {
    start();
  }
})();
