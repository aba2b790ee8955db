/* Kyosei office screen: the weekly list of leads under pseudonyms, its trend over weeks, filters, review with a
 * reason, and opening one lead with a reason. */
(function (K) {
  'use strict';
  const t = K.t;
  const { $, esc, status, api, postJson, guard } = K;
  const DECISIONS = ['CONFIRMED', 'DISMISSED', 'NEEDS_INFORMATION'];
  const STATUSES = ['NEW', 'PERSISTING', 'RESOLVED'];
  const state = { weeks: [], list: null, decided: {}, opened: {} };

  const indicatorName = (code) => K.i18n.tOr('ui.indicator.' + String(code).toUpperCase(), code);

  /** One bar per week, split by status: how the list grows or shrinks. */
  function drawTrend() {
    const weeks = state.weeks.slice(-12);
    const most = Math.max(1, ...weeks.map((w) => w.leads));
    $('office-trend').innerHTML = weeks.length ? weeks.map((w) => '<div class="bar" title="' + esc(t('ui.office.trend.bar',
      [K.i18n.formatDate(w.asOf), w.leads, w.byStatus.NEW || 0, w.byStatus.PERSISTING || 0, w.byStatus.RESOLVED || 0])) + '">'
      + '<div class="stack">' + STATUSES.map((s) => '<span class="seg ' + s.toLowerCase() + '" data-n="' + (w.byStatus[s] || 0)
        + '"></span>').join('') + '</div><span class="n">' + esc(w.leads) + '</span><span class="d">'
      + esc(K.i18n.formatDate(w.asOf)) + '</span></div>').join('')
      + '<div class="key">' + STATUSES.map((s) => '<span class="seg ' + s.toLowerCase() + '"></span> ' + esc(t('ui.status.' + s))).join(' ')
      + '</div>' : '<p class="muted">' + esc(t('ui.leads.noList')) + '</p>';
    // heights through the CSSOM: the Content-Security-Policy refuses style attributes in markup
    $('office-trend').querySelectorAll('.stack .seg').forEach((seg) => { seg.style.height = (80 * Number(seg.dataset.n) / most) + 'px'; });
  }

  function fillWeeks() {
    const chosen = $('office-week').value;
    $('office-week').innerHTML = state.weeks.slice().reverse().map((w) => '<option value="' + esc(w.asOf) + '">'
      + esc(t('ui.office.weekOf', [K.i18n.formatDate(w.asOf), w.leads])) + '</option>').join('');
    if (chosen) { $('office-week').value = chosen; }
  }

  function fillIndicators() {
    const chosen = $('office-indicator').value;
    const codes = Array.from(new Set(state.list.rows.map((r) => r.indicator))).sort();
    $('office-indicator').innerHTML = '<option value="">' + esc(t('ui.common.all')) + '</option>'
      + codes.map((c) => '<option value="' + esc(c) + '">' + esc(indicatorName(c)) + '</option>').join('');
    $('office-indicator').value = codes.includes(chosen) ? chosen : '';
  }

  function render() {
    if (!state.list) { return; }
    const indicator = $('office-indicator').value;
    const wanted = $('office-status').value;
    const rows = state.list.rows.map((r, i) => ({ r, i }))
      .filter(({ r }) => (!indicator || r.indicator === indicator) && (!wanted || r.status === wanted));
    $('office-count').textContent = t('ui.office.count', [rows.length, state.list.rows.length]);
    $('office-list').innerHTML = rows.map(({ r, i }) => {
      const d = state.decided[r.subject_id + '|' + r.indicator];
      const opened = state.opened[i];
      return '<li data-row="' + i + '" class="lead">'
        + '<div><span class="badge status-' + esc(r.status.toLowerCase()) + '">' + esc(t('ui.status.' + r.status)) + '</span> '
        + '<strong>' + esc(indicatorName(r.indicator)) + '</strong> <code>' + esc(r.indicator) + '</code> '
        + '<span class="pseudonym">' + esc(r.subject_id) + '</span> <span class="muted">' + esc(t('ui.office.score', [r.score])) + ' · '
        + esc(t('ui.office.firstSeen', [K.i18n.formatDate(r.first_seen)])) + '</span></div>'
        + '<div class="explanation">' + esc(r.explanation) + '</div>'
        + (d ? '<div class="decision">' + esc(t('ui.decision.by', [t('ui.decision.' + d.decision), d.user, d.reason])) + '</div>' : '')
        + '<div class="review"><input class="reason" size="40" maxlength="500" placeholder="' + esc(t('ui.office.reason')) + '"> '
        + DECISIONS.map((value) => '<button type="button" class="decide" data-decision="' + value + '">'
          + esc(t('ui.decide.' + value)) + '</button>').join(' ')
        + ' <button type="button" class="open-lead">' + esc(t('ui.office.open')) + '</button></div>'
        + (opened ? '<div class="opened">' + opened.rows.map((o) => esc(o.explanation)).join('<br>') + '<br><span class="muted">'
          + opened.entities.map((e) => esc(e.id) + (e.name ? ' (' + esc(e.name) + ')' : '')).join(', ') + '</span></div>' : '')
        + '</li>';
    }).join('') || '<li class="muted">' + esc(t('ui.leads.none')) + '</li>';
  }

  async function loadWeek(week) {
    state.list = await api('api/anomalies?asOf=' + encodeURIComponent(week));
    state.opened = {};
    state.decided = {};
    (await api('api/anomalies/decisions')).decisions.forEach((d) => { state.decided[d.subject + '|' + d.indicator] = d; });
    fillIndicators();
    render();
    status(t('ui.leads.done', [state.list.rows.length, K.i18n.formatDate(state.list.asOf)]));
  }

  async function start() {
    state.weeks = (await api('api/anomalies/weeks')).weeks.slice().reverse(); // oldest first, for the trend
    drawTrend();
    fillWeeks();
    if (!state.weeks.length) { status(t('ui.leads.noList'), true); return; }
    const latest = state.weeks[state.weeks.length - 1].asOf;
    $('office-week').value = latest;
    await loadWeek(latest);
  }

  $('office-week').addEventListener('change', guard(async () => { await loadWeek($('office-week').value); }));
  $('office-indicator').addEventListener('change', render);
  $('office-status').addEventListener('change', render);

  $('office-list').addEventListener('click', guard(async (event) => {
    const button = event.target.closest('button');
    const li = event.target.closest('li[data-row]');
    if (!button || !li) { return; }
    const index = Number(li.dataset.row);
    const row = state.list.rows[index];
    const reason = li.querySelector('.reason').value.trim();
    if (reason.length < 3) {
      status(t('ui.office.reasonNeeded'), true);
      li.querySelector('.reason').focus();
      return;
    }
    if (button.classList.contains('decide')) {
      await postJson('api/anomalies/decisions', { subject: row.subject_id, indicator: row.indicator,
        decision: button.dataset.decision, reason, asOf: state.list.asOf });
      (await api('api/anomalies/decisions')).decisions.forEach((d) => { state.decided[d.subject + '|' + d.indicator] = d; });
      render();
      status(t('ui.decide.done', [row.subject_id, row.indicator]));
    } else if (button.classList.contains('open-lead')) {
      state.opened[index] = await api('api/anomalies/' + encodeURIComponent(row.subject_id) + '/open?reason='
        + encodeURIComponent(reason) + '&indicator=' + encodeURIComponent(row.indicator) + '&asOf=' + state.list.asOf);
      render();
      status(t('ui.office.opened'));
    }
  }));

  K.i18n.onChange(() => {
    if (document.body.dataset.role !== 'OFFICE') { return; }
    drawTrend();
    fillWeeks();
    if (state.list) { fillIndicators(); render(); }
  });
  K.screens.OFFICE = { start: guard(start) };
})(window.Kyosei);
