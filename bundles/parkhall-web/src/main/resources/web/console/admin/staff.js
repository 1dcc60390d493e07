/*
 * The staff accounts tab (人员账号): the accounts with their roles, editing roles, removing an account and opening
 * one; shown only when the hall answers /api/v1/staff.
 */
import * as Hall from '/assets/hall.js';
import { el, fill, tx, bi, setText, say, fail, fieldError, field, button, busy, titled } from '../dom.js';
import { api, optional, catalog as loadCatalog, departmentName } from '../api.js';
import { currentSession } from '../session.js';

const ROLES = [
  ['clerk', '综窗受理', 'Window clerk'],
  ['guide', '咨询导办', 'Guide'],
  ['halladmin', '大厅管理员', 'Hall admin'],
];
const USER_PATTERN = /^[a-z][a-z0-9._-]{2,31}$/;
const staff = { accounts: [], departments: [], sites: [] };
const SITE_ADMIN = 'siteadmin:';
const ui = {};
let redrawTab = () => Promise.resolve();

const isMe = account => Boolean(currentSession()) && currentSession().user === account.user;
const approverRoles = roles => roles.filter(role => role.startsWith('approver:') && role.length > 9);

/** The departments an approver can be for: the catalog's, plus any an account already approves for. */
function departmentList(catalog, accounts) {
  const found = new Map();
  ((catalog && catalog.items) || []).forEach(item => {
    if (item.department && item.department.code && !found.has(item.department.code)) {
      found.set(item.department.code, item.department.name);
    }
  });
  accounts.forEach(account => approverRoles(account.roles).forEach(role => {
    const code = role.slice(9);
    if (!found.has(code)) found.set(code, { zh: code, en: code });
  }));
  return [...found.entries()].map(([code, name]) => ({ code, name }));
}

/** Fills a department select (first choice: none), keeping what was chosen. */
function departmentOptions(select, value) {
  const keep = value === undefined ? select.value : value;
  fill(select, tx('option', '不设置', 'none', { value: '' }), staff.departments.map(department =>
    tx('option', department.name.zh + '（' + department.code + '）', (department.name.en || department.name.zh)
      + ' (' + department.code + ')', { value: department.code })));
  select.value = staff.departments.some(department => department.code === keep) ? keep : '';
  return select;
}

/** Admin, clerk, guide, then the departments approved for: the same order in every row. */
function sortRoles(roles) {
  const rank = role => {
    const fixed = ['halladmin', 'clerk', 'guide'].indexOf(role);
    if (role.startsWith(SITE_ADMIN)) return '3' + role;
    return fixed >= 0 ? String(fixed) : '9' + role;
  };
  return roles.slice().sort((a, b) => rank(a).localeCompare(rank(b)));
}

function roleChip(role) {
  const fixed = ROLES.find(entry => entry[0] === role);
  if (fixed) return bi(fixed[1], fixed[2], { class: 'chip chip-' + role, 'data-role': role });
  if (role.startsWith(SITE_ADMIN)) {
    const code = role.slice(SITE_ADMIN.length);
    const site = staff.sites.find(entry => entry.code === code);
    const name = site ? site.name : { zh: code, en: code };
    return bi(name.zh + '站点管理员', (name.en || name.zh) + ' site admin', { class: 'chip chip-siteadmin', 'data-role': role });
  }
  if (role.startsWith('approver:')) {
    const name = departmentName(role.slice(9));
    return bi(name.zh + '审批', (name.en || name.zh) + ' approver', { class: 'chip chip-approver', 'data-role': role });
  }
  return el('span', { class: 'chip', 'data-role': role }, role);
}

/**
 * Checkboxes for the fixed roles and a site admin's of each configured site (siteadmin:<code>); ids are idPrefix +
 * role (role-clerk…) or role + idSuffix in a row.
 */
function roleChecks(id, checked) {
  const boxes = new Map();
  const siteRoles = staff.sites.map(site => [SITE_ADMIN + site.code, site.name.zh + '站点管理员',
    (site.name.en || site.name.zh) + ' site admin']);
  const labels = ROLES.concat(siteRoles).map(([role, zh, en]) => {
    const input = el('input', { type: 'checkbox', value: role, id: id(role), checked: checked.includes(role) });
    boxes.set(role, input);
    return el('label', { class: 'check' }, input, ' ', bi(zh, en));
  });
  return { node: el('div', { class: 'role-checks' }, labels), boxes };
}

