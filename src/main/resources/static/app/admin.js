/* Kyosei administrator screen: the users; add one, change a role, disable, set a new password. The password policy's
 * refusal comes from the server, one line. */
(function (K) {
  'use strict';
  const t = K.t;
  const { $, esc, status, api, postJson, guard } = K;
  const ROLES = ['INVESTIGATOR', 'OFFICE', 'ANALYST', 'AUDITOR', 'ADMIN'];
  const roleOptions = (chosen) => ROLES.map((r) => '<option value="' + r + '"' + (r === chosen ? ' selected' : '') + '>'
    + esc(t('ui.role.' + r)) + '</option>').join('');

  async function list() {
    const users = await api('api/users');
    $('admin-users').innerHTML = '<table class="grid"><thead><tr><th>' + esc(t('ui.admin.name')) + '</th><th>' + esc(t('ui.admin.role'))
      + '</th><th>' + esc(t('ui.admin.state')) + '</th><th></th></tr></thead><tbody>'
      + users.map((u) => '<tr data-name="' + esc(u.name) + '"><td>' + esc(u.name) + '</td><td><select class="role">' + roleOptions(u.role)
        + '</select></td><td>' + esc(t(u.disabled ? 'ui.admin.disabled' : 'ui.admin.active')) + '</td><td>'
        + (u.disabled || u.name === K.session.me.name ? '' : '<button type="button" class="disable">' + esc(t('ui.admin.disable')) + '</button> ')
        + '<button type="button" class="reset">' + esc(t('ui.admin.reset')) + '</button></td></tr>').join('')
      + '</tbody></table>';
    status(t('ui.admin.count', [users.length]));
  }

  $('admin-users').addEventListener('change', guard(async (event) => {
    const select = event.target.closest('select.role');
    if (!select) { return; }
    const name = select.closest('tr').dataset.name;
    await postJson('api/users/' + encodeURIComponent(name) + '/role', { role: select.value }, 'PUT');
    await list();
    status(t('ui.admin.roleChanged', [name, t('ui.role.' + select.value)]));
  }));
  $('admin-users').addEventListener('click', guard(async (event) => {
    const button = event.target.closest('button');
    if (!button) { return; }
    const row = button.closest('tr');
    const name = row.dataset.name;
    if (button.classList.contains('disable')) {
      if (!window.confirm(t('ui.admin.disableConfirm', [name]))) { return; }
      await api('api/users/' + encodeURIComponent(name) + '/disable', { method: 'POST' });
      await list();
      status(t('ui.admin.disabledDone', [name]));
    } else if (button.classList.contains('reset')) {
      $('admin-name').value = name;
      $('admin-role').value = row.querySelector('select.role').value;
      $('admin-password').value = '';
      $('admin-password').focus();
      status(t('ui.admin.resetHint', [name]));
    }
  }));
  $('admin-form').addEventListener('submit', guard(async (event) => {
    event.preventDefault();
    $('admin-error').textContent = '';
    const name = $('admin-name').value.trim();
    if (!/^[A-Za-z0-9_.@-]{1,64}$/.test(name)) { $('admin-error').textContent = t('ui.admin.badName'); return; }
    try {
      await postJson('api/users/' + encodeURIComponent(name), { role: $('admin-role').value, password: $('admin-password').value }, 'PUT');
    } catch (e) {
      if (e.status === 400) { $('admin-error').textContent = e.message; status(t('ui.admin.refused'), true); return; }
      throw e;
    }
    $('admin-password').value = '';
    await list();
    status(t('ui.admin.saved', [name]));
  }));

  function fillRoles() { const chosen = $('admin-role').value; $('admin-role').innerHTML = roleOptions(chosen || 'INVESTIGATOR'); }
  K.i18n.onChange(() => { if (document.body.dataset.role === 'ADMIN') { fillRoles(); list(); } });
  K.screens.ADMIN = { start: guard(async () => { fillRoles(); await list(); }) };
})(window.Kyosei);
