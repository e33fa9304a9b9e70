// The table chart page: logs in, lists the tables and plots the rows of one as an SVG line.
// It talks to the server only through the REST API at ./rest, with fetch and JSON.
(function () {
  'use strict';

  var REST = 'rest';
  var REFRESH_MS = 5000;
  var WIDTH = 800, HEIGHT = 400, LEFT = 70, RIGHT = 20, TOP = 20, BOTTOM = 50;
  var SVG_NS = 'http://www.w3.org/2000/svg';

  var session = null;
  var tables = [];
  var timer = null;

  function $(id) { return document.getElementById(id); }

  function status(text) { $('status').textContent = text; }

  // Calls one REST operation with POST form parameters and returns the parsed JSON response.
  function call(params) {
    var body = new URLSearchParams(params);
    body.set('format', 'json');
    if (session) { body.set('vscpsession', session); }
    return fetch(REST, { method: 'POST', body: body }).then(function (response) {
      return response.json();
    }).then(function (answer) {
      if (!answer.success) { throw new Error(answer.description || answer.message); }
      return answer;
    });
  }

  // Turns a datetime-local value (local time) into ISO 8601 UTC, or '' when empty.
  function toUtc(value) {
    return value ? new Date(value).toISOString().replace(/\.\d{3}Z$/, 'Z') : '';
  }

  function element(name, attributes, text) {
    var node = document.createElementNS(SVG_NS, name);
    Object.keys(attributes).forEach(function (key) { node.setAttribute(key, attributes[key]); });
    if (text !== undefined) { node.textContent = text; }
    return node;
  }

  // A range within one day shows times only; the date then goes into the axis title.
  function timeLabel(ms, withDate) {
    var date = new Date(ms);
    return withDate ? date.toLocaleDateString() + ' ' + date.toLocaleTimeString()
                    : date.toLocaleTimeString();
  }

  // Draws rows [{date, value}] with axes, five ticks on each and the unit on the value axis.
  function draw(rows, unit) {
    var svg = $('chart');
    while (svg.firstChild) { svg.removeChild(svg.firstChild); }
    if (rows.length === 0) { return; }

    var times = rows.map(function (row) { return Date.parse(row.date); });
    var values = rows.map(function (row) { return Number(row.value); });
    var tMin = Math.min.apply(null, times), tMax = Math.max.apply(null, times);
    var vMin = Math.min.apply(null, values), vMax = Math.max.apply(null, values);
    if (tMax === tMin) { tMin -= 1000; tMax += 1000; }
    var oneDay = new Date(tMin).toDateString() === new Date(tMax).toDateString();
    if (vMax === vMin) { vMin -= 1; vMax += 1; }

    var plotWidth = WIDTH - LEFT - RIGHT, plotHeight = HEIGHT - TOP - BOTTOM;
    function x(t) { return LEFT + (t - tMin) / (tMax - tMin) * plotWidth; }
    function y(v) { return TOP + (vMax - v) / (vMax - vMin) * plotHeight; }

    for (var i = 0; i <= 4; i++) {
      var v = vMin + (vMax - vMin) * i / 4;
      var t = tMin + (tMax - tMin) * i / 4;
      svg.appendChild(element('line', { 'class': 'grid', x1: LEFT, x2: WIDTH - RIGHT,
        y1: y(v), y2: y(v) }));
      svg.appendChild(element('text', { 'class': 'value-label', x: LEFT - 6, y: y(v) + 4,
        'text-anchor': 'end' }, Number(v.toPrecision(4)).toString()));
      // The outer labels align with the plot edges so that they stay inside the picture.
      var anchor = i === 0 ? 'start' : (i === 4 ? 'end' : 'middle');
      svg.appendChild(element('text', { 'class': 'time-label', x: x(t), y: HEIGHT - BOTTOM + 18,
        'text-anchor': anchor }, timeLabel(t, !oneDay)));
    }
    svg.appendChild(element('line', { 'class': 'axis', x1: LEFT, x2: LEFT, y1: TOP,
      y2: HEIGHT - BOTTOM }));
    svg.appendChild(element('line', { 'class': 'axis', x1: LEFT, x2: WIDTH - RIGHT,
      y1: HEIGHT - BOTTOM, y2: HEIGHT - BOTTOM }));
    svg.appendChild(element('text', { 'class': 'unit-label', x: 14, y: TOP + plotHeight / 2,
      transform: 'rotate(-90 14 ' + (TOP + plotHeight / 2) + ')', 'text-anchor': 'middle' },
      unit || 'value'));
    svg.appendChild(element('text', { x: LEFT + plotWidth / 2, y: HEIGHT - 8,
      'text-anchor': 'middle' }, oneDay ? 'time on ' + new Date(tMin).toLocaleDateString()
                                        : 'time'));

    var points = rows.map(function (row, index) {
      return x(times[index]).toFixed(2) + ',' + y(values[index]).toFixed(2);
    }).join(' ');
    var line = element('polyline', { 'class': 'line', points: points });
    line.setAttribute('data-values', values.join(' '));
    svg.appendChild(line);
    rows.forEach(function (row, index) {
      svg.appendChild(element('circle', { 'class': 'point', r: 3, cx: x(times[index]),
        cy: y(values[index]), 'data-value': values[index], 'data-date': row.date }));
    });
  }

  function show() {
    var name = $('table').value;
    var table = tables.filter(function (t) { return t.name === name; })[0] || {};
    var params = { op: 'table', name: name };
    var from = toUtc($('from').value), to = toUtc($('to').value);
    if (from) { params.from = from; }
    if (to) { params.to = to; }
    return call(params).then(function (answer) {
      draw(answer.table, table.unit);
      status(answer.count + ' rows of ' + name + ', updated ' + new Date().toLocaleTimeString());
    }, function (error) {
      draw([], table.unit);
      status(error.message);
    });
  }

  function schedule() {
    if (timer) { clearInterval(timer); timer = null; }
    if ($('live').checked) { timer = setInterval(show, REFRESH_MS); }
  }

  $('login').addEventListener('submit', function (event) {
    event.preventDefault();
    session = null;
    call({ op: 'open', vscpuser: $('user').value, vscpsecret: $('password').value })
      .then(function (answer) {
        session = answer.vscpsession;
        return call({ op: 'table' });
      }).then(function (answer) {
        tables = answer.tables;
        var select = $('table');
        select.innerHTML = '';
        tables.forEach(function (table) {
          var option = document.createElement('option');
          option.value = table.name;
          option.textContent = table.name + (table.description ? ' - ' + table.description : '');
          select.appendChild(option);
        });
        $('query').hidden = false;
        status('Logged in; ' + tables.length + ' tables.');
      }).catch(function (error) { status(error.message); });
  });

  $('query').addEventListener('submit', function (event) {
    event.preventDefault();
    show();
    schedule();
  });
  $('live').addEventListener('change', schedule);
}());
