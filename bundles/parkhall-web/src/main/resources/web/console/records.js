/*
 * The special windows' desk (专项工作): 办不成事反映, 投诉处理, 帮办代办, 咨询导办 and 上门服务 recorded in one form whose
 * fields follow the kind, the topic ledger (专项工作台账) with its filters, one record with its steps, and for the
 * hall admin assignment, the on-site schedule, what is overdue and the CSV download. The server judges every field;
 * the form only shows the fields a kind keeps.
 */
import * as Hall from '/assets/hall.js';
import { el, fill, tx, bi, coded, say, fail, field, table, button, busy } from './dom.js';
import { api } from './api.js';
import { go } from './router.js';
import { currentRole } from './session.js';

const KINDS = [['UNRESOLVED', '办不成事反映', 'Could not get it done'], ['COMPLAINT', '投诉处理', 'Complaint'],
  ['ASSISTED', '帮办代办', 'Assisted service'], ['CONSULTATION', '咨询导办', 'Consultation'],
  ['ONSITE', '上门服务', 'On-site service']];
const CHANNELS = [['WINDOW', '窗口', 'window'], ['PHONE', '电话', 'phone'], ['HOTLINE', '12345热线', '12345 hotline'],
  ['ONLINE', '网上', 'online'], ['LETTER', '信函', 'letter']];
const CLASSES = [['SIMPLE', '简单', 'simple'], ['ORDINARY', '一般', 'ordinary'], ['COMPLEX', '复杂', 'complex']];
const TARGETS = [['STAFF', '工作人员', 'staff member'], ['COUNTER', '窗口', 'counter'],
  ['DEPARTMENT', '部门', 'department'], ['ITEM', '事项', 'item']];
const STEPS = [['NOTE', '办理记录', 'Handling step'], ['PROGRESS_REPLY', '进度答复', 'Progress reply'],
  ['REPLY', '答复办结', 'Outcome'], ['CALL_BACK', '回访', 'Call back']];
/** Which of the form's optional fields each kind keeps (RecordRequest says the same on the server). */
const KEEPS = {
  UNRESOLVED: ['party', 'recordClass'], COMPLAINT: ['party', 'concerns'], ASSISTED: ['party', 'authorisation'],
  CONSULTATION: ['party', 'answer'], ONSITE: ['party', 'address'],
};
const ui = {};

function choice(options, attrs, empty) {
  const select = el('select', attrs);
  if (empty) select.append(tx('option', empty[0], empty[1], { value: '' }));
  options.forEach(([value, zh, en]) => select.append(tx('option', zh, en, { value })));
  return select;
}

function text(attrs) {
  return el('input', Object.assign({ autocomplete: 'off' }, attrs));
}

function list(value) {
  return value.split(/[\s,，]+/).filter(Boolean);
}

