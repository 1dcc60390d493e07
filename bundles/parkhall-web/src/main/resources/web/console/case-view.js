/*
 * A case (办件) as the window and the department see it: the case file with its ledger, the supplement that
 * completes a one-time notice, and the actions the window takes (dispatch, deliver, close, withdraw, forward). The
 * cases section (cases.js) and the department inbox (inbox.js) show it, each with the actions of its user. The hall enforces which action a state allows; the buttons offered
 * here follow the same lifecycle so a clerk is not shown steps that cannot happen.
 */
import * as Hall from '/assets/hall.js';
import { el, fill, tx, bi, coded, ledgerDetails, setText, say, fail, fieldError, table, button, busy, timeClass } from './dom.js';
import { api, catalog, departmentName } from './api.js';
import { emit } from './events.js';
import { go } from './router.js';
import { currentRole } from './session.js';
import { queryCode } from './query-codes.js';
import * as Identity from './identity.js';
import * as Guide from './guide.js';
import { formEditor, formFields } from './form.js';
import { bilingual, declared, subjectName, valueText } from '/assets/fields.js';
import * as Review from './review.js';


const STATES = [
  ['SUPPLEMENT_REQUIRED', '补正', 'supplement required'], ['ACCEPTED', '已受理', 'accepted'],
  ['IN_REVIEW', '审查中', 'in review'], ['SUSPENDED', '中止', 'suspended'], ['RETURNED', '退回窗口', 'returned'],
  ['SPECIAL_PROCEDURE', '特别程序', 'in a special procedure'], ['APPROVED', '准予', 'approved'],
  ['DENIED', '不予', 'denied'], ['DELIVERED', '已送达', 'delivered'], ['FORWARDED', '异地通办转出', 'forwarded'],
  ['CLOSED', '办结', 'closed'], ['REFUSED', '不予受理', 'refused'], ['WITHDRAWN', '撤回', 'withdrawn'],
];

/** What each state allows (the hall's CaseLifecycle). */
const MOVES = {
  SUPPLEMENT_REQUIRED: ['WITHDRAW'],
  ACCEPTED: ['DISPATCH', 'FORWARD', 'WITHDRAW'],
  IN_REVIEW: ['APPROVE', 'DENY', 'SUSPEND', 'WITHDRAW'],
  SUSPENDED: ['RESUME', 'WITHDRAW'],
  RETURNED: ['DISPATCH', 'WITHDRAW'],
  SPECIAL_PROCEDURE: ['WITHDRAW'],
  APPROVED: ['DELIVER'],
  DENIED: ['DELIVER'],
  DELIVERED: ['CLOSE'],
  FORWARDED: ['CLOSE'],
};
const WHOLE_JOINT_CASE = ['DELIVER', 'CLOSE', 'WITHDRAW'];
// The department's part of a case (its approver's or a hall admin's); every other action is the window's.
const APPROVER_ACTIONS = ['APPROVE', 'DENY', 'SUSPEND', 'RESUME'];

/** Each action's label, whether it needs a note, and what the note must say. */
const ACTIONS = {
  DISPATCH: ['分转', 'Dispatch', false, '分转至承办部门审查（备注可不填）', 'send to the department for review (note optional)'],
  APPROVE: ['准予', 'Approve', true, '准予：填写核发的证照或办理结果，如“营业执照”', 'approve: what is issued, e.g. business licence'],
  DENY: ['不予', 'Deny', true, '不予：填写不予许可的理由', 'deny: the reasons'],
  SUSPEND: ['中止', 'Suspend', true, '中止：填写中止理由（如需检验、检测、鉴定）', 'suspend: the reasons (e.g. inspection needed)'],
  RESUME: ['恢复', 'Resume', false, '恢复审查（备注可不填）', 'resume the review (note optional)'],
  DELIVER: ['送达', 'Deliver', true, '送达：填写窗口签收人姓名，或快递单号', 'deliver: who signed at the window, or the tracking number'],
  CLOSE: ['办结', 'Close', false, '办结归档（备注可不填）', 'close the case (note optional)'],
  WITHDRAW: ['撤回', 'Withdraw', true, '撤回：填写撤回理由（如申请人书面申请撤回）', 'withdraw: the reasons'],
  FORWARD: ['异地通办转出', 'Forward', true, '转出：填写接收的政务服务中心', 'forward: the receiving centre'],
};

export function stateOptions(select, withAll) {
  fill(select, ...(withAll ? [tx('option', '全部状态', 'All states', { value: '' })] : []),
    ...STATES.map(([code, zh, en]) => tx('option', zh, en, { value: code })));
  return select;
}