function userCell(account) {
  return el('td', { class: 'staff-user' }, el('strong', { class: 'code' }, account.user),
    isMe(account) ? [' ', bi('本人', 'you', { class: 'chip chip-me' })] : null);
}

/** A row showing an account; returns the row's message box. */
function viewRow(row, account) {
  const message = el('div', { class: 'msg', role: 'status' });
  const edit = button('修改角色', 'Edit roles', { id: 'staff-edit-' + account.user, class: 'small secondary' });
  const remove = button('删除', 'Remove', { id: 'staff-remove-' + account.user, class: 'small danger-outline',
    disabled: isMe(account) });
  if (isMe(account)) titled(remove, '不能删除自己的账号', 'you cannot remove your own account');
  edit.addEventListener('click', () => editRow(row, account));
  remove.addEventListener('click', () => confirmRemove(row, account));
  const actions = el('td', { class: 'staff-actions' }, el('div', { class: 'btn-row' }, edit, remove), message);
  fill(row, userCell(account), el('td', null, el('div', { class: 'chips' },
    account.roles.length ? sortRoles(account.roles).map(roleChip) : bi('无角色', 'no role', { class: 'muted' }))), actions);
  return message;
}

function editRow(row, account) {
  const user = account.user;
  const checks = roleChecks(role => 'edit-role-' + role + '-' + user, account.roles);
  const approvers = approverRoles(account.roles);
  const select = departmentOptions(el('select', { id: 'edit-approver-' + user }), approvers.length ? approvers[0].slice(9) : '');
  // An account may approve for more than one department (set in the shell): those stay unless unticked.
  const extras = approvers.slice(1).map(role => {
    const input = el('input', { type: 'checkbox', checked: true, value: role });
    return { input, node: el('label', { class: 'check' }, input, ' ', roleChip(role)) };
  });
  const message = el('div', { class: 'msg', role: 'status' });
  const save = button('保存', 'Save', { id: 'staff-save-' + user, class: 'small' });
  const cancel = button('取消', 'Cancel', { id: 'staff-cancel-' + user, class: 'small secondary' });
  cancel.addEventListener('click', () => viewRow(row, account));
  save.addEventListener('click', async () => {
    const roles = [...new Set([...checks.boxes].filter(([, input]) => input.checked).map(([role]) => role)
      .concat(select.value ? ['approver:' + select.value] : [])
      .concat(extras.filter(extra => extra.input.checked).map(extra => extra.input.value)))];
    if (!roles.length) {
      say(message, 'error', '请至少选择一个角色', 'Choose at least one role');
      return;
    }
    if (isMe(account) && account.roles.includes('halladmin') && !roles.includes('halladmin')
        && save.dataset.confirmed !== 'yes') {
      save.dataset.confirmed = 'yes';
      say(message, 'warn', '将取消您自己的管理员角色，之后无法再进入管理页面。确认请再点“保存”',
        'This removes your own hall admin role: you will lose this page. Click “Save” again to confirm');
      return;
    }
    const updated = await busy(save, message, () => api('POST', '/api/v1/staff/'
      + encodeURIComponent(user) + '/roles', { roles }));
    if (!updated) return;
    staff.accounts = staff.accounts.map(entry => entry.user === user ? updated : entry);
    viewRow(row, updated);
    say(ui.staff.status, 'ok', '已更新 ' + user + ' 的角色', 'Roles of ' + user + ' saved');
  });
  fill(row, userCell(account),
    el('td', { class: 'staff-edit' }, checks.node,
      el('label', { class: 'approver-pick' }, bi('部门审批：', 'Approver for: '), select),
      extras.length ? el('div', { class: 'role-checks' }, extras.map(extra => extra.node)) : null),
    el('td', { class: 'staff-actions' }, el('div', { class: 'btn-row' }, save, cancel), message));
  checks.boxes.get('clerk').focus();
}