function build(section) {
  const f = ui.form = {
    kind: choice(KINDS), channel: choice(CHANNELS), recordClass: choice(CLASSES),
    partyKind: choice([['PERSON', '自然人', 'person'], ['ENTERPRISE', '企业', 'enterprise']]),
    partyName: text({ maxlength: '200' }), partyId: text({ maxlength: '18' }), partyPhone: text({ maxlength: '20' }),
    items: text({ maxlength: '420' }), cases: text({ maxlength: '320' }),
    target: choice(TARGETS), reference: text({ maxlength: '100' }),
    matter: el('textarea', { rows: '3', maxlength: '2000' }), outcome: el('textarea', { rows: '2', maxlength: '2000' }),
    referredTo: text({ maxlength: '100' }), authorisation: text({ maxlength: '200' }),
    address: text({ maxlength: '200' }), wantedOn: text({ type: 'date' }),
  };
  const groups = ui.groups = {
    party: el('div', null, field('record-party-kind', '当事人类型', 'Party', f.partyKind).wrap,
      field('record-party-name', '姓名或企业名称', 'Name', f.partyName).wrap,
      field('record-party-id', '证件号码（可不填）', 'ID or credit code (optional)', f.partyId).wrap,
      field('record-party-phone', '联系电话', 'Phone', f.partyPhone).wrap),
    recordClass: field('record-class', '办不成事类别', 'Class', f.recordClass).wrap,
    concerns: el('div', null, field('record-target', '投诉对象', 'About', f.target).wrap,
      field('record-reference', '工号、窗口号、部门或事项编码', 'User, counter, department or item', f.reference).wrap),
    answer: el('div', null, field('record-outcome', '答复内容', 'Answer', f.outcome).wrap,
      field('record-referred', '或引导至', 'or referred to', f.referredTo).wrap),
    authorisation: field('record-authorisation', '授权材料（已核验）', 'Authorisation seen', f.authorisation).wrap,
    address: el('div', null, field('record-address', '上门地址', 'Address', f.address).wrap,
      field('record-wanted', '希望日期', 'Day wanted', f.wantedOn).wrap),
  };
  f.kind.addEventListener('change', showFields);
  ui.message = el('div', { class: 'msg', role: 'alert' });
  const submit = button('登记', 'Record', { id: 'record-submit', class: 'big' });
  submit.addEventListener('click', () => record(submit));
  ui.kindFilter = choice(KINDS, { id: 'records-kind' }, ['全部类别', 'every kind']);
  ui.stateFilter = choice([['OPEN', '办理中', 'open'], ['REPLIED', '待回访', 'call back due'], ['CLOSED', '已办结', 'closed']],
    { id: 'records-state' }, ['全部状态', 'every state']);
  ui.overdueOnly = el('input', { type: 'checkbox', id: 'records-overdue' });
  [ui.kindFilter, ui.stateFilter, ui.overdueOnly].forEach(node => node.addEventListener('change', redraw));
  ui.download = tx('a', '下载台账（CSV）', 'Download the ledger (CSV)', { id: 'records-download', class: 'button', download: '' });
  ui.list = el('div');
  ui.detail = el('div', { class: 'panel', id: 'record-detail', hidden: true });
  const admin = currentRole().admin;
  section.append(el('div', { class: 'split' },
    el('div', { class: 'panel pane-left' }, tx('h2', '专项工作登记', 'Record special work'),
      field('record-kind', '类别', 'Kind', f.kind).wrap, field('record-channel', '渠道', 'Channel', f.channel).wrap,
      ...Object.values(groups),
      field('record-matter', '事由（问题、诉求、代办内容）', 'What it is about', f.matter).wrap,
      field('record-items', '事项编码（可多个）', 'Item codes', f.items).wrap,
      field('record-cases', '办件编号（可多个）', 'Case numbers', f.cases).wrap,
      el('div', { class: 'btn-row' }, submit), ui.message),
    el('div', { class: 'panel pane-right' }, tx('h2', '专项工作台账', 'Topic ledger'),
      el('div', { class: 'btn-row' }, ui.kindFilter, ui.stateFilter,
        admin ? el('label', null, ui.overdueOnly, ' ', bi('只看超期', 'overdue only')) : null,
        admin ? ui.download : null),
      ui.list, ui.detail)));
  showFields();
}

function showFields() {
  const keeps = KEEPS[ui.form.kind.value];
  Object.entries(ui.groups).forEach(([name, group]) => { group.hidden = !keeps.includes(name); });
}

function request() {
  const f = ui.form;
  const kind = f.kind.value;
  const body = { kind, channel: f.channel.value, matter: f.matter.value, itemCodes: list(f.items.value),
    caseNumbers: list(f.cases.value) };
  if (kind !== 'CONSULTATION' || f.partyName.value.trim()) {
    body.party = { kind: f.partyKind.value, name: f.partyName.value, idNumber: f.partyId.value, phone: f.partyPhone.value };
  }
  if (kind === 'UNRESOLVED') body.recordClass = f.recordClass.value;
  if (kind === 'COMPLAINT') body.concerns = { target: f.target.value, reference: f.reference.value };
  if (kind === 'CONSULTATION') Object.assign(body, { outcome: f.outcome.value, referredTo: f.referredTo.value });
  if (kind === 'ASSISTED') body.authorisation = f.authorisation.value;
  if (kind === 'ONSITE') Object.assign(body, { address: f.address.value, wantedOn: f.wantedOn.value });
  return body;
}

async function record(submit) {
  const answer = await busy(submit, ui.message, () => api('POST', '/api/v1/records', request()));
  if (!answer) return;
  const number = answer.record.number;
  if (answer.queryCode) {
    say(ui.message, 'ok', '已登记 ' + number + '，查询码 ' + answer.queryCode + '（请告知当事人，仅显示一次）',
      'Recorded ' + number + '; query code ' + answer.queryCode + ' (tell the person: shown this once)');
  } else {
    say(ui.message, 'ok', '已登记 ' + number, 'Recorded ' + number);
  }
  ui.form.matter.value = '';
  ui.form.outcome.value = '';
  await redraw();
}