/** The due date with its time-status colour (hall.css on_time / near_due / overdue). */
export function due(file) {
  if (!file.dueOn) return el('span', { class: 'muted' }, '—');
  const status = file.timeStatus;
  return el('span', { class: 'due ' + timeClass(status), 'data-time-status': status ? status.code : '' },
    file.dueOn, status && status.code !== 'NONE' ? [' ', coded(status, { class: 'small' })] : null);
}

/** The masked case list (as GET /api/v1/cases gives it); open(number) when a row is chosen. */
export function list(cases, open, listId) {
  return el('div', { id: listId || 'case-list' }, table([
    ['办件编号', 'Case', file => el('a', { href: '#', id: 'case-' + file.number, 'data-number': file.number,
      onclick: event => { event.preventDefault(); open(file.number); } }, file.number)],
    ['事项', 'Item', file => [el('span', { class: 'code' }, file.itemCode), ' ', coded(file.itemName)]],
    ['申请人', 'Applicant', file => file.applicant],
    ['部门', 'Dept.', file => coded(departmentName(file.department))],
    ['状态', 'State', file => coded(file.state, { class: 'state state-' + file.state.code })],
    ['受理日期', 'Accepted', file => file.acceptedOn || '—'],
    ['办结期限', 'Due', due],
  ], cases, file => ({ class: 'row-' + timeClass(file.timeStatus), 'data-number': file.number }),
  '没有符合条件的办件', 'No case matches'));
}

// ---------------------------------------------------------------- the case file

// Where an application came in, in words (the intake sends the code).
const CHANNELS = { WINDOW: ['窗口受理', 'At the window'] };

function revealable(full, masked) {
  const text = el('span', null, masked);
  if (!currentRole().clerk || full === masked) return text;
  const toggle = button('显示', 'show', { class: 'link small' });
  toggle.addEventListener('click', () => {
    const shown = text.textContent === full;
    text.textContent = shown ? masked : full;
    setText(toggle, shown ? '显示' : '隐藏', shown ? 'show' : 'hide');
  });
  return el('span', null, text, ' ', toggle);
}

function row(zh, en, ...value) {
  return [tx('dt', zh, en), el('dd', null, ...value)];
}

/** The material's name from the guide (its code only while the guide cannot be read). */
function materialName(loaded, code) {
  const name = loaded && subjectName(loaded.items, code);
  return name ? coded(name) : code;
}

/** A stored fact under its declared label, its value as the form reads it. */
function factLine(loaded, key, value) {
  const found = loaded && declared(loaded.items, key);
  const field = found && found.field;
  return el('li', { 'data-key': key }, field ? coded(bilingual(field.label))
    : bi('（未声明的申请信息）', '(entry the form no longer declares)', { class: 'muted' }), '：',
  coded(valueText(field, value)));
}

function information(file, loaded) {
  const applicant = file.applicant;
  const personal = applicant.kind === 'PERSON';
  // In the order the form asks them; what it no longer declares last.
  const order = loaded ? formFields(loaded.items).map(field => field.key) : [];
  const rank = key => (order.includes(key) ? order.indexOf(key) : order.length);
  const facts = Object.entries(file.facts || {}).sort(([a], [b]) => rank(a) - rank(b));
  return el('dl', { class: 'pairs case-info' },
    row('事项', 'Item', el('span', { class: 'code' }, file.itemCode), ' ', coded(file.itemName)),
    row('承办部门', 'Department', coded(departmentName(file.department))),
    row('申请人', 'Applicant', el('strong', null, applicant.name), ' · ',
      personal ? bi('自然人', 'person') : bi('企业', 'enterprise'), ' · ',
      revealable(applicant.idNumber, personal ? Identity.maskId(applicant.idNumber) : applicant.idNumber), ' · ',
      revealable(applicant.phone, Identity.maskPhone(applicant.phone))),
    row('送达方式', 'Delivery', coded(file.delivery.mode), file.delivery.address ? ' · ' + file.delivery.address : ''),
    row('渠道', 'Channel', CHANNELS[file.channel] ? bi(...CHANNELS[file.channel]) : file.channel || '—'),
    row('受理日期', 'Accepted on', file.acceptedOn || '—'),
    row('办结期限', 'Due on', due(file)),
    file.suspendedSince ? row('中止自', 'Suspended since', file.suspendedSince) : null,
    row('已提交材料', 'Materials handed in', file.presented.length
      ? el('ul', { class: 'plain' }, file.presented.map(code => el('li', null, materialName(loaded, code))))
      : bi('无', 'none')),
    facts.length ? row('申请信息', 'Form facts', el('ul', { class: 'plain' }, facts.map(([key, value]) =>
      factLine(loaded, key, value)))) : null,
    file.problems.length ? row('需补正', 'To put right',
      Guide.problemList(file.problems, loaded ? loaded.items : [], 'case-problems')) : null,
    // 一次性告知: what a newer version of the item asks beyond the notice is for staff to know, not asked again.
    file.newSinceNotice && file.newSinceNotice.length ? row('告知后新增的要求', 'New since the notice',
      el('p', { class: 'small' }, bi('部门事项在告知后更新所增加的要求，不在一次性告知书内，不再要求申请人补正。',
        'Added by a newer version of the item after the notice was given; not in the notice, so not asked of the applicant.')),
      Guide.problemList(file.newSinceNotice, loaded ? loaded.items : [], 'case-new-since-notice')) : null,
    file.reasons ? row('理由', 'Reasons', el('span', { id: 'case-reasons' }, file.reasons)) : null,
    file.result ? row('办理结果', 'Result', el('strong', { id: 'case-result' }, file.result)) : null,
    file.deliveryNote ? row('送达记录', 'Delivery record', file.deliveryNote) : null,
    file.parentNumber ? row('所属一件事', 'Joint application', el('a', { href: '#cases/' + file.parentNumber },
      file.parentNumber)) : null,
    file.children.length ? row('子办件', 'Child cases', el('ul', { class: 'plain children' },
      file.children.map(child => el('li', { 'data-child': child }, el('a', { href: '#cases/' + child }, child)))))
      : null,
    row('创建 / 更新', 'Created / updated', Hall.time(file.createdAt, true) + ' / ' + Hall.time(file.updatedAt, true)));
}

