/*
 * The cases section (办件): search the cases and open one (the case file is case-view.js).
 */
import * as Hall from '/assets/hall.js';
import { el, fill, tx, setText, say, fail, field, button } from './dom.js';
import { api, catalog } from './api.js';
import { on } from './events.js';
import { go } from './router.js';
import * as CaseView from './case-view.js';

const ui = {};
let searched = false;

async function search(overdue) {
  say(ui.message);
  const params = new URLSearchParams();
  if (ui.query.value.trim()) params.set('q', ui.query.value.trim());
  if (ui.state.value) params.set('state', ui.state.value);
  params.set('limit', '100');
  try {
    await catalog().catch(() => null);
    const answer = overdue ? await api('GET', '/api/v1/cases/overdue')
      : await api('GET', '/api/v1/cases?' + params.toString());
    searched = true;
    setText(ui.count, overdue ? '临期及超期办件：' + answer.cases.length + ' 件'
      : '共 ' + answer.cases.length + ' 件' + (answer.cases.length >= 100 ? '（仅显示最新100件）' : ''),
    overdue ? answer.cases.length + ' case(s) near or past due' : answer.cases.length + ' case(s)'
      + (answer.cases.length >= 100 ? ' (newest 100 shown)' : ''));
    fill(ui.results, CaseView.list(answer.cases, number => go('cases', number)));
  } catch (error) {
    fail(ui.message, error);
  }
}

function build(section) {
  ui.query = el('input', { type: 'search', autocomplete: 'off', 'data-zh-placeholder': '办件编号或申请人名称',
    'data-en-placeholder': 'case number or applicant name', placeholder: Hall.t('办件编号或申请人名称', 'case number or applicant name') });
  ui.state = CaseView.stateOptions(el('select'), true);
  ui.message = el('div', { class: 'msg', id: 'cases-message' });
  ui.count = el('p', { class: 'muted small', id: 'case-count' });
  ui.results = el('div');
  ui.form = el('form', { class: 'search-row', novalidate: true },
    field('case-search', '查找办件', 'Find cases', ui.query).wrap,
    field('case-filter-state', '状态', 'State', ui.state).wrap,
    el('div', { class: 'btn-row' }, button('查询', 'Search', { id: 'case-search-submit', type: 'submit' }),
      button('临期/超期', 'Near or past due', { id: 'case-overdue', class: 'secondary', onclick: () => search(true) })));
  ui.form.addEventListener('submit', event => { event.preventDefault(); search(false); });
  ui.state.addEventListener('change', () => search(false));
  ui.listView = el('div', { class: 'panel' }, tx('h2', '办件查询', 'Cases'), ui.form, ui.message, ui.count, ui.results);
  ui.detailView = el('div', { hidden: true });
  section.append(ui.listView, ui.detailView);
  on('case-created', () => { searched = false; });
}

async function show(args) {
  if (args[0]) {
    ui.listView.hidden = true;
    ui.detailView.hidden = false;
    await CaseView.detail(ui.detailView, args[0], { back: ['返回列表', 'Back to the list', '#cases'],
      onChange: () => { searched = false; } });
    return;
  }
  ui.detailView.hidden = true;
  ui.detailView.replaceChildren();
  ui.listView.hidden = false;
  if (!searched) await search(false);
  ui.query.focus();
}

export default {
  id: 'cases', zh: '办件', en: 'Cases',
  allowed: role => role.clerk || role.approver || role.siteAdmin.length > 0,
  build, show,
};
