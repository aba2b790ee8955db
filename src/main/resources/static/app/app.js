/* Kyosei investigators' UI: plain JavaScript over the JSON API, Cytoscape.js for the graph. */
(function () {
  'use strict';

  const STYLE = {
    Individual:   { color: '#4e79a7', shape: 'ellipse' },
    Broker:       { color: '#e15759', shape: 'diamond' },
    Employer:     { color: '#f28e2b', shape: 'round-rectangle' },
    Organization: { color: '#222222', shape: 'octagon' },
    Community:    { color: '#59a14f', shape: 'hexagon' },
    Identifier:   { color: '#b07aa1', shape: 'triangle' },
    Incident:     { color: '#edc948', shape: 'star' }
  };
  const TYPES = ['MEMBER_OF', 'EMPLOYED_BY', 'PART_OF', 'PLACED', 'SUPPLIES', 'OPERATES', 'AFFILIATED_WITH', 'CONTROLS',
    'CONTACT', 'USES', 'TRANSFER', 'VICTIM_OF', 'SUSPECT_IN', 'LOCATED_IN'];

  const state = { auth: null, caseRef: null, me: null, selected: null, expanded: new Set() };
  const $ = (id) => document.getElementById(id);
  const esc = (s) => String(s == null ? '' : s).replace(/[&<>"']/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' }[c]));
  const status = (text, error) => { $('status').textContent = text; $('status').className = error ? 'error' : 'muted'; };

  if (window.cytoscapeFcose) { cytoscape.use(window.cytoscapeFcose); }

  const cy = cytoscape({
    container: $('graph'),
    wheelSensitivity: 0.3,
    textureOnViewport: true,
    hideEdgesOnViewport: true,
    minZoom: 0.05,
    style: [
      { selector: 'node', style: {
        'background-color': 'data(color)', shape: 'data(shape)', label: 'data(caption)', 'font-size': 10,
        'min-zoomed-font-size': 7, 'text-valign': 'bottom', 'text-margin-y': 3, width: 22, height: 22,
        'border-width': 1, 'border-color': '#fff' } },
      { selector: 'node:selected', style: { 'border-width': 4, 'border-color': '#00b3ff' } },
      { selector: 'node.evidence', style: { 'border-width': 4, 'border-color': '#ff2d7a' } },
      { selector: 'node.centre', style: { width: 32, height: 32 } },
      { selector: 'edge', style: {
        width: 'mapData(confidence, 0, 1, 0.5, 2.5)', 'line-color': '#9aa6b8', 'curve-style': 'bezier',
        'target-arrow-shape': 'triangle', 'target-arrow-color': '#9aa6b8', 'arrow-scale': 0.6,
        label: 'data(type)', 'font-size': 7, 'min-zoomed-font-size': 9, color: '#5b6676' } },
      { selector: 'edge.path', style: { 'line-color': '#ff2d7a', 'target-arrow-color': '#ff2d7a', width: 3 } },
      { selector: '.hidden-type', style: { display: 'none' } }
    ]
  });
  window.kyoseiGraph = cy;

  // ---- API ----
  async function api(path, options) {
    const headers = Object.assign({ 'Authorization': state.auth, 'X-Requested-With': 'XMLHttpRequest',
      'X-Kyosei-Case': state.caseRef, 'Accept': 'application/json' }, (options && options.headers) || {});
    const response = await fetch(path, Object.assign({}, options, { headers }));
    const body = response.headers.get('content-type') && response.headers.get('content-type').includes('json')
      ? await response.json() : null;
    if (!response.ok) {
      const detail = body && (body.detail || body.title) ? (body.detail || body.title) : ('HTTP ' + response.status);
      const error = new Error(detail);
      error.status = response.status;
      throw error;
    }
    return body;
  }
  const asOf = () => {
    const slider = $('asof-slider');
    const weeks = Number(slider.max) - Number(slider.value);
    const d = new Date();
    d.setUTCDate(d.getUTCDate() - 7 * weeks);
    return d.toISOString().slice(0, 10);
  };
  const guard = (fn) => async (...args) => {
    try { await fn(...args); } catch (e) { status(e.message, true); }
  };

  // ---- graph elements ----
  function addNode(n, extra) {
    const style = STYLE[n.label] || { color: '#999', shape: 'ellipse' };
    const existing = cy.getElementById(n.id);
    const caption = n.name ? n.name : n.id;
    if (existing.nonempty()) {
      if (n.name && !existing.data('name')) { existing.data({ name: n.name, caption }); }
      return existing;
    }
    return cy.add({ group: 'nodes', data: Object.assign({ id: n.id, label: n.label, name: n.name, caption,
      color: style.color, shape: style.shape }, extra || {}) });
  }
  function addTie(t) {
    const id = t.src + '|' + t.type + '|' + t.dst + '|' + t.since;
    if (cy.getElementById(id).nonempty() || cy.getElementById(t.src).empty() || cy.getElementById(t.dst).empty()) { return; }
    cy.add({ group: 'edges', data: { id, source: t.src, target: t.dst, type: t.type, since: t.since,
      weight: t.weight, confidence: t.confidence } });
  }
  function layout(fit) {
    const options = window.cytoscapeFcose
      ? { name: 'fcose', quality: cy.nodes().length > 600 ? 'draft' : 'default', animate: false, randomize: true,
          nodeRepulsion: 6000, idealEdgeLength: 70, fit: fit !== false, padding: 30 }
      : { name: 'cose', animate: false };
    cy.layout(options).run();
    applyTypeFilter();
  }
  function selectedTypes() {
    return new Set(TYPES.filter((t) => $('type-' + t).checked));
  }
  function applyTypeFilter() {
    const types = selectedTypes();
    cy.edges().forEach((e) => { e.toggleClass('hidden-type', !types.has(e.data('type'))); });
  }

  // ---- details ----
  const showDetails = guard(async (id) => {
    const entity = await api('api/entities/' + encodeURIComponent(id));
    state.selected = entity;
    const rows = Object.entries(entity.properties).map(([k, v]) => '<tr><th>' + esc(k) + '</th><td>' + esc(v) + '</td></tr>').join('');
    const scores = Object.entries(entity.scores).map(([k, v]) => '<tr><th>' + esc(k) + '</th><td class="score">'
      + esc(typeof v === 'number' ? Number(v.toPrecision(4)) : v) + '</td></tr>').join('');
    $('details').className = '';
    $('details').innerHTML = '<div><span class="badge">' + esc(entity.label) + '</span> <strong>' + esc(entity.name || entity.id)
      + '</strong> <span class="muted">' + esc(entity.id) + '</span></div><table>' + rows + '</table>'
      + (scores ? '<h2>Scores</h2><table>' + scores + '</table>' : '<p class="muted">No scores yet (kyosei analyze).</p>');
    $('expand-button').disabled = false;
    $('broker-button').disabled = entity.label !== 'Broker';
    if (!$('path-from').value) { $('path-from').value = entity.id; } else if ($('path-from').value !== entity.id) { $('path-to').value = entity.id; }
  });

  const expand = guard(async (id) => {
    const hops = $('expand-hops').value;
    const page = await api('api/entities/' + encodeURIComponent(id) + '/neighbourhood?hops=' + hops + '&limit=200&asOf=' + asOf());
    const types = selectedTypes();
    cy.batch(() => {
      page.nodes.forEach((n) => addNode(n));
      page.ties.filter((t) => types.has(t.type)).forEach(addTie);
      cy.getElementById(id).addClass('centre');
    });
    state.expanded.add(id);
    layout();
    status(page.nodes.length + ' entities around ' + id + ' as of ' + page.asOf
      + (page.more > 0 ? ' — ' + (page.moreAtLeast ? 'at least ' : '') + page.more + ' more not shown (strongest, most recent first)' : ''));
  });

  // ---- search ----
  $('search-form').addEventListener('submit', guard(async (event) => {
    event.preventDefault();
    const q = $('search-input').value.trim();
    if (!q) { return; }
    const result = await api('api/entities?q=' + encodeURIComponent(q));
    $('search-results').innerHTML = result.entities.map((e) => '<li data-id="' + esc(e.id) + '"><span class="badge">' + esc(e.label)
      + '</span> ' + esc(e.name || '') + ' <span class="muted">' + esc(e.id) + '</span></li>').join('')
      || '<li class="muted">Nothing matches.</li>';
    status(result.entities.length + ' matches for "' + q + '"');
  }));
  $('search-results').addEventListener('click', guard(async (event) => {
    const li = event.target.closest('li[data-id]');
    if (!li) { return; }
    const id = li.dataset.id;
    const entity = await api('api/entities/' + encodeURIComponent(id));
    addNode(entity);
    cy.getElementById(id).select();
    layout();
    await showDetails(id);
  }));

  cy.on('tap', 'node', (event) => { showDetails(event.target.id()); });
  cy.on('dbltap', 'node', (event) => { expand(event.target.id()); });
  $('expand-button').addEventListener('click', () => { if (state.selected) { expand(state.selected.id); } });

  // ---- as-of ----
  function showAsOf() { $('asof-label').textContent = asOf(); }
  $('asof-slider').addEventListener('input', showAsOf);
  $('asof-slider').addEventListener('change', guard(async () => {
    showAsOf();
    const centres = Array.from(state.expanded);
    if (!centres.length) { return; }
    cy.elements().remove();
    state.expanded.clear();
    for (const id of centres) { await expand(id); }
    status('Graph as of ' + asOf() + ' around ' + centres.join(', '));
  }));

  // ---- paths ----
  function showPaths(answer, message) {
    cy.batch(() => {
      cy.elements().removeClass('path');
      answer.nodes.forEach((n) => addNode(n));
      answer.ties.forEach(addTie);
      const onPath = new Set();
      answer.ties.forEach((t) => onPath.add(t.src + '|' + t.type + '|' + t.dst + '|' + t.since));
      cy.edges().filter((e) => onPath.has(e.id())).addClass('path');
    });
    layout();
    status(message);
  }
  $('path-button').addEventListener('click', guard(async () => {
    const from = $('path-from').value.trim();
    const to = $('path-to').value.trim();
    const k = $('path-k').value;
    const answer = await api('api/paths?from=' + encodeURIComponent(from) + '&to=' + encodeURIComponent(to) + '&k=' + k + '&asOf=' + asOf());
    showPaths(answer, answer.paths.length ? answer.paths.length + ' shortest path(s) ' + from + ' → ' + to + ': '
      + answer.paths.map((p) => p.hops + ' hops').join(', ') : 'No path between ' + from + ' and ' + to + ' as of ' + answer.asOf);
  }));
  $('network-button').addEventListener('click', guard(async () => {
    const ids = cy.nodes(':selected').map((n) => n.id());
    if (ids.length < 2) { status('Select two or more entities (shift-click) to connect them.', true); return; }
    const answer = await api('api/paths/network?ids=' + ids.map(encodeURIComponent).join(',') + '&asOf=' + asOf());
    showPaths(answer, 'Connecting network of ' + ids.length + ' entities: ' + answer.nodes.length + ' entities');
  }));

  // ---- broker panel ----
  const table = (rows, columns) => rows && rows.length
    ? '<table><tr>' + columns.map((c) => '<th>' + esc(c) + '</th>').join('') + '</tr>'
      + rows.map((r) => '<tr>' + columns.map((c) => '<td>' + esc(r[c]) + '</td>').join('') + '</tr>').join('') + '</table>'
    : '<p class="muted">None.</p>';
  $('broker-button').addEventListener('click', guard(async () => {
    const id = state.selected.id;
    const p = await api('api/brokers/' + encodeURIComponent(id) + '/panel?asOf=' + asOf());
    const shared = p.sharedIdentifiers.map((s) => ({ identifier: s.id, kind: s.kind, via: s.usedThrough, others: s.otherUsers,
      sample: s.others.slice(0, 5).map((o) => o.id).join(', ') }));
    $('broker-panel').hidden = false;
    $('broker-panel').innerHTML = '<h2>Broker panel: ' + esc(p.broker.name || id) + '</h2>'
      + '<p>' + p.fees.placements + ' placements, fees total ' + Math.round(p.fees.total) + ', average '
      + Math.round(p.fees.averagePerPlacement) + '</p>'
      + '<h2>Placements by week</h2>' + table(p.placementsByWeek, ['week', 'placements', 'total_fee', 'average_fee'])
      + '<h2>Employers supplied</h2>' + table(p.employers, ['id', 'name', 'since', 'placedWorkers'])
      + '<h2>Operators</h2>' + table(p.operators, ['id', 'label', 'name'])
      + '<h2>Shared addresses, phones, accounts</h2>' + table(shared, ['identifier', 'kind', 'via', 'others', 'sample'])
      + '<h2>Ties to organizations</h2>' + table(p.organizationTies.map((t) => ({ organization: t.organization, hops: t.hops,
        path: (t.path || []).join(' > '), min_confidence: t.min_confidence })), ['organization', 'hops', 'path', 'min_confidence']);
    status('Broker panel of ' + id);
  }));

  // ---- anomalies ----
  const DECISIONS = [['CONFIRMED', 'Confirm'], ['DISMISSED', 'Dismiss'], ['NEEDS_INFORMATION', 'Needs information']];
  async function showLeads() {
    const list = await api('api/anomalies?asOf=' + asOf());
    const decided = {};
    (await api('api/anomalies/decisions').catch(() => ({ decisions: [] }))).decisions
      .forEach((d) => { decided[d.subject + '|' + d.indicator] = d; });
    $('anomaly-section').hidden = false;
    state.anomalyWeek = list.asOf;
    $('anomaly-list').innerHTML = list.rows.map((r, i) => {
      const d = decided[r.subject_id + '|' + r.indicator];
      return '<li data-row="' + i + '"><span class="badge">' + esc(r.status) + '</span> '
        + '<strong>' + esc(r.indicator) + '</strong> ' + esc(r.subject_id) + ' <span class="score">' + esc(r.score) + '</span><br>'
        + '<span class="muted">' + esc(r.explanation) + '</span><br>'
        + (d ? '<span class="decision">' + esc(d.decision) + ' by ' + esc(d.user) + ': ' + esc(d.reason) + '</span><br>' : '')
        + DECISIONS.map(([value, text]) => '<button type="button" class="decide" data-decision="' + value + '">' + text + '</button>').join(' ')
        + (list.pseudonymous ? ' <button type="button" class="open-lead">Open with a reason</button>' : '')
        + '</li>';
    }).join('') || '<li class="muted">No leads this week.</li>';
    state.anomalies = list.rows;
    state.pseudonymous = list.pseudonymous;
    status(list.rows.length + ' leads for review, week of ' + list.asOf);
  }
  $('anomalies-button').addEventListener('click', guard(showLeads));
  $('anomaly-list').addEventListener('click', guard(async (event) => {
    const li = event.target.closest('li[data-row]');
    if (!li) { return; }
    const row = state.anomalies[Number(li.dataset.row)];
    const button = event.target.closest('button');
    if (button && button.classList.contains('decide')) {
      const reason = window.prompt('Reason for "' + button.textContent + '" on lead ' + row.subject_id + ' / ' + row.indicator + ':');
      if (!reason) { return; }
      await api('api/anomalies/decisions', { method: 'POST', headers: { 'Content-Type': 'application/json' },
        body: JSON.stringify({ subject: row.subject_id, indicator: row.indicator, decision: button.dataset.decision, reason,
          asOf: state.anomalyWeek }) });
      await showLeads();
      status('Decision recorded for lead ' + row.subject_id + ' (' + row.indicator + ').');
      return;
    }
    if (button && button.classList.contains('open-lead')) {
      const reason = window.prompt('Why do you open lead ' + row.subject_id + '? (recorded in the audit trail)');
      if (!reason) { return; }
      const opened = await api('api/anomalies/' + encodeURIComponent(row.subject_id) + '/open?reason=' + encodeURIComponent(reason)
        + '&indicator=' + encodeURIComponent(row.indicator) + '&asOf=' + state.anomalyWeek);
      li.insertAdjacentHTML('beforeend', '<div class="opened">' + opened.rows.map((r) => esc(r.explanation)).join('<br>')
        + '<br><span class="muted">' + opened.entities.map((e) => esc(e.id) + (e.name ? ' (' + esc(e.name) + ')' : '')).join(', ')
        + '</span></div>');
      status('Lead opened; the reason is recorded.');
      return;
    }
    if (state.pseudonymous) { status('Leads are pseudonymous for your role: open one with a reason.'); return; }
    const ids = Array.from(new Set([row.subject_id].concat(row.evidence.split(/[>|]/).filter((s) => s)))).slice(0, 20);
    cy.elements().remove();
    state.expanded.clear();
    if (ids.length >= 2) {
      const answer = await api('api/paths/network?ids=' + ids.map(encodeURIComponent).join(',') + '&asOf=' + asOf());
      showPaths(answer, 'Evidence of lead #' + row.rank + ': ' + row.explanation);
    } else {
      addNode(await api('api/entities/' + encodeURIComponent(ids[0])));
      layout();
    }
    ids.forEach((id) => cy.getElementById(id).addClass('evidence'));
    await showDetails(row.subject_id);
  }));

  // ---- export ----
  function download(blob, name) {
    const a = document.createElement('a');
    a.href = URL.createObjectURL(blob);
    a.download = name;
    document.body.appendChild(a);
    a.click();
    setTimeout(() => { URL.revokeObjectURL(a.href); a.remove(); }, 1000);
  }
  function svg() {
    const bb = cy.elements().boundingBox();
    const pad = 20;
    const shapes = {
      ellipse: (x, y, r) => '<circle cx="' + x + '" cy="' + y + '" r="' + r + '"',
      default: (x, y, r) => '<rect x="' + (x - r) + '" y="' + (y - r) + '" width="' + 2 * r + '" height="' + 2 * r + '"'
    };
    const parts = ['<svg xmlns="http://www.w3.org/2000/svg" viewBox="' + (bb.x1 - pad) + ' ' + (bb.y1 - pad) + ' '
      + (bb.w + 2 * pad) + ' ' + (bb.h + 2 * pad) + '" font-family="sans-serif">'];
    parts.push('<!-- Kyosei export by ' + esc(state.me && state.me.name) + ', case ' + esc(state.caseRef) + ', as of ' + asOf()
      + ', ' + new Date().toISOString() + ' -->');
    cy.edges(':visible').forEach((e) => {
      const s = e.source().position(); const t = e.target().position();
      parts.push('<line x1="' + s.x + '" y1="' + s.y + '" x2="' + t.x + '" y2="' + t.y + '" stroke="'
        + (e.hasClass('path') ? '#ff2d7a' : '#9aa6b8') + '" stroke-width="1.2"><title>' + esc(e.data('type')) + '</title></line>');
    });
    cy.nodes(':visible').forEach((n) => {
      const p = n.position();
      const draw = shapes[n.data('shape')] || shapes.default;
      parts.push(draw(p.x, p.y, 11) + ' fill="' + n.data('color') + '" stroke="#fff"/>');
      parts.push('<text x="' + p.x + '" y="' + (p.y + 22) + '" font-size="9" text-anchor="middle">' + esc(n.data('caption')) + '</text>');
    });
    parts.push('</svg>');
    return parts.join('\n');
  }
  $('export-png').addEventListener('click', () => download(cy.png({ full: true, scale: 2, output: 'blob', bg: '#ffffff' }), 'kyosei-graph.png'));
  $('export-svg').addEventListener('click', () => download(new Blob([svg()], { type: 'image/svg+xml' }), 'kyosei-graph.svg'));
  window.kyoseiSvg = svg;
  $('clear-button').addEventListener('click', () => { cy.elements().remove(); state.expanded.clear(); status('Cleared.'); });

  // ---- legend and filters ----
  $('legend').innerHTML = Object.entries(STYLE).map(([label, s]) => '<div class="legend-item"><span class="swatch"></span>' + esc(label)
    + ' <span class="muted">(' + esc(s.shape) + ')</span></div>').join('');
  // colours through the CSSOM: the Content-Security-Policy refuses style attributes in markup
  Object.values(STYLE).forEach((s, i) => {
    const swatch = $('legend').children[i].firstElementChild;
    swatch.style.background = s.color;
    swatch.style.borderRadius = s.shape === 'ellipse' ? '50%' : '2px';
  });
  $('type-filter').innerHTML = TYPES.map((t) => '<label><input type="checkbox" id="type-' + t + '" checked> ' + t + '</label>').join('<br>');
  $('type-filter').addEventListener('change', applyTypeFilter);
  showAsOf();

  // ---- login ----
  $('login-form').addEventListener('submit', async (event) => {
    event.preventDefault();
    state.auth = 'Basic ' + btoa(unescape(encodeURIComponent($('login-user').value + ':' + $('login-password').value)));
    state.caseRef = $('login-case').value.trim();
    try {
      state.me = await api('api/me');
      $('login').hidden = true;
      $('login').style.display = 'none';
      $('whoami').textContent = state.me.name + ' (' + state.me.role + ') — case ' + state.caseRef;
      status('Logged in. Search an entity, or open this week\'s leads.');
    } catch (e) {
      $('login-error').textContent = e.status === 401 ? 'Unknown user or wrong password.' : e.message;
    }
  });
})();