/** Fills in the children's states: a joint case is decided when all of them are. */
function loadChildren(node, file) {
  file.children.forEach(async child => {
    try {
      const childFile = await api('GET', '/api/v1/cases/' + encodeURIComponent(child));
      const item = node.querySelector('[data-child="' + child + '"]');
      if (item) item.append(' ', childFile.itemCode, ' ', coded(departmentName(childFile.department)),
        ' · ', coded(childFile.state, { class: 'state state-' + childFile.state.code }), ' · ', due(childFile));
    } catch (e) {
      // Another department's child case is not shown to an approver: the number is enough.
    }
  });
}

function documents(file) {
  const buttons = [];
  const print = (id, zh, en, kind) => button(zh, en, { id, class: 'secondary',
    onclick: () => go('print', file.number, kind) });
  if (file.state.code === 'SUPPLEMENT_REQUIRED') buttons.push(print('doc-notice', '一次性告知书', 'One-time notice', 'notice'));
  if (file.state.code === 'REFUSED') buttons.push(print('doc-refusal', '不予受理通知书', 'Refusal notice', 'refusal'));
  if (file.acceptedOn) buttons.push(print('doc-receipt', '受理回执', 'Receipt', 'receipt'));
  buttons.push(print('doc-application', '申请表', 'Application form', 'application'));
  const code = el('div', { id: 'case-query-code' });
  if (currentRole().clerk && !file.parentNumber) {
    // For an applicant who lost the code: the old one stops working.
    buttons.push(button('补发查询码', 'New query code', { id: 'doc-query-code', class: 'secondary',
      onclick: event => busy(event.target, code, async () => {
        const issued = await api('POST', '/api/v1/cases/' + encodeURIComponent(file.number) + '/query-code', {});
        fill(code, queryCode(file.number, issued.queryCode, 'case-query-code-value'));
      }) }));
  }
  if (!buttons.length) return null;
  return el('div', { class: 'panel' }, tx('h3', '文书打印', 'Documents'), el('div', { class: 'btn-row' }, buttons), code);
}

/** The actions this user may take on this case in its present state. */
function allowedActions(file) {
  const role = currentRole();
  const jointParent = file.children.length > 0;
  const jointChild = Boolean(file.parentNumber);
  return (MOVES[file.state.code] || []).filter(action => {
    if (jointParent && !WHOLE_JOINT_CASE.includes(action)) return false;
    if (jointChild && WHOLE_JOINT_CASE.includes(action)) return false;
    return APPROVER_ACTIONS.includes(action) ? role.admin || role.departments.includes(file.department)
      : role.clerk;
  });
}

