/*
 * The auditor page (issue 6): search cases, open one, see its timeline and the BPMN diagram of
 * each of its process instances with the path taken highlighted. Read-only: it only ever GETs
 * /api/audit/**. Plain JavaScript, no framework; the bpmn-js navigated viewer (window.BpmnJS) is
 * copied from npm into ./vendor at build time.
 *
 * Navigation lives in the URL hash, so the browser's back button and bookmarks work:
 *   #/search?number=..&unit=..&category=..&status=..&from=..&to=..&missedDeadline=true&page=0
 *   #/cases/RS-20261122-0007
 */
(function () {
  'use strict';

  var API = '/api/audit';
  var PAGE_SIZE = 20;
  var TIME_ZONE = 'Asia/Shanghai';
  /** Every kind the timeline API gives, in the order the filter lists them. */
  var KINDS = ['activity', 'task', 'variable', 'decision', 'incident', 'sheet', 'message', 'deadline', 'breach', 'operation'];
  var FILTERS = ['number', 'unit', 'category', 'status', 'from', 'to', 'missedDeadline'];
  var MARKERS = { completed: 'audit-completed', active: 'audit-active', taken: 'audit-taken', focus: 'audit-focus' };

  var state = {
    searchToken: 0,
    caseToken: 0,
    diagramToken: 0,
    viewer: null,
    currentCase: null,
    processId: null,
    diagramElementIds: null,
    hiddenKinds: {}
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

  var timeFormat = new Intl.DateTimeFormat('en-GB', {
    timeZone: TIME_ZONE,
    year: 'numeric', month: '2-digit', day: '2-digit',
    hour: '2-digit', minute: '2-digit', second: '2-digit',
    hourCycle: 'h23'
  });

  /** An ISO-8601 instant as "2026-11-22 16:25:23" in the property's time zone. */
  function localTime(instant) {
    if (!instant) {
      return '';
    }
    var date = new Date(instant);
    if (isNaN(date.getTime())) {
      return String(instant);
    }
    var parts = {};
    timeFormat.formatToParts(date).forEach(function (part) {
      parts[part.type] = part.value;
    });
    return parts.year + '-' + parts.month + '-' + parts.day + ' ' + parts.hour + ':' + parts.minute + ':' + parts.second;
  }

  // ---- HTTP --------------------------------------------------------------------------------------

  /** GETs JSON with the Basic credentials the browser already holds for this site. */
  function getJson(url) {
    return fetch(url, { credentials: 'same-origin', headers: { Accept: 'application/json' } }).then(function (response) {
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
        var error = new Error(describeStatus(response.status, detail));
        error.status = response.status;
        throw error;
      });
    });
  }

  function describeStatus(status, detail) {
    if (status === 401) {
      return 'Please sign in with your service-desk account (' + (detail || 'authentication required') + ').';
    }
    if (status === 403) {
      return 'Only auditors, quality and the centre manager may use the audit pages' + (detail ? ' (' + detail + ')' : '') + '.';
    }
    return (detail || 'The server answered ' + status) + '.';
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
    var hash = location.hash || '#/search';
    showMessage('');
    if (hash.indexOf('#/cases/') === 0) {
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

  function showView(name) {
    $('#search-view').hidden = name !== 'search';
    $('#case-view').hidden = name !== 'case';
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
    $('#results-csv').href = API + '/cases.csv' + (csv ? '?' + csv : '');
    $('#results').setAttribute('aria-busy', 'true');
    $('#results-summary').textContent = 'Searching…';

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
          showMessage('Search failed: ' + error.message);
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
      var category = item.category + (item.subcategory ? ' (' + item.subcategory + ')' : '');
      var missed = item.missedDeadlines || 0;
      body.appendChild(el('tr', { 'data-case': item.caseNumber, className: missed > 0 ? 'missed' : '' }, [
        el('td', {}, [el('a', { href: '#/cases/' + encodeURIComponent(item.caseNumber), text: item.caseNumber })]),
        el('td', { text: category }),
        el('td', { text: item.unit || '' }),
        el('td', { text: item.status || '' }),
        el('td', { text: localTime(item.receivedAt) }),
        el('td', { text: localTime(item.archivedAt) }),
        el('td', { className: 'number', text: String(missed) })
      ]));
    });
    if (!items.length) {
      body.appendChild(el('tr', { className: 'empty' }, [el('td', { colspan: '7', text: 'No case matches.' })]));
    }
    $('#results-summary').textContent = total === 1 ? '1 case' : total + ' cases';
    $('#page-info').textContent = 'Page ' + (page + 1) + ' of ' + pages;
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
    $('#case-title').textContent = 'Case ' + number;
    $('#case-facts').replaceChildren();
    $('#process-list').replaceChildren();
    $('#timeline tbody').replaceChildren();
    $('#kind-boxes').replaceChildren();
    $('#timeline-count').textContent = '';
    $('#timeline-csv').href = caseUrl(number, '/timeline.csv');
    $('#case-pdf').href = caseUrl(number, '.pdf');
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
          showMessage(error.status === 404 ? 'No case ' + number + '.' : 'Could not open ' + number + ': ' + error.message);
        }
      })
      .finally(function () {
        if (token === state.caseToken) {
          $('#case-view').removeAttribute('aria-busy');
        }
      });
  }

  function renderHeader(audit) {
    $('#case-title').textContent = 'Case ' + audit.caseNumber;
    var facts = [
      ['Number', audit.caseNumber],
      ['Category', audit.category],
      ['Unit', audit.unit],
      ['Status', audit.status],
      ['Received', localTime(audit.receivedAt)],
      ['Archived', audit.archivedAt ? localTime(audit.archivedAt) : 'not archived']
    ];
    var list = $('#case-facts');
    list.replaceChildren();
    facts.forEach(function (fact) {
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
      var period = localTime(process.startTime) + ' – ' + (process.endTime ? localTime(process.endTime) : 'running');
      list.appendChild(el('li', { 'data-process': process.processInstanceId }, [
        el('button', {
          type: 'button',
          className: 'process',
          title: 'Show the diagram of this process instance (' + process.processInstanceId + ')',
          onclick: function () {
            showDiagram(process.processInstanceId);
          }
        }, [
          el('strong', { text: processLabel(process) }),
          el('span', { className: 'key', text: process.processDefinitionKey + (index === 0 ? ' · the case itself' : ' · called') }),
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
        ' ' + kind + ' ',
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
    $('#timeline-count').textContent = shown + ' of ' + rows.length + ' entries shown';
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
        title: inDiagram ? 'Click to show ' + entry.activityId + ' in the diagram' : null
      }, [
        el('td', { className: 'time', title: entry.at || '', text: localTime(entry.at) }),
        el('td', { text: entry.actor || '' }),
        el('td', {}, [el('span', { className: 'badge kind-' + entry.kind, text: entry.kind })]),
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
      body.appendChild(el('tr', { className: 'empty' }, [el('td', { colspan: '7', text: 'No entries.' })]));
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
          showMessage('Could not show the diagram: ' + error.message);
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

  // ---- start -------------------------------------------------------------------------------------

  function start() {
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
    route();
    if (typeof window.BpmnJS !== 'function') {
      showMessage('The BPMN viewer is missing from this build: diagrams cannot be shown.');
    }
  }

  if (document.readyState === 'loading') {
    document.addEventListener('DOMContentLoaded', start);
  } else {
    start();
  }
})();