function confirmRemove(row, account) {
  const user = account.user;
  const message = el('div', { class: 'msg', role: 'status' });
  const yes = button('确认删除', 'Remove it', { id: 'staff-confirm-' + user, class: 'small danger' });
  const no = button('取消', 'Cancel', { id: 'staff-cancel-' + user, class: 'small secondary' });
  no.addEventListener('click', () => viewRow(row, account));
  yes.addEventListener('click', async () => {
    yes.disabled = true;
    no.disabled = true;
    try {
      await api('POST', '/api/v1/staff/' + encodeURIComponent(user) + '/remove', {});
      staff.accounts = staff.accounts.filter(entry => entry.user !== user);
      row.remove();
      showCount();
      say(ui.staff.status, 'ok', '已删除账号 ' + user, 'Account ' + user + ' removed');
    } catch (error) {
      fail(viewRow(row, account), error);
    }
  });
  fill(row.lastElementChild, el('p', { class: 'confirm-text' },
    bi('删除账号 ' + user + '？删除后无法登录。', 'Remove ' + user + '? They can no longer sign in.')),
  el('div', { class: 'btn-row' }, yes, no), message);
  no.focus();
}

function showCount() {
  setText(ui.staff.count, '共 ' + staff.accounts.length + ' 个账号', staff.accounts.length + ' accounts');
}

function staffTable() {
  const rows = staff.accounts.map(account => {
    const row = el('tr', { id: 'staff-row-' + account.user, 'data-user': account.user });
    viewRow(row, account);
    return row;
  });
  return el('div', { class: 'table-wrap' }, el('table', { class: 'staff-table', id: 'staff-table' },
    el('thead', null, el('tr', null, tx('th', '账号', 'Account', { scope: 'col' }),
      tx('th', '角色', 'Roles', { scope: 'col' }), tx('th', '操作', 'Actions', { scope: 'col' }))),
    el('tbody', null, rows.length ? rows
      : el('tr', null, el('td', { colspan: '3', class: 'muted' }, bi('暂无账号', 'no accounts'))))));
}

/** The "open account" form: built once, so what is typed survives reloading the list (the password does not). */
function staffForm() {
  const hint = (zh, en) => el('div', { class: 'field-hint' }, bi(zh, en));
  const user = field('staff-user', '账号名', 'User name', el('input', { name: 'staff-user', autocomplete: 'off',
    autocapitalize: 'off', spellcheck: 'false', maxlength: '32', 'data-zh-placeholder': '如 wang.fang',
    'data-en-placeholder': 'e.g. wang.fang', placeholder: Hall.t('如 wang.fang', 'e.g. wang.fang') }),
  hint('3至32位小写字母、数字或 . _ -，以字母开头', '3–32 lower-case letters, digits or . _ -, starting with a letter'));
  const password = field('staff-password', '初始密码', 'Initial password', el('input', { type: 'password',
    name: 'staff-password', autocomplete: 'new-password', maxlength: '128' }),
  hint('至少10位，含字母和数字，且不含账号名；请当面告知本人', 'at least 10 characters with letters and digits, not '
    + 'containing the user name; hand it over in person'));
  const checks = roleChecks(role => 'role-' + role, []);
  const approver = field('staff-approver-dept', '部门审批（可选）', 'Department approver (optional)',
    departmentOptions(el('select'), ''));
  const rolesError = el('div', { class: 'field-error', id: 'staff-roles-error', 'aria-live': 'polite' });
  const roles = el('fieldset', { id: 'staff-roles', class: 'staff-roles' }, tx('legend', '角色', 'Roles'),
    checks.node, approver.wrap, rolesError);
  const submit = tx('button', '开通账号', 'Open account', { type: 'submit', id: 'staff-add' });
  const message = el('div', { class: 'msg', id: 'staff-message', role: 'status' });
  const form = el('form', { id: 'staff-form', class: 'subpanel staff-form', novalidate: true, autocomplete: 'off' },
    tx('h3', '开通账号', 'Open an account'), user.wrap, password.wrap, roles, message,
    el('div', { class: 'btn-row' }, submit));
  const parts = { form, user, password, checks, approver: approver.input, roles, rolesError, submit, message };
  user.input.addEventListener('input', () => fieldError(user.input, user.error));
  password.input.addEventListener('input', () => fieldError(password.input, password.error));
  roles.addEventListener('change', () => fieldError(roles, rolesError));
  form.addEventListener('submit', event => {
    event.preventDefault();
    addAccount(parts);
  });
  return parts;
}