function actionPanel(file, reload) {
  const actions = allowedActions(file);
  if (!actions.length) return null;
  const message = el('div', { class: 'msg', id: 'action-message', 'aria-live': 'polite' });
  const note = el('textarea', { id: 'action-note', rows: '2', maxlength: '500',
    'data-zh-placeholder': '备注 / 理由 / 办理结果', 'data-en-placeholder': 'note / reasons / result',
    placeholder: Hall.t('备注 / 理由 / 办理结果', 'note / reasons / result') });
  const noteError = el('div', { class: 'field-error', id: 'action-note-error' });
  const hints = el('ul', { class: 'plain small muted' }, actions.map(action =>
    el('li', null, bi(ACTIONS[action][3], ACTIONS[action][4]))));
  if (actions.includes('DELIVER')) {
    hints.append(el('li', null, bi('本件送达方式：', 'This case is delivered by: '), coded(file.delivery.mode)));
  }
  const buttons = actions.map(action => button(ACTIONS[action][0], ACTIONS[action][1], {
    id: 'action-' + action, 'data-action': action,
    class: ['DENY', 'WITHDRAW'].includes(action) ? 'danger' : ['SUSPEND', 'FORWARD'].includes(action) ? 'secondary' : '',
  }));
  buttons.forEach(node => node.addEventListener('click', async () => {
    const action = node.dataset.action;
    say(message);
    if (ACTIONS[action][2] && !note.value.trim()) {
      fieldError(note, noteError, ACTIONS[action][3], ACTIONS[action][4]);
      note.focus();
      return;
    }
    fieldError(note, noteError);
    const answer = await busy(node, message, () => api('POST', '/api/v1/cases/'
      + encodeURIComponent(file.number) + '/actions', { action, note: note.value.trim() }));
    if (answer) {
      emit('case-acted', answer);
      await reload(answer, ['已' + ACTIONS[action][0] + '：' + file.number + '，现为“' + answer.state.zh + '”',
        ACTIONS[action][1] + ': ' + file.number + ' is now ' + answer.state.en]);
    }
  }));
  return el('div', { class: 'panel actions', id: 'case-actions' }, tx('h3', '办理操作', 'Actions'),
    el('label', { for: 'action-note', class: 'small' }, bi('备注（准予写办理结果；不予、中止、撤回写理由；送达写签收人或快递单号）',
      'Note (approve: what is issued; deny, suspend, withdraw: reasons; deliver: who signed or tracking number)')),
    note, noteError, hints, el('div', { class: 'btn-row' }, buttons), message);
}

/** Splits a notice's problems into materials to tick and facts to fill in. */
function classify(file, loaded) {
  const materialCodes = new Set();
  loaded.items.forEach(item => item.guide.materials.forEach(material =>
    materialCodes.add(loaded.joint ? item.code + '/' + material.code : material.code)));
  const wanted = [];
  const factKeys = [];
  let applicant = false;
  file.problems.forEach(problem => {
    const subject = problem.subject;
    const bare = subject.includes('/') ? subject.slice(subject.indexOf('/') + 1) : subject;
    const found = declared(loaded.items, subject);
    if (materialCodes.has(subject)) wanted.push(subject);
    else if (found && found.field) factKeys.push(found.field.key);
    else if (bare === 'applicant' || bare.startsWith('applicant.')) applicant = true;
  });
  return { wanted, factKeys, applicant };
}

/** The supplement: tick what the applicant brought, fill in the missing facts, and have the hall review again. */
function supplementPanel(file, loaded, reload) {
  const { wanted, factKeys, applicant } = classify(file, loaded);
  const message = el('div', { class: 'msg', id: 'supplement-message', 'aria-live': 'polite' });
  const materials = Guide.checklist(loaded, { presented: file.presented, wanted });
  const facts = formEditor(loaded.items, { values: file.facts, highlight: factKeys });
  const submit = button('提交补正', 'Submit the supplement', { id: 'supplement-submit', class: 'primary' });
  submit.addEventListener('click', async () => {
    say(message);
    const wrong = facts.check();
    if (wrong) {
      say(message, 'error', '请按提示更正标红的内容', 'Correct the fields marked in red');
      wrong.focus();
      return;
    }
    const answer = await busy(submit, message, () => api('POST', '/api/v1/cases/'
      + encodeURIComponent(file.number) + '/supplement', { presented: materials.checked(), facts: facts.values() }));
    if (!answer) return;
    emit('case-supplemented', answer);
    const state = answer.state.code;
    const text = state === 'SUPPLEMENT_REQUIRED'
      ? ['仍有 ' + answer.problems.length + ' 项需补正，已更新一次性告知书', answer.problems.length + ' item(s) still to put right; the notice is updated']
      : state === 'REFUSED' ? ['经审查不予受理', 'Refused on review']
        : ['补正完成，已受理' + (answer.dueOn ? '，承诺 ' + answer.dueOn + ' 前办结' : '') + '；请打印受理回执',
          'Complete: accepted' + (answer.dueOn ? ', due ' + answer.dueOn : '') + '; print the receipt'];
    await reload(answer, text);
  });
  return el('div', { class: 'panel supplement', id: 'supplement' }, tx('h3', '补正', 'Supplement'),
    el('p', { class: 'small' }, bi('勾选申请人本次补交的材料（标黄为告知书所列），补填申请信息后提交，由部门程序重新审查。',
      'Tick what the applicant brought now (highlighted: asked for by the notice), complete the form facts, and submit for review again.')),
    applicant ? el('p', { class: 'msg msg-warn' }, bi('告知书涉及申请人本身（类型或身份）：申请人信息不能补正，须撤回后以正确的申请人重新申请。',
      'The notice concerns the applicant itself: that cannot be supplemented; withdraw and apply again as the right applicant.')) : null,
    tx('h4', '材料', 'Materials'), materials.element, tx('h4', '申请信息', 'Form facts'), facts.element,
    el('div', { class: 'btn-row' }, submit), message);
}

