/* Kyosei analyst screen: saved queries as forms built from their typed parameters, checked before they are sent;
 * the ad-hoc read-only Cypher editor; results as a table with a CSV download. Every answer is pseudonymous. */
(function (K) {
  'use strict';
  const t = K.t;
  const { $, esc, status, api, postJson, guard } = K;
  const state = { queries: [], result: null, name: null };
  const CHECKS = {
    string: (v) => v.length > 0 && v.length <= 200,
    integer: (v) => /^-?\d{1,15}$/.test(v),
    float: (v) => /^-?(\d+\.?\d*|\.\d+)([eE][-+]?\d+)?$/.test(v),
    date: (v) => /^\d{4}-\d{2}-\d{2}$/.test(v) && !isNaN(Date.parse(v + 'T00:00:00Z'))
      && new Date(v + 'T00:00:00Z').toISOString().slice(0, 10) === v
  };
  const INPUT = { string: 'text', integer: 'number', float: 'number', date: 'date' };

  const query = () => state.queries.find((q) => q.name === $('query-select').value);

  function showForm() {
    const q = query();
    if (!q) { return; }
    $('query-purpose').textContent = K.i18n.tOr('ui.query.' + q.name + '.purpose', q.purpose);
    const note = (p) => (p.defaultValue
      ? t('ui.analyst.paramNote.default', [t('ui.analyst.type.' + p.type), t('ui.analyst.default', [p.defaultValue === 'today' ? t('ui.analyst.today') : p.defaultValue])])
      : t('ui.analyst.paramNote', [t('ui.analyst.type.' + p.type)]));
    $('query-params').innerHTML = q.parameters.map((p) => '<label class="param"><span title="' + esc(p.name) + '">'
      + esc(K.i18n.tOr('ui.param.' + p.name, p.name)) + ' <span class="muted">' + esc(note(p))
      + '</span></span> <input name="' + esc(p.name) + '" data-type="' + esc(p.type) + '" type="' + (INPUT[p.type] || 'text') + '"'
      + (p.type === 'float' ? ' step="any"' : '') + (p.type === 'integer' ? ' step="1"' : '')
      + (p.defaultValue && p.defaultValue !== 'today' ? ' value="' + esc(p.defaultValue) + '"' : '')
      + '> <span class="muted">' + esc(K.i18n.tOr('ui.query.' + q.name + '.' + p.name, p.description)) + '</span> <span class="error field-error"></span></label>').join('')
      || '<p class="muted">' + esc(t('ui.analyst.noParams')) + '</p>';
  }

  /** The parameters to send, or null after marking each field that is wrong. */
  function parameters() {
    const q = query();
    const values = {};
    let ok = true;
    q.parameters.forEach((p) => {
      const input = $('query-params').querySelector('input[name="' + CSS.escape(p.name) + '"]');
      const error = input.parentElement.querySelector('.field-error');
      const value = input.value.trim();
      error.textContent = '';
      input.classList.remove('invalid');
      if (!value) {
        if (!p.defaultValue) { error.textContent = t('ui.analyst.required'); input.classList.add('invalid'); ok = false; }
        return;
      }
      if (!(CHECKS[p.type] || CHECKS.string)(value)) {
        error.textContent = t('ui.analyst.invalid.' + p.type);
        input.classList.add('invalid');
        ok = false;
        return;
      }
      values[p.name] = p.type === 'integer' || p.type === 'float' ? Number(value) : value;
    });
    return ok ? values : null;
  }

  /** The result table: a column's heading translated when the bundle has one, its RETURN alias as the tooltip. */
  function showTable() {
    const columns = state.result.columns;
    const rows = state.result.rows.map((r) => r.map((v, i) => K.code(columns[i], v)));
    $('result-table').innerHTML = K.table(columns.map((c) => K.i18n.tOr('ui.column.' + c, c)), rows, t('ui.analyst.noRows'));
    $('result-table').querySelectorAll('th').forEach((th, i) => { th.title = columns[i]; th.dataset.column = columns[i]; });
  }

  function showResult(result, name) {
    state.result = result;
    state.name = name;
    $('result-summary').textContent = t(result.truncated ? 'ui.analyst.rowsTruncated' : 'ui.analyst.rows', [result.rows.length, result.rowLimit]);
    showTable();
    $('result-csv').disabled = false;
    if (K.analystResultShown) { K.analystResultShown(result); }
    status(t('ui.analyst.done', [K.i18n.tOr('ui.query.' + name, name), result.rows.length]));
  }

  $('query-select').addEventListener('change', showForm);
  $('query-form').addEventListener('submit', guard(async (event) => {
    event.preventDefault();
    const values = parameters();
    if (!values) { status(t('ui.analyst.fix'), true); return; }
    const q = query();
    showResult(await postJson('api/queries/' + encodeURIComponent(q.name), { parameters: values }), q.name);
  }));
  $('cypher-run').addEventListener('click', guard(async () => {
    const statement = $('cypher-text').value.trim();
    $('cypher-refusal').textContent = '';
    if (!statement) { $('cypher-refusal').textContent = t('ui.analyst.cypher.empty'); return; }
    try {
      showResult(await postJson('api/cypher', { statement }), t('ui.analyst.cypher.name'));
    } catch (e) {
      if (e.status === 400) {
        $('cypher-refusal').textContent = t('ui.analyst.cypher.refused', [e.message]);
        status(t('ui.analyst.cypher.refusedStatus'), true);
        return;
      }
      throw e;
    }
  }));
  $('result-csv').addEventListener('click', () => {
    if (!state.result) { return; }
    K.download(new Blob(['\ufeff' + K.csv(state.result.columns, state.result.rows)], { type: 'text/csv;charset=utf-8' }),
      'kyosei-' + String(state.name).replace(/[^A-Za-z0-9_-]+/g, '-') + '.csv');
  });

  async function start() {
    state.queries = await api('api/queries');
    $('query-select').innerHTML = state.queries.map((q) => '<option value="' + esc(q.name) + '">' + esc(K.i18n.tOr('ui.query.' + q.name, q.name)) + '</option>').join('');
    showForm();
    status(t('ui.analyst.ready', [state.queries.length]));
  }
  K.i18n.onChange(() => {
    if (document.body.dataset.role !== 'ANALYST') { return; }
    Array.from($('query-select').options).forEach((o) => { o.textContent = K.i18n.tOr('ui.query.' + o.value, o.value); });
    showForm();
    if (state.result) { showTable(); }
  });
  K.screens.ANALYST = { start: guard(start) };
})(window.Kyosei);
