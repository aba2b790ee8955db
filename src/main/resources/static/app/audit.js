/* Kyosei auditor screen: the trail's integrity, and who looked at what, searched by subject, user, case and dates. */
(function (K) {
  'use strict';
  const t = K.t;
  const { $, status, api, guard } = K;
  const COLUMNS = ['seq', 'time', 'user', 'role', 'action', 'case', 'outcome', 'ids', 'parameters'];

  async function verify() {
    const v = await api('api/audit/verify');
    $('audit-verify').className = v.intact ? 'ok' : 'error';
    $('audit-verify').textContent = v.intact
      ? t('ui.audit.intact', [v.records, v.archived, v.lastSeq, String(v.lastHash).slice(0, 16)])
      : t('ui.audit.broken', [v.problem]);
  }

  async function search() {
    const query = new URLSearchParams({ limit: '500' });
    [['subject', 'audit-subject'], ['user', 'audit-user'], ['case', 'audit-case'], ['since', 'audit-since'], ['until', 'audit-until']]
      .forEach(([name, id]) => { const v = $(id).value.trim(); if (v) { query.set(name, v); } });
    if ($('audit-since').value && $('audit-until').value && $('audit-since').value > $('audit-until').value) {
      status(t('ui.audit.datesReversed'), true);
      return;
    }
    const page = await api('api/audit?' + query.toString());
    const rows = page.records.slice().reverse().map((r) => [r.seq, K.i18n.formatDateTime(r.time), r.user, K.i18n.tOr('ui.role.' + r.role, r.role), r.action,
      r.caseReference, K.i18n.tOr('ui.audit.outcome.' + r.outcome, r.outcome), r.ids.length ? r.ids.join(', ') : (r.idCount ? t('ui.audit.idCount', [r.idCount]) : ''),
      Object.entries(r.parameters).filter(([k]) => k !== 'path').map(([k, v]) => k + '=' + v).join(' ')]);
    $('audit-summary').textContent = t(page.truncated ? 'ui.audit.foundLatest' : 'ui.audit.found', [page.total, page.records.length]);
    $('audit-table').innerHTML = K.table(COLUMNS.map((c) => t('ui.audit.col.' + c)), rows, t('ui.audit.none'));
    status(t('ui.audit.done', [page.total]));
  }

  $('audit-form').addEventListener('submit', guard(async (event) => { event.preventDefault(); await search(); }));
  $('audit-verify-button').addEventListener('click', guard(verify));
  K.screens.AUDITOR = { start: guard(async () => { await verify(); await search(); }) };
})(window.Kyosei);
