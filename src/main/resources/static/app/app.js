/* Kyosei investigators' screen: plain JavaScript over the JSON API, Cytoscape.js for the graph. */
(function (K) {
  'use strict';
  const t = K.t;

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

  /** The largest zoom a fit may reach: one or two entities are shown at their size, not blown up to fill the canvas. */
  const MAX_FIT_ZOOM = 1.5;
  let PAGE = 200;
  const state = { selected: null, expanded: new Set(), pages: {} };
  const { $, esc, status, api, guard, download } = K;

  const graph = new K.Graph($('graph'), (c) => {
    c.on('tap', 'node', (event) => { showDetails(event.target.id()); });
    c.on('dbltap', 'node', (event) => { expand(event.target.id()); });
  });
  let cy = graph.cy;

  const asOf = () => {
    const slider = $('asof-slider');
    const weeks = Number(slider.max) - Number(slider.value);
    const d = new Date();
    d.setUTCDate(d.getUTCDate() - 7 * weeks);
    return d.toISOString().slice(0, 10);
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
    cy.add({ group: 'edges', data: { id, source: t.src, target: t.dst, type: t.type, caption: K.i18n.tOr('ui.type.' + t.type, t.type), since: t.since,
      weight: t.weight, confidence: t.confidence } });
  }
  function layout(fit) {
    const options = window.cytoscapeFcose
      ? { name: 'fcose', quality: cy.nodes().length > 600 ? 'draft' : 'default', animate: false, randomize: true,
          nodeRepulsion: 6000, idealEdgeLength: 70, fit: fit !== false, padding: 30 }
      : { name: 'cose', animate: false };
    cy = graph.fitRenderer();
    const running = cy.layout(options);
    running.one('layoutstop', () => {
      if (fit !== false && cy.zoom() > MAX_FIT_ZOOM) { cy.zoom(MAX_FIT_ZOOM); cy.center(); }
      graph.rankLabels();
    });
    running.run();
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
    const rows = Object.entries(entity.properties).map(([k, v]) => '<tr><th title="' + esc(k) + '">' + esc(K.i18n.tOr('ui.prop.' + k, k))
      + '</th><td title="' + esc(v) + '">' + esc(K.code(k, v)) + '</td></tr>').join('');
    const scores = Object.entries(entity.scores).map(([k, v]) => '<tr><th>' + esc(k) + '</th><td class="score">'
      + esc(typeof v === 'number' ? Number(v.toPrecision(4)) : v) + '</td></tr>').join('');
    $('details').className = '';
    $('details').innerHTML = '<div><span class="badge">' + esc(t('ui.label.' + entity.label)) + '</span> <strong>' + esc(entity.name || entity.id)
      + '</strong> <span class="muted">' + esc(entity.id) + '</span></div><table>' + rows + '</table>'
      + (scores ? '<h2>' + esc(t('ui.entity.scores')) + '</h2><table>' + scores + '</table>'
        : '<p class="muted">' + esc(t('ui.entity.noScores')) + '</p>');
    $('expand-button').disabled = false;
    $('broker-button').disabled = entity.label !== 'Broker';
    if (!$('path-from').value) { $('path-from').value = entity.id; } else if ($('path-from').value !== entity.id) { $('path-to').value = entity.id; }
  });

  const expand = guard(async (id, offset) => {
    const hops = $('expand-hops').value;
    const from = offset || 0;
    const date = asOf();
    const page = await api('api/entities/' + encodeURIComponent(id) + '/neighbourhood?hops=' + hops + '&limit=' + PAGE
      + '&offset=' + from + '&asOf=' + date);
    const types = selectedTypes();
    cy.batch(() => {
      page.nodes.forEach((n) => addNode(n));
      page.ties.filter((t) => types.has(t.type)).forEach(addTie);
      cy.getElementById(id).addClass('centre');
    });
    state.expanded.add(id);
    state.pages[id] = { hops, next: from + PAGE, more: page.more, size: PAGE, asOf: date };
    state.lastCentre = id;
    exportable(true);
    $('expand-more').hidden = !(page.more > 0);
    layout();
    status(t('ui.expand.done', [page.nodes.length, id, K.i18n.formatDate(page.asOf)])
      + (page.more > 0 ? ' — ' + t(page.moreAtLeast ? 'ui.expand.moreAtLeast' : 'ui.expand.moreExactly', [page.more]) : ''));
  });
  /** The next page of the selected entity's ties (the strongest and most recent came first). */
  $('expand-more').addEventListener('click', () => {
    const id = state.selected && state.selected.id;
    const paged = id && state.pages[id];
    if (paged) { $('expand-hops').value = paged.hops; expand(id, paged.next); }
  });

  // ---- search ----
  $('search-form').addEventListener('submit', guard(async (event) => {
    event.preventDefault();
    const q = $('search-input').value.trim();
    if (!q) { return; }
    const result = await api('api/entities?q=' + encodeURIComponent(q));
    $('search-results').innerHTML = result.entities.map((e) => '<li data-id="' + esc(e.id) + '"><span class="badge">' + esc(t('ui.label.' + e.label))
      + '</span> ' + esc(e.name || '') + ' <span class="muted">' + esc(e.id) + '</span></li>').join('')
      || '<li class="muted">' + esc(t('ui.search.none')) + '</li>';
    status(t('ui.search.done', [result.entities.length, q]));
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

  $('expand-button').addEventListener('click', () => { if (state.selected) { expand(state.selected.id); } });

  // ---- as-of ----
  function showAsOf() { $('asof-label').textContent = K.i18n.formatDate(asOf()); }
  $('asof-slider').addEventListener('input', showAsOf);
  $('asof-slider').addEventListener('change', guard(async () => {
    showAsOf();
    const centres = Array.from(state.expanded);
    if (!centres.length) { return; }
    cy.elements().remove();
    state.expanded.clear();
    for (const id of centres) { await expand(id); }
    status(t('ui.asof.done', [K.i18n.formatDate(asOf()), centres.join(', ')]));
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
    showPaths(answer, answer.paths.length ? t('ui.paths.found', [answer.paths.length, from, to])
      + answer.paths.map((p) => t('ui.paths.hops', [p.hops])).join(', ')
      : t('ui.paths.none', [from, to, K.i18n.formatDate(answer.asOf)]));
  }));
  $('network-button').addEventListener('click', guard(async () => {
    const ids = cy.nodes(':selected').map((n) => n.id());
    if (ids.length < 2) { status(t('ui.paths.selectTwo'), true); return; }
    const answer = await api('api/paths/network?ids=' + ids.map(encodeURIComponent).join(',') + '&asOf=' + asOf());
    showPaths(answer, t('ui.paths.networkDone', [ids.length, answer.nodes.length]));
  }));

  // ---- broker panel ----
  const table = (rows, columns) => rows && rows.length
    ? '<table><tr>' + columns.map((c) => '<th>' + esc(t('ui.broker.col.' + c)) + '</th>').join('') + '</tr>'
      + rows.map((r) => '<tr>' + columns.map((c) => '<td>' + esc(c === 'since' ? K.i18n.formatDate(r[c]) : r[c]) + '</td>').join('')
        + '</tr>').join('') + '</table>'
    : '<p class="muted">' + esc(t('ui.common.none')) + '</p>';
  $('broker-button').addEventListener('click', guard(async () => {
    const id = state.selected.id;
    const p = await api('api/brokers/' + encodeURIComponent(id) + '/panel?asOf=' + asOf());
    const shared = p.sharedIdentifiers.map((s) => ({ identifier: s.id, kind: s.kind, via: s.usedThrough, others: s.otherUsers,
      sample: s.others.slice(0, 5).map((o) => o.id).join(', ') }));
    $('broker-panel').hidden = false;
    $('broker-panel').innerHTML = '<h2>' + esc(t('ui.broker.title', [p.broker.name || id])) + '</h2>'
      + '<p>' + esc(t('ui.broker.fees', [p.fees.placements, Math.round(p.fees.total), Math.round(p.fees.averagePerPlacement)])) + '</p>'
      + '<h2>' + esc(t('ui.broker.byWeek')) + '</h2>' + table(p.placementsByWeek, ['week', 'placements', 'total_fee', 'average_fee'])
      + '<h2>' + esc(t('ui.broker.employers')) + '</h2>' + table(p.employers, ['id', 'name', 'since', 'placedWorkers'])
      + '<h2>' + esc(t('ui.broker.operators')) + '</h2>' + table(p.operators, ['id', 'label', 'name'])
      + '<h2>' + esc(t('ui.broker.shared')) + '</h2>' + table(shared, ['identifier', 'kind', 'via', 'others', 'sample'])
      + '<h2>' + esc(t('ui.broker.organizations')) + '</h2>' + table(p.organizationTies.map((o) => ({ organization: o.organization,
        hops: o.hops, path: (o.path || []).join(' > '), min_confidence: o.min_confidence })), ['organization', 'hops', 'path', 'min_confidence']);
    status(t('ui.broker.done', [id]));
  }));

  // ---- anomalies ----
  const DECISIONS = ['CONFIRMED', 'DISMISSED', 'NEEDS_INFORMATION'];
  /** The latest week with a list on or before the slider's date (the demo's list is dated last Sunday), else the latest. */
  async function leadWeek() {
    // The weeks come latest first: the latest list dated on or before the slider's day, else the oldest there is.
    const weeks = (await api('api/anomalies/weeks')).weeks.map((w) => w.asOf);
    if (!weeks.length) { return null; }
    const until = asOf();
    const before = weeks.filter((w) => w <= until);
    return before.length ? before[0] : weeks[weeks.length - 1];
  }
  async function showLeads() {
    const week = await leadWeek();
    if (!week) { status(t('ui.leads.noList'), true); return; }
    const list = await api('api/anomalies?asOf=' + week);
    const decided = {};
    (await api('api/anomalies/decisions').catch(() => ({ decisions: [] }))).decisions
      .forEach((d) => { decided[d.subject + '|' + d.indicator] = d; });
    $('anomaly-section').hidden = false;
    state.anomalyWeek = list.asOf;
    $('anomaly-list').innerHTML = list.rows.map((r, i) => {
      const d = decided[r.subject_id + '|' + r.indicator];
      return '<li data-row="' + i + '"><span class="badge">' + esc(t('ui.status.' + r.status)) + '</span> '
        + '<strong>' + esc(K.i18n.tOr('ui.indicator.' + r.indicator.toUpperCase(), r.indicator)) + '</strong> <code>' + esc(r.indicator)
        + '</code> ' + esc(r.subject_id) + ' <span class="score">' + esc(r.score) + '</span><br>'
        + '<span class="muted">' + esc(r.explanation) + '</span><br>'
        + (d ? '<span class="decision">' + esc(t('ui.decision.by', [t('ui.decision.' + d.decision), d.user, d.reason])) + '</span><br>' : '')
        + DECISIONS.map((value) => '<button type="button" class="decide" data-decision="' + value + '">'
          + esc(t('ui.decide.' + value)) + '</button>').join(' ')
        + '</li>';
    }).join('') || '<li class="muted">' + esc(t('ui.leads.none')) + '</li>';
    state.anomalies = list.rows;
    status(t('ui.leads.done', [list.rows.length, K.i18n.formatDate(list.asOf)]));
  }
  $('anomalies-button').addEventListener('click', guard(showLeads));
  $('anomaly-list').addEventListener('click', guard(async (event) => {
    const li = event.target.closest('li[data-row]');
    if (!li) { return; }
    const row = state.anomalies[Number(li.dataset.row)];
    const button = event.target.closest('button');
    if (button && button.classList.contains('decide')) {
      const reason = window.prompt(t('ui.decide.prompt', [button.textContent, row.subject_id, row.indicator]));
      if (!reason) { return; }
      await api('api/anomalies/decisions', { method: 'POST', headers: { 'Content-Type': 'application/json' },
        body: JSON.stringify({ subject: row.subject_id, indicator: row.indicator, decision: button.dataset.decision, reason,
          asOf: state.anomalyWeek }) });
      await showLeads();
      status(t('ui.decide.done', [row.subject_id, row.indicator]));
      return;
    }
    const ids = Array.from(new Set([row.subject_id].concat(row.evidence.split(/[>|]/).filter((s) => s)))).slice(0, 20);
    cy.elements().remove();
    state.expanded.clear();
    state.lastCentre = null; // the graph is the lead's evidence now, no neighbourhood to export
    exportable(false);
    if (ids.length >= 2) {
      const answer = await api('api/paths/network?ids=' + ids.map(encodeURIComponent).join(',') + '&asOf=' + asOf());
      showPaths(answer, t('ui.leads.evidence', [row.rank]) + ' ' + row.explanation);
    } else {
      addNode(await api('api/entities/' + encodeURIComponent(ids[0])));
      layout();
    }
    ids.forEach((id) => cy.getElementById(id).addClass('evidence'));
    await showDetails(row.subject_id);
  }));

  // ---- export ----
  function svg() {
    const bb = cy.elements().boundingBox();
    const pad = 20;
    const shapes = {
      ellipse: (x, y, r) => '<circle cx="' + x + '" cy="' + y + '" r="' + r + '"',
      default: (x, y, r) => '<rect x="' + (x - r) + '" y="' + (y - r) + '" width="' + 2 * r + '" height="' + 2 * r + '"'
    };
    const parts = ['<svg xmlns="http://www.w3.org/2000/svg" viewBox="' + (bb.x1 - pad) + ' ' + (bb.y1 - pad) + ' '
      + (bb.w + 2 * pad) + ' ' + (bb.h + 2 * pad) + '" font-family="sans-serif">'];
    parts.push('<!-- Kyosei export by ' + esc(K.session.me && K.session.me.name) + ', case ' + esc(K.session.caseRef) + ', as of ' + asOf()
      + ', ' + new Date().toISOString() + ' -->');
    cy.edges(':visible').forEach((e) => {
      const s = e.source().position(); const t = e.target().position();
      parts.push('<line x1="' + s.x + '" y1="' + s.y + '" x2="' + t.x + '" y2="' + t.y + '" stroke="'
        + (e.hasClass('path') ? '#ff2d7a' : '#9aa6b8') + '" stroke-width="1.2"><title>' + esc(e.data('caption') || e.data('type')) + '</title></line>');
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
  /** The file exports hold the centre last expanded, with the hops, date and pages loaded; none before an expansion. */
  function exportable(on) {
    document.querySelectorAll('button.export-file').forEach((b) => { b.disabled = !on; });
  }
  document.querySelectorAll('button.export-file').forEach((button) => button.addEventListener('click', guard(async () => {
    const id = state.lastCentre;
    const paged = id && state.pages[id];
    if (!paged) { status(t('ui.export.none'), true); return; }
    const format = button.dataset.format;
    // the server writes the centre and the first offset+limit entities: the pages loaded so far
    const file = await K.apiFile('api/entities/' + encodeURIComponent(id) + '/neighbourhood/export?format=' + format
      + '&hops=' + paged.hops + '&limit=' + paged.size + '&offset=' + (paged.next - paged.size) + '&asOf=' + paged.asOf,
    'kyosei-' + format);
    download(file.blob, file.name);
    status(t('ui.export.done', [file.name, id]));
  })));
  $('export-png').addEventListener('click', () => download(cy.png({ full: true, scale: 2, output: 'blob', bg: '#ffffff' }), 'kyosei-graph.png'));
  $('export-svg').addEventListener('click', () => download(new Blob([svg()], { type: 'image/svg+xml' }), 'kyosei-graph.svg'));
  window.kyoseiSvg = svg;
  /** Clear: the graph, the selected entity's details and panels, and the paging of its ties. */
  $('clear-button').addEventListener('click', () => {
    cy.elements().remove();
    state.expanded.clear();
    state.pages = {};
    state.selected = null;
    state.lastCentre = null;
    exportable(false);
    $('details').className = 'muted';
    $('details').dataset.i18n = 'ui.entity.hint';
    $('details').textContent = t('ui.entity.hint');
    $('broker-panel').hidden = true;
    $('broker-panel').innerHTML = '';
    $('expand-button').disabled = true;
    $('broker-button').disabled = true;
    $('expand-more').hidden = true;
    $('path-from').value = '';
    $('path-to').value = '';
    status(t('ui.cleared'));
  });

  // ---- legend and filters ----
  $('legend').innerHTML = Object.keys(STYLE).map((label) => '<div class="legend-item"><span class="swatch"></span>'
    + '<span data-i18n="ui.label.' + esc(label) + '">' + esc(label) + '</span></div>').join('');
  // colours through the CSSOM: the Content-Security-Policy refuses style attributes in markup
  Object.values(STYLE).forEach((s, i) => {
    const swatch = $('legend').children[i].firstElementChild;
    swatch.style.background = s.color;
    swatch.style.borderRadius = s.shape === 'ellipse' ? '50%' : '2px';
  });
  $('type-filter').innerHTML = TYPES.map((type) => '<label title="' + type + '"><input type="checkbox" id="type-' + type + '" checked> '
    + '<span data-i18n="ui.type.' + type + '">' + type + '</span></label>').join('<br>');
  $('type-filter').addEventListener('change', applyTypeFilter);
  showAsOf();

  K.i18n.onChange(showAsOf);
  // the ties' labels follow the language switch
  K.i18n.onChange(() => cy.batch(() => cy.edges().forEach((e) => { e.data('caption', K.i18n.tOr('ui.type.' + e.data('type'), e.data('type'))); })));
  /** For the browser tests: show elements as a search or expansion would (add, renderer, layout), and the graph's state. */
  window.kyoseiShowElements = (elements) => { cy.add(elements); layout(); return cy.elements().length; };
  window.kyoseiRelayout = () => layout();
  window.kyoseiGraphState = () => ({ webgl: graph.webgl, elements: cy.elements().length, zoom: cy.zoom(),
    labelled: cy.nodes().filter((n) => !n.hasClass('minor')).length });
  window.kyoseiWebglAbove = (n) => { graph.webglAbove = n; };
  window.kyoseiPageSize = (n) => { PAGE = n; };
  K.i18n.ready.then(() => K.i18n.apply(document.getElementById('screen-investigator')));
  K.screens.INVESTIGATOR = {
    start() {
      cy.resize();
      status(t('ui.investigator.ready'));
    }
  };
})(window.Kyosei);
