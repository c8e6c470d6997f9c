/*
 * The KPI dashboard (issue 17; QA-01, SVC-02): the centre's figures for a range of months as
 * ECharts charts (window.echarts, copied from npm into ./vendor at build time), read from
 * GET /api/reports/kpi with the filters in the URL hash, and the same figures as CSV. Read-only.
 *
 * Signing in is the Camunda webapps' sign-in (../audit/desk-session.js, shared with the auditor
 * page): one sign-in serves Tasklist, Cockpit and both pages. Texts: ../audit/i18n.js, ./texts.js.
 *
 *   #/?from=2026-06&to=2026-11&property=..&category=..&team=..&building=..
 */
(function () {
  'use strict';

  var API = '/api/reports/kpi';
  var SURVEYS = '/api/reports/surveys';
  var FILTERS = ['from', 'to', 'property', 'category', 'team', 'building'];
  var i18n = window.DeskI18n;
  var t = i18n.t;
  var COLORS = ['#1565c0', '#2e7d32', '#e65100', '#6a1b9a', '#00838f', '#ad1457', '#f9a825', '#4e342e', '#546e7a', '#c62828'];

  var state = { session: null, choices: null, figures: null, charts: {}, token: 0 };

  function $(selector) {
    return document.querySelector(selector);
  }

  var desk = window.DeskSession;
  var VIEWS = ['sign-in', 'forbidden', 'dashboard'];

  function getJson(url) {
    return desk.json(url, { unauthorized: showSignIn });
  }

  function showMessage(text) {
    $('#message').textContent = text || '';
    $('#message').hidden = !text;
  }

  function showView(name) {
    desk.showView(VIEWS, name);
  }

  function percent(rate) {
    return rate == null ? '–' : (Math.round(rate * 1000) / 10) + '%';
  }

  // ---- filters in the URL ------------------------------------------------------------------------

  function monthsBefore(month, count) {
    var parts = month.split('-');
    var date = new Date(Date.UTC(Number(parts[0]), Number(parts[1]) - 1 - count, 1));
    return date.getUTCFullYear() + '-' + String(date.getUTCMonth() + 1).padStart(2, '0');
  }

  function hashParams() {
    var hash = window.location.hash;
    var query = hash.indexOf('?') >= 0 ? hash.substring(hash.indexOf('?') + 1) : '';
    var params = new URLSearchParams(query);
    if (!params.get('to')) {
      params.set('to', state.choices.currentMonth);
    }
    if (!params.get('from')) {
      params.set('from', monthsBefore(params.get('to'), 5));
    }
    return params;
  }

  function formParams() {
    var params = new URLSearchParams();
    FILTERS.forEach(function (name) {
      var value = $('#filter-' + name).value;
      if (value) {
        params.set(name, value);
      }
    });
    return params;
  }

  function option(value, text) {
    var node = document.createElement('option');
    node.value = value;
    node.textContent = text;
    return node;
  }

  function fillChoices() {
    var choices = state.choices;
    function fill(select, values, labelOf) {
      var keep = select.querySelector('option[value=""]');
      select.innerHTML = '';
      select.appendChild(keep);
      values.forEach(function (value) {
        select.appendChild(option(value.code || value, labelOf(value)));
      });
    }
    fill($('#filter-property'), choices.properties, function (p) {
      return p.name + ' (' + p.code + ')';
    });
    $('#property-picker').hidden = choices.properties.length < 2;
    fill($('#filter-category'), choices.categories, function (c) {
      return i18n.label('category', c);
    });
    fill($('#filter-team'), choices.teams, function (g) {
      return i18n.label('group', g);
    });
    fill($('#filter-building'), choices.buildings, function (b) {
      return b;
    });
  }

  // ---- charts ------------------------------------------------------------------------------------

  function chart(name) {
    if (!state.charts[name]) {
      state.charts[name] = window.echarts.init(document.querySelector('[data-chart="' + name + '"]'), null, { renderer: 'svg' });
    }
    return state.charts[name];
  }

  /** Draws one chart; the element tells a test how many values it shows. */
  function draw(name, options, points) {
    var node = document.querySelector('[data-chart="' + name + '"]');
    var base = { color: COLORS, animation: false, tooltip: { trigger: 'axis', confine: true }, legend: { type: 'scroll', top: 0 }, grid: { left: 48, right: 16, top: 40, bottom: 32, containLabel: true } };
    chart(name).setOption(Object.assign(base, options), true);
    node.setAttribute('data-points', String(points));
    node.setAttribute('data-state', 'drawn');
  }

  function stackedPerDay(name, key, prefix) {
    var days = state.figures.requestsPerDay;
    var codes = {};
    days.forEach(function (day) {
      Object.keys(day[key]).forEach(function (code) {
        codes[code] = true;
      });
    });
    var series = Object.keys(codes).map(function (code) {
      return {
        name: i18n.label(prefix, code),
        type: 'bar',
        stack: 'day',
        data: days.map(function (day) {
          return day[key][code] || 0;
        })
      };
    });
    draw(name, {
      xAxis: { type: 'category', data: days.map(function (day) { return day.day.substring(5); }) },
      yAxis: { type: 'value', minInterval: 1 },
      dataZoom: days.length > 62 ? [{ type: 'inside' }, { type: 'slider', height: 16, bottom: 0 }] : [],
      series: series
    }, days.reduce(function (sum, day) { return sum + day.total; }, 0));
  }

  /** A rate per month as bars, and its target (or minimum) as a dashed line across the chart. */
  function rateSeries(values, target, targetName) {
    return [{
      name: t('kpi.series.rate'),
      type: 'bar',
      barMaxWidth: 48,
      data: values.map(function (v) { return v == null ? null : Math.round(v * 1000) / 10; }),
      label: { show: true, position: 'top', formatter: '{c}%' },
      markLine: {
        symbol: 'none',
        silent: true,
        lineStyle: { type: 'dashed', color: '#b71c1c', width: 2 },
        label: { formatter: (targetName || t('kpi.series.target')) + ' ' + Math.round(target * 1000) / 10 + '%', color: '#b71c1c', position: 'insideEndTop' },
        data: [{ yAxis: target * 100 }]
      }
    }];
  }

  function percentAxis(max) {
    return { type: 'value', max: max, axisLabel: { formatter: '{value}%' } };
  }

  function drawAll() {
    var f = state.figures;
    var months = f.months.map(function (m) { return m.month; });

    stackedPerDay('perDayCategory', 'byCategory', 'category');
    stackedPerDay('perDayChannel', 'byChannel', 'channel');

    var rules = [];
    f.compliance.forEach(function (row) {
      if (rules.indexOf(row.rule) < 0) {
        rules.push(row.rule);
      }
    });
    var counted = f.compliance.filter(function (row) { return row.rate != null; }).length;
    draw('compliance', {
      xAxis: { type: 'category', data: months },
      yAxis: percentAxis(100),
      series: rules.map(function (rule) {
        return {
          name: rule + ' ' + t('kpi.rule.' + rule),
          // a trend needs a few months; one or two read better as bars
          type: months.length > 2 ? 'line' : 'bar',
          connectNulls: true,
          data: months.map(function (month) {
            var row = f.compliance.filter(function (r) { return r.rule === rule && r.month === month; })[0];
            return row && row.rate != null ? Math.round(row.rate * 1000) / 10 : null;
          })
        };
      })
    }, counted);

    draw('rework', { xAxis: { type: 'category', data: months }, yAxis: percentAxis(null), series: rateSeries(f.months.map(function (m) { return m.reworkRate; }), f.targets.reworkRate) },
      f.months.filter(function (m) { return m.reworkRate != null; }).length);
    draw('satisfaction', { xAxis: { type: 'category', data: months }, yAxis: percentAxis(100), series: rateSeries(f.months.map(function (m) { return m.satisfactionRate; }), f.targets.satisfactionRate) },
      f.months.filter(function (m) { return m.satisfactionRate != null; }).length);
    draw('callbacks', {
      xAxis: { type: 'category', data: months },
      yAxis: { type: 'value', minInterval: 1 },
      series: [
        { name: t('kpi.series.done'), type: 'bar', data: f.months.map(function (m) { return m.callbacksDone; }) },
        { name: t('kpi.series.satisfied'), type: 'bar', data: f.months.map(function (m) { return m.callbacksSatisfied; }) }
      ]
    }, f.totals.callbacksDone);

    var severities = Object.keys(f.complaintsBySeverity);
    draw('complaints', {
      tooltip: { trigger: 'item', confine: true },
      series: [{
        type: 'pie',
        radius: ['35%', '65%'],
        top: 24,
        label: { formatter: '{b}: {c}' },
        data: severities.filter(function (s) { return f.complaintsBySeverity[s] > 0; }).map(function (s) {
          return { name: i18n.label('severity', s), value: f.complaintsBySeverity[s] };
        })
      }]
    }, f.totals.complaints);

    var ages = Object.keys(f.openCasesByAge);
    draw('open', {
      xAxis: { type: 'category', data: ages.map(function (a) { return i18n.label('age', a); }) },
      yAxis: { type: 'value', minInterval: 1 },
      series: [{ name: t('kpi.tile.open'), type: 'bar', label: { show: true, position: 'top' }, data: ages.map(function (a) { return f.openCasesByAge[a]; }) }]
    }, f.totals.openCases);

    var teams = f.byTeam;
    draw('teams', {
      xAxis: { type: 'value', minInterval: 1 },
      yAxis: { type: 'category', inverse: true, data: teams.map(function (g) { return i18n.label('group', g.name); }) },
      series: ['requests', 'closed', 'reworked', 'deadlinesMissed'].map(function (key) {
        return { name: t('kpi.series.' + (key === 'deadlinesMissed' ? 'missed' : key)), type: 'bar', data: teams.map(function (g) { return g[key]; }) };
      })
    }, teams.length);
  }

  function tile(name, text, onTarget) {
    var figure = document.querySelector('[data-tile="' + name + '"] .figure');
    figure.textContent = text;
    figure.className = 'figure' + (onTarget === true ? ' on-target' : onTarget === false ? ' below' : '');
  }

  function fillTiles() {
    var totals = state.figures.totals;
    var targets = state.figures.targets;
    tile('requests', String(totals.requests));
    tile('deadlines', percent(totals.deadlineCompliance), totals.deadlineCompliance == null ? null : totals.deadlineCompliance >= targets.deadlineCompliance);
    tile('rework', percent(totals.reworkRate), totals.reworkRate == null ? null : totals.reworkRate < targets.reworkRate);
    tile('satisfaction', percent(totals.satisfactionRate), totals.satisfactionRate == null ? null : totals.satisfactionRate >= targets.satisfactionRate);
    tile('callbacks', totals.callbacksDone + ' (' + totals.callbacksSatisfied + ')');
    tile('open', String(totals.openCases));
  }

  /** A table row saying there is nothing to list. */
  function noneRow(columns) {
    var row = document.createElement('tr');
    var cell = document.createElement('td');
    cell.colSpan = columns;
    cell.textContent = t('kpi.none');
    row.appendChild(cell);
    return row;
  }

  function fillHandlers() {
    var body = $('#handlers tbody');
    body.innerHTML = '';
    var rows = state.figures.byHandler;
    if (!rows.length) {
      body.appendChild(noneRow(6));
    }
    rows.forEach(function (g) {
      var tr = document.createElement('tr');
      tr.setAttribute('data-handler', g.name);
      [g.name, g.requests, g.closed, g.reworked, g.deadlinesMissed, percent(g.satisfactionRate)].forEach(function (value) {
        var td = document.createElement('td');
        td.textContent = String(value);
        tr.appendChild(td);
      });
      body.appendChild(tr);
    });
  }

  // ---- satisfaction surveys (QA-04, QA-05) ------------------------------------------------------

  function drawSurveys(s) {
    var totals = s.totals;
    tile('survey-campaigns', totals.campaigns + ' (' + totals.lowReturn + ')', totals.campaigns ? totals.lowReturn === 0 : null);
    tile('survey-return', percent(totals.returnRate), totals.returnRate == null ? null : totals.returnRate >= s.targets.returnRate);
    tile('survey-satisfaction', percent(totals.satisfactionRate), totals.satisfactionRate == null ? null : totals.satisfactionRate >= s.targets.satisfactionRate);
    var services = s.services;
    draw('surveyServices', {
      // one series whose bars are coloured by target: a legend would only say "actual"
      legend: { show: false },
      xAxis: { type: 'category', data: services.map(function (v) { return i18n.label('service', v.service); }), axisLabel: { interval: 0, rotate: services.length > 4 ? 30 : 0 } },
      yAxis: percentAxis(100),
      series: rateSeries(services.map(function (v) { return v.rate; }), s.targets.satisfactionRate).map(function (series) {
        // a service below target is drawn red
        series.data = series.data.map(function (value, i) {
          return { value: value, itemStyle: { color: services[i].belowTarget ? '#c62828' : '#2e7d32' } };
        });
        return series;
      })
    }, services.length);
    var names = {};
    state.choices.properties.forEach(function (p) { names[p.code] = p.name; });
    var campaigns = s.campaigns;
    draw('surveyReturn', {
      legend: { show: false },
      xAxis: { type: 'category', data: campaigns.map(function (c) { return c.opensOn + (state.choices.properties.length > 1 ? ' ' + (names[c.property] || c.property) : ''); }) },
      yAxis: percentAxis(100),
      series: rateSeries(campaigns.map(function (c) { return c.returnRate; }), s.targets.returnRate, t('kpi.series.minimum')).map(function (series) {
        series.data = series.data.map(function (value, i) {
          return { value: value, itemStyle: { color: campaigns[i].lowReturn ? '#c62828' : '#1565c0' } };
        });
        return series;
      })
    }, campaigns.length);
  }

  function loadSurveys(query, token) {
    getJson(SURVEYS + '?' + query).then(function (figures) {
      if (token === state.token) {
        drawSurveys(figures);
      }
    }).catch(function (error) {
      if (error.status !== 401) {
        showMessage(t('kpi.failed', error.message));
      }
    });
  }

  // ---- monthly evaluations (QA-01) ----------------------------------------------------------------

  var timeFormat = null;

  /** An instant as "2026-12-05 23:59" in the reader's time zone (the property's). */
  function localTime(instant) {
    if (!instant) {
      return '';
    }
    if (!timeFormat) {
      timeFormat = new Intl.DateTimeFormat('en-GB', { timeZone: state.choices.timeZone, year: 'numeric', month: '2-digit', day: '2-digit', hour: '2-digit', minute: '2-digit', hourCycle: 'h23' });
    }
    var parts = {};
    timeFormat.formatToParts(new Date(instant)).forEach(function (part) {
      parts[part.type] = part.value;
    });
    return parts.year + '-' + parts.month + '-' + parts.day + ' ' + parts.hour + ':' + parts.minute;
  }

  function loadEvaluations() {
    var property = $('#filter-property').value;
    getJson('/api/reports/evaluations' + (property ? '?property=' + encodeURIComponent(property) : '')).then(function (rows) {
      var body = $('#evaluations tbody');
      body.innerHTML = '';
      var names = {};
      state.choices.properties.forEach(function (p) { names[p.code] = p.name; });
      if (!rows.length) {
        body.appendChild(noneRow(6));
      }
      rows.forEach(function (e) {
        var tr = document.createElement('tr');
        tr.setAttribute('data-evaluation', e.property + ':' + e.month);
        // the due time shown is the last minute of the due day
        var due = e.dueAt ? new Date(new Date(e.dueAt).getTime() - 60000).toISOString() : null;
        [e.month, names[e.property] || e.property, localTime(due),
          e.writtenAt ? e.writtenBy + ' ' + localTime(e.writtenAt) : t('kpi.pending'),
          e.approvedAt ? e.approvedBy + ' ' + localTime(e.approvedAt) : t('kpi.pending')].forEach(function (value) {
          var td = document.createElement('td');
          td.textContent = value;
          tr.appendChild(td);
        });
        var link = document.createElement('a');
        link.href = '/api/reports/evaluations/' + e.id + '.pdf';
        link.target = '_blank';
        link.rel = 'noopener';
        link.textContent = t('kpi.pdf');
        var cell = document.createElement('td');
        cell.appendChild(link);
        tr.appendChild(cell);
        body.appendChild(tr);
      });
    }).catch(function (error) {
      if (error.status !== 401) {
        showMessage(error.message);
      }
    });
  }

  function scopeText() {
    var f = state.figures;
    var names = state.choices.properties.filter(function (p) { return f.properties.indexOf(p.code) >= 0; }).map(function (p) { return p.name; });
    $('#kpi-scope').textContent = t('kpi.scope', f.from, f.to, names.join('、'), state.choices.timeZone);
  }

  function render() {
    fillTiles();
    drawAll();
    fillHandlers();
    scopeText();
  }

  // ---- loading -----------------------------------------------------------------------------------

  function route() {
    if (!state.choices) {
      return;
    }
    var params = hashParams();
    FILTERS.forEach(function (name) {
      var field = $('#filter-' + name);
      var value = params.get(name) || '';
      // a bookmarked choice the lists do not offer (a building with no region yet) stays chosen
      if (value && field.tagName === 'SELECT' && !field.querySelector('option[value="' + CSS.escape(value) + '"]')) {
        field.appendChild(option(value, value));
      }
      field.value = value;
    });
    showView('dashboard');
    var query = formParams().toString();
    $('#kpi-csv').href = API + '.csv?' + query + '&lang=' + i18n.tag();
    // the surveys ask every household, whatever the category, team or building
    var surveyQuery = new URLSearchParams();
    ['from', 'to', 'property'].forEach(function (name) {
      if ($('#filter-' + name).value) {
        surveyQuery.set(name, $('#filter-' + name).value);
      }
    });
    $('#survey-csv').href = SURVEYS + '.csv?' + surveyQuery.toString() + '&lang=' + i18n.tag();
    var token = ++state.token;
    $('#kpi-scope').textContent = t('kpi.loading');
    showMessage('');
    getJson(API + '?' + query)
      .then(function (figures) {
        if (token !== state.token) {
          return;
        }
        state.figures = figures;
        render();
        loadSurveys(surveyQuery.toString(), token);
        loadEvaluations();
      })
      .catch(function (error) {
        if (error.status !== 401) {
          $('#kpi-scope').textContent = '';
          showMessage(t('kpi.failed', error.message));
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
        return getJson(API + '/choices').then(
          function (choices) {
            state.choices = choices;
            fillChoices();
            translate();
            route();
          },
          function (error) {
            if (error.status === 403) {
              showView('forbidden');
              $('#forbidden-text').textContent = t('kpi.forbidden', session.userId);
            } else if (error.status !== 401) {
              showMessage(error.message);
            }
          });
      })
      .catch(function (error) {
        if (error.status !== 401) {
          showMessage(error.message);
        }
      });
  }

  function showSignIn() {
    state.session = null;
    state.choices = null;
    desk.showSignedOut(VIEWS);
  }

  function translate() {
    i18n.apply(document);
    desk.markLanguage();
  }

  /** After a language switch: the choices and the figures' labels are drawn again in it. */
  function languageSwitched() {
    translate();
    if (state.choices) {
      fillChoices();
      translate();
      route();
    } else if (state.session) {
      $('#forbidden-text').textContent = t('kpi.forbidden', state.session.userId);
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
      var target = '#/?' + formParams().toString();
      if (window.location.hash === target) {
        route();
      } else {
        window.location.hash = target;
      }
    });
    window.addEventListener('hashchange', route);
    window.addEventListener('resize', function () {
      Object.keys(state.charts).forEach(function (name) {
        state.charts[name].resize();
      });
    });
    if (typeof window.echarts === 'undefined') {
      showMessage('ECharts is missing (build with ./mvnw, not -Dexec.skip).');
    }
    loadSession();
  }

  if (document.readyState === 'loading') {
    document.addEventListener('DOMContentLoaded', start);
  } else {
    start();
  }
})();