function ledger(events) {
  return el('div', { class: 'panel', id: 'case-ledger' }, tx('h3', '办理记录（工作台账）', 'History (ledger)'), table([
    ['时间', 'Time', event => Hall.time(event.time, true)],
    ['操作人', 'By', event => event.actor],
    ['事项', 'Action', event => coded(event.phrase)],
    ['详情', 'Details', ledgerDetails],
  ], events));
}

/**
 * Shows case number in container: the file, documents, supplement (while one is due), actions and ledger.
 * options.back: [zh, en, hash] for the way back to the list.
 */
export async function detail(container, number, options) {
  const opts = options || {};
  fill(container, el('p', { class: 'muted' }, bi('正在读取办件…', 'Loading the case…')));
  let file;
  let events;
  try {
    [file, events] = await Promise.all([
      api('GET', '/api/v1/cases/' + encodeURIComponent(number)),
      api('GET', '/api/v1/cases/' + encodeURIComponent(number) + '/ledger').then(answer => answer.events)
        .catch(() => []),
    ]);
    await catalog().catch(() => null);
  } catch (error) {
    fill(container, el('div', { class: 'msg' }));
    fail(container.firstChild, error);
    return null;
  }
  let loaded = null;
  const canSupplement = file.state.code === 'SUPPLEMENT_REQUIRED' && currentRole().clerk;
  try {
    loaded = await Guide.load(file.itemCode);
  } catch (error) {
    // The guide only names the materials; the case stands without it.
  }
  const reload = async (answer, text) => {
    await detail(container, answer.number, opts);
    const box = container.querySelector('.case-message');
    if (box && text) say(box, 'ok', text[0], text[1]);
    if (opts.onChange) opts.onChange(answer);
  };
  const message = el('div', { class: 'msg case-message', id: 'case-message', 'aria-live': 'polite' });
  const head = el('div', { class: 'case-head' },
    opts.back ? button(opts.back[0], opts.back[1], { class: 'secondary small', id: 'case-back',
      onclick: () => { location.hash = opts.back[2]; } }) : null,
    el('h2', null, bi('办件 ', 'Case '), el('span', { id: 'case-number' }, file.number)),
    coded(file.state, { id: 'case-state', class: 'state state-' + file.state.code, 'data-state': file.state.code }),
    file.timeStatus && file.timeStatus.code !== 'NONE'
      ? coded(file.timeStatus, { class: 'badge ' + timeClass(file.timeStatus) }) : null);
  let supplement = null;
  if (canSupplement && loaded) supplement = supplementPanel(file, loaded, reload);
  else if (canSupplement) {
    supplement = el('div', { class: 'panel' }, el('p', { class: 'msg msg-error' },
      bi('该事项暂停受理或指南无法读取，暂不能补正', 'The item is unavailable or its guide cannot be read: no supplement now')));
  }
  const review = opts.review ? await Review.panel(file.number, reload) : null;
  const node = el('div', { id: 'case-detail', class: 'case-detail', 'data-number': file.number,
    'data-state': file.state.code },
  head, message,
  el('div', { class: 'split case-split' },
    el('div', { class: 'panel pane-left' }, tx('h3', '办件信息', 'Case file'), information(file, loaded)),
    el('div', { class: 'pane-right' }, supplement, actionPanel(file, reload), review, documents(file))),
  ledger(events));
  fill(container, node);
  loadChildren(node, file);
  return file;
}

