/*
 * The department approver's inbox (部门审批): the department's cases under review or suspended, the most urgent
 * first, coloured by their time limit (限时办结). Opening one shows the case file with approve, deny, suspend and
 * resume. The hall shows an approver only their own department's cases.
 */
import * as Hall from '/assets/hall.js';
import { el, fill, tx, bi, coded, say, fail, field, button } from './dom.js';
import { api, catalog as loadCatalog, departmentName } from './api.js';
import { go, shownSection } from './router.js';
import { currentRole, isActive } from './session.js';
import * as CaseView from './case-view.js';
import * as Review from './review.js';
const REFRESH_MS = 60000;
const ui = {};
let timer = null;

/** The department whose inbox this is: the approver's own; a hall admin, or an approver of several, picks one. */
function department() {
  return currentRole().department || ui.department.value;
}

async function fillDepartments() {
  const catalog = await loadCatalog();
  const seen = new Map();
  catalog.items.filter(item => currentRole().admin || currentRole().departments.includes(item.department.code))
    .forEach(item => seen.set(item.department.code, item.department.name));
  const picked = ui.department.value;
  fill(ui.department, tx('option', '全部部门', 'All departments', { value: '' }),
    ...[...seen.entries()].map(([code, name]) => tx('option', name.zh, name.en, { value: code })));
  ui.department.value = picked;
}

async function load() {
  say(ui.message);
  const dept = department();
  const query = state => '/api/v1/cases?state=' + state + '&limit=500' + (dept ? '&department=' + encodeURIComponent(dept) : '');
  try {
    await loadCatalog().catch(() => null);
    const [review, suspended] = await Promise.all([api('GET', query('IN_REVIEW')), api('GET', query('SUSPENDED'))]);
    const cases = review.cases.concat(suspended.cases).sort((a, b) =>
      (a.dueOn || '9999-12-31').localeCompare(b.dueOn || '9999-12-31') || a.number.localeCompare(b.number));
    const overdue = cases.filter(file => file.timeStatus && file.timeStatus.code === 'OVERDUE').length;
    const near = cases.filter(file => file.timeStatus && file.timeStatus.code === 'NEAR_DUE').length;
    fill(ui.summary,
      bi('待审查 ' + review.cases.length + ' 件', review.cases.length + ' in review', { class: 'badge' }), ' ',
      bi('中止 ' + suspended.cases.length + ' 件', suspended.cases.length + ' suspended', { class: 'badge muted' }), ' ',
      bi('临期 ' + near + ' 件', near + ' near due', { class: 'badge near_due', id: 'inbox-near-due' }), ' ',
      bi('超期 ' + overdue + ' 件', overdue + ' overdue', { class: 'badge overdue', id: 'inbox-overdue' }));
    fill(ui.list, CaseView.list(cases, number => go('inbox', number), 'inbox-list'));
    fill(ui.supervision, await Review.supervisionList(dept, number => go('inbox', number)).catch(() => null));
  } catch (error) {
    fail(ui.message, error);
  }
}

function build(section) {
  ui.department = el('select');
  ui.message = el('div', { class: 'msg', id: 'inbox-message' });
  ui.summary = el('p', { class: 'summary-badges' });
  ui.list = el('div');
  ui.supervision = el('div');
  const own = currentRole().department;
  ui.title = el('h2', null, bi('审批待办', 'Approvals'), own ? [' · ', coded(departmentName(own),
    { id: 'inbox-department' })] : null);
  ui.listView = el('div', { class: 'panel' }, ui.title,
    own ? null : field('inbox-department-select', '部门', 'Department', ui.department).wrap,
    el('div', { class: 'btn-row' }, button('刷新', 'Refresh', { id: 'inbox-refresh', class: 'secondary', onclick: load })),
    el('p', { class: 'muted small' }, bi('按办结期限排序，最紧急的在前；黄色为临期，红色为超期。',
      'Sorted by due date, most urgent first; amber is near due, red overdue.')),
    ui.summary, ui.message, ui.supervision, ui.list);
  ui.detailView = el('div', { hidden: true });
  section.append(ui.listView, ui.detailView);
  ui.department.addEventListener('change', load);
  if (!own) fillDepartments().catch(error => fail(ui.message, error));
  else loadCatalog().then(() => fill(ui.title, bi('审批待办', 'Approvals'), ' · ',
    coded(departmentName(own), { id: 'inbox-department' }))).catch(() => {});
}

async function show(args) {
  clearInterval(timer);
  if (args[0]) {
    ui.listView.hidden = true;
    ui.detailView.hidden = false;
    await CaseView.detail(ui.detailView, args[0], { back: ['返回待办', 'Back to the inbox', '#inbox'], review: true });
    return;
  }
  ui.detailView.hidden = true;
  ui.detailView.replaceChildren();
  ui.listView.hidden = false;
  await load();
  timer = setInterval(() => {
    if (isActive() && shownSection() === 'inbox' && !ui.listView.hidden) load();
  }, REFRESH_MS);
}

function hide() {
  clearInterval(timer);
}

export default {
  id: 'inbox', zh: '审批待办', en: 'Approvals',
  allowed: role => role.approver || role.admin,
  build, show, hide,
};