/** Checks the form as the server would; returns whether it may be sent. */
function checkAccount(parts, name, password, roles) {
  let first = null;
  const wrong = (input, box, zh, en) => {
    fieldError(input, box, zh, en);
    first = first || input;
  };
  if (!USER_PATTERN.test(name)) {
    wrong(parts.user.input, parts.user.error, '账号名须为3至32位小写字母、数字或 . _ -，以字母开头',
      'user names are 3-32 lower-case letters, digits or . _ -, starting with a letter');
  }
  if (password.length < 10 || password.length > 128 || !/\p{L}/u.test(password) || !/\p{Nd}/u.test(password)
      || (name && password.toLowerCase().includes(name))) {
    wrong(parts.password.input, parts.password.error, '密码须10位以上，含字母和数字，且不含账号名',
      'the password needs 10+ characters with letters and digits, not containing the user name');
  }
  if (!roles.length) {
    wrong(parts.roles, parts.rolesError, '请至少选择一个角色', 'choose at least one role');
  }
  if (first) (first === parts.roles ? parts.checks.boxes.get('clerk') : first).focus();
  return !first;
}

async function addAccount(parts) {
  const name = parts.user.input.value.trim();
  const password = parts.password.input.value;
  // The password never stays on the page once submitted, whatever the answer.
  parts.password.input.value = '';
  const roles = [...parts.checks.boxes].filter(([, input]) => input.checked).map(([role]) => role)
    .concat(parts.approver.value ? ['approver:' + parts.approver.value] : []);
  say(parts.message);
  fieldError(parts.user.input, parts.user.error);
  fieldError(parts.password.input, parts.password.error);
  fieldError(parts.roles, parts.rolesError);
  if (!checkAccount(parts, name, password, roles)) {
    say(parts.message, 'error', '请按提示更正标红的内容（密码需重新输入）', 'Correct the fields marked in red (enter the password again)');
    return;
  }
  parts.submit.disabled = true;
  try {
    const account = await api('POST', '/api/v1/staff', { user: name, password, roles });
    parts.user.input.value = '';
    parts.checks.boxes.forEach(input => { input.checked = false; });
    parts.approver.value = '';
    say(parts.message, 'ok', '已开通账号 ' + account.user + '，请将初始密码当面告知本人',
      'Account ' + account.user + ' opened; hand the password over in person');
    await redrawTab();
  } catch (error) {
    const target = error instanceof Hall.ApiError && ({
      user: [parts.user.input, parts.user.error], password: [parts.password.input, parts.password.error],
      roles: [parts.roles, parts.rolesError],
    })[error.status === 409 && error.code === 'conflict' ? 'user' : error.field];
    if (target) {
      fieldError(target[0], target[1], error.zh, error.en);
      say(parts.message, 'error', '请按提示更正标红的内容（密码需重新输入）', 'Correct the fields marked in red (enter the password again)');
      (target[0] === parts.roles ? parts.checks.boxes.get('clerk') : target[0]).focus();
    } else {
      fail(parts.message, error);
    }
  } finally {
    parts.submit.disabled = false;
  }
}

async function staffTab(box, redraw) {
  redrawTab = redraw;
  const answer = await optional('/api/v1/staff');
  if (answer === null) return false;
  const catalog = await loadCatalog().catch(() => null);
  staff.accounts = answer.accounts || [];
  staff.departments = departmentList(catalog, staff.accounts);
  // The sites a site admin's role can name: the county's configured ones, read before the form is built.
  const county = await optional('/api/v1/sites').catch(() => null);
  staff.sites = (county && county.sites) || [];
  if (!ui.staff) {
    ui.staff = staffForm();
    ui.staff.status = el('div', { class: 'msg', id: 'staff-status', role: 'status' });
    ui.staff.count = el('span', { class: 'muted small', id: 'staff-count' });
  }
  departmentOptions(ui.staff.approver);
  showCount();
  fill(box, el('div', { class: 'staff-layout' },
    el('div', { class: 'staff-list', id: 'staff-list' }, el('h3', null, bi('人员账号', 'Staff accounts'), ' ',
      ui.staff.count), ui.staff.status, staffTable()),
    ui.staff.form));
  return undefined;
}

/** Nothing typed as a password stays in the page when the admin leaves the tab or the section. */
function forgetPassword() {
  if (!ui.staff) return;
  ui.staff.password.input.value = '';
  say(ui.staff.status);
  say(ui.staff.message);
}

export default {
  name: 'staff', zh: '人员账号', en: 'Staff', probe: () => '/api/v1/staff', draw: staffTab, leave: forgetPassword,
};
