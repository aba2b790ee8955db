/* Kyosei UI: the login, the API calls with the user's credentials, the screen of each role, and logout. */
window.Kyosei = window.Kyosei || {};
(function (K) {
  'use strict';
  const t = K.t;
  const $ = (id) => document.getElementById(id);
  const session = { auth: null, caseRef: null, me: null };
  const screens = {};
  const ROLES = ['INVESTIGATOR', 'OFFICE', 'ANALYST', 'AUDITOR', 'ADMIN'];

  const esc = (s) => String(s == null ? '' : s).replace(/[&<>"']/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' }[c]));
  const status = (text, error) => { $('status').textContent = text; $('status').className = error ? 'error' : 'muted'; };

  /** A call with the user's credentials and case reference; a refusal throws an error with the problem's detail. */
  async function send(path, options, accept) {
    const headers = Object.assign({ 'Authorization': session.auth, 'X-Requested-With': 'XMLHttpRequest',
      'X-Kyosei-Case': session.caseRef, 'Accept': accept, 'Accept-Language': K.i18n.lang() },
    (options && options.headers) || {});
    const response = await fetch(path, Object.assign({}, options, { headers }));
    if (!response.ok) {
      const type = response.headers.get('content-type') || '';
      const body = type.includes('json') ? await response.json() : null;
      const detail = body && (body.detail || body.title) ? (body.detail || body.title) : t('ui.error.http', [response.status]);
      const error = new Error(detail);
      error.status = response.status;
      throw error;
    }
    return response;
  }
  /** A JSON API call; answers the parsed body (null when the answer is not JSON). */
  async function api(path, options) {
    const response = await send(path, options, 'application/json');
    return (response.headers.get('content-type') || '').includes('json') ? response.json() : null;
  }
  /** A file the API answers (an attachment): its content and the file name the server gave, else fallback. */
  async function apiFile(path, fallback) {
    const response = await send(path, null, '*/*');
    const disposition = response.headers.get('content-disposition') || '';
    const named = /filename="?([^";]+)"?/.exec(disposition);
    return { blob: await response.blob(), name: named ? named[1] : fallback };
  }
  const postJson = (path, value, method) => api(path, { method: method || 'POST', headers: { 'Content-Type': 'application/json' },
    body: JSON.stringify(value) });
  const guard = (fn) => async (...args) => {
    try { await fn(...args); } catch (e) { status(e.message, true); }
  };

  function download(blob, name) {
    const a = document.createElement('a');
    a.href = URL.createObjectURL(blob);
    a.download = name;
    document.body.appendChild(a);
    a.click();
    setTimeout(() => { URL.revokeObjectURL(a.href); a.remove(); }, 1000);
  }
  /** RFC 4180 CSV of a header row and rows. */
  function csv(columns, rows) {
    const cell = (v) => {
      const s = v == null ? '' : (typeof v === 'object' ? JSON.stringify(v) : String(v));
      return /[",\r\n]/.test(s) ? '"' + s.replace(/"/g, '""') + '"' : s;
    };
    return [columns].concat(rows).map((r) => r.map(cell).join(',')).join('\r\n') + '\r\n';
  }
  /** The fields whose values are the dataset's codes (AGENCY, ACCOUNT...): shown in the user's language. */
  const CODED = new Set(['kind', 'license_status', 'licence']);
  const code = (field, value) => (CODED.has(field) && typeof value === 'string' ? K.i18n.tOr('ui.code.' + value, value) : value);
  /** An HTML table: headings (already translated) and rows of cell values (escaped here). */
  function table(headings, rows, empty) {
    if (!rows.length) { return '<p class="muted">' + esc(empty || t('ui.common.none')) + '</p>'; }
    return '<table class="grid"><thead><tr>' + headings.map((h) => '<th>' + esc(h) + '</th>').join('') + '</tr></thead><tbody>'
      + rows.map((r) => '<tr>' + r.map((v) => '<td>' + esc(v == null ? '' : (typeof v === 'object' ? JSON.stringify(v) : v))
        + '</td>').join('') + '</tr>').join('') + '</tbody></table>';
  }

  function showWho() {
    if (!session.me) { return; }
    $('whoami').textContent = t('ui.header.whoami', [session.me.name, t('ui.role.' + session.me.role), session.caseRef]);
  }

  /** Shows the screen of the user's role and nothing else. */
  function route(role) {
    ROLES.forEach((r) => {
      document.querySelectorAll('[data-screen="' + r + '"]').forEach((el) => { el.hidden = r !== role; });
    });
    document.body.dataset.role = role;
    const screen = screens[role];
    if (screen) { screen.start(); }
  }

  $('login-form').addEventListener('submit', async (event) => {
    event.preventDefault();
    session.auth = 'Basic ' + btoa(unescape(encodeURIComponent($('login-user').value + ':' + $('login-password').value)));
    session.caseRef = $('login-case').value.trim();
    $('login-password').value = '';
    try {
      session.me = await api('api/me');
      $('login').hidden = true;
      $('logout-button').hidden = false;
      showWho();
      route(session.me.role);
    } catch (e) {
      session.auth = null;
      $('login-error').textContent = e.status === 401 ? t('ui.login.failed') : e.message;
    }
  });

  /**
   * Logout: the server records it, then the page forgets the credentials by reloading itself (nothing of them is
   * kept in storage or cookies; the browser never cached them, as the page sends them itself).
   */
  $('logout-button').addEventListener('click', async () => {
    try { await api('api/logout', { method: 'POST' }); } catch (e) { /* forgotten all the same */ }
    session.auth = null;
    session.caseRef = null;
    session.me = null;
    window.location.reload();
  });

  $('lang-select').addEventListener('change', (event) => { K.i18n.use(event.target.value).then(showWho); });
  K.i18n.onChange(showWho);

  K.session = session;
  K.screens = screens;
  Object.assign(K, { api, apiFile, postJson, guard, esc, status, download, csv, table, code, $ });
})(window.Kyosei);