async function redraw() {
  const query = new URLSearchParams();
  if (ui.kindFilter.value) query.set('kind', ui.kindFilter.value);
  if (ui.stateFilter.value) query.set('state', ui.stateFilter.value);
  ui.download.href = '/api/v1/records/export?' + query;
  const found = ui.overdueOnly.checked ? await api('GET', '/api/v1/records/overdue')
    : await api('GET', '/api/v1/records?' + query);
  fill(ui.list, table([
    ['编号', 'Number', row => el('a', { href: '#records/' + row.number }, row.number)],
    ['类别', 'Kind', row => coded(row.kindName)],
    ['状态', 'State', row => coded(row.stateName)],
    ['当事人', 'Party', row => row.party],
    ['事由', 'Matter', row => row.matter],
    ['负责人', 'Owner', row => row.owner || bi('待指派', 'unassigned')],
    ['期限', 'Due', row => row.finalDue],
  ], found.records, row => ({ class: row.overdue ? 'overdue' : '' }), '暂无记录', 'No records'));
}

function stepForm(record) {
  const action = choice(STEPS.filter(([code]) => code !== 'PROGRESS_REPLY' || record.progressDue), { id: 'record-action' });
  const note = el('textarea', { id: 'record-note', rows: '2', maxlength: '2000' });
  const message = el('div', { class: 'msg' });
  const take = button('记录', 'Record the step', { id: 'record-step' });
  take.addEventListener('click', async () => {
    const answer = await busy(take, message, () => api('POST', '/api/v1/records/' + record.number + '/steps',
      { action: action.value, note: note.value }));
    if (answer) await show([record.number]);
  });
  const parts = [action, note, el('div', { class: 'btn-row' }, take)];
  if (currentRole().admin) {
    const owner = text({ id: 'record-owner', maxlength: '100', placeholder: Hall.t('工作人员账号', 'staff user name') });
    const day = text({ id: 'record-day', type: 'date' });
    const assign = button('指派', 'Assign', { id: 'record-assign' });
    assign.addEventListener('click', async () => {
      const answer = record.kind === 'ONSITE'
        ? await busy(assign, message, () => api('POST', '/api/v1/records/' + record.number + '/schedule',
          { day: day.value, owner: owner.value }))
        : await busy(assign, message, () => api('POST', '/api/v1/records/' + record.number + '/assign',
          { owner: owner.value }));
      if (answer) await show([record.number]);
    });
    parts.push(el('div', { class: 'btn-row' }, owner, record.kind === 'ONSITE' ? day : null, assign));
  }
  return el('div', null, ...parts, message);
}

async function show(args) {
  await redraw();
  if (!args[0]) {
    ui.detail.hidden = true;
    return;
  }
  try {
    const record = await api('GET', '/api/v1/records/' + encodeURIComponent(args[0]));
    const party = record.party;
    fill(ui.detail, el('h3', null, record.number, ' · ', record.kind, ' · ', record.state,
      record.overdue ? bi(' 超期', ' overdue', { class: 'overdue' }) : null),
      el('p', null, bi('当事人：', 'Party: '), party ? party.name + ' ' + party.phone : '—'),
      el('p', null, bi('首问负责人：', 'First owner: '), record.firstOwner || '—', ' · ', bi('负责人：', 'Owner: '),
        record.owner || '—', ' · ', bi('期限：', 'Due: '), record.finalDue || '—',
        record.progressDue ? [' · ', bi('进度答复：', 'progress reply: '), record.progressDue] : null,
        record.scheduledOn ? [' · ', bi('上门：', 'visit: '), record.scheduledOn] : null),
      el('blockquote', null, record.matter),
      record.outcome ? el('p', null, bi('答复：', 'Outcome: '), record.outcome) : null,
      table([['时间', 'Time', step => Hall.time(step.at, true)], ['操作人', 'By', step => step.actor],
        ['步骤', 'Step', step => step.action], ['内容', 'Note', step => step.note]], record.steps),
      record.state === 'CLOSED' ? null : stepForm(record),
      button('关闭', 'Close', { onclick: () => go('records') }));
    ui.detail.hidden = false;
  } catch (error) {
    fail(ui.message, error);
  }
}

export default {
  id: 'records', zh: '专项工作', en: 'Special windows',
  allowed: role => role.clerk || role.guide,
  build, show,
};
