/*
 * Bad ratings and their rectifications (差评整改), for the hall admin (a tab of 管理) and for a department's staff
 * (their own section, their department's alone — the hall decides which they see). Each open one takes, in turn,
 * the department's answer (立行立改 / 限期整改 with its day / 解释说明) and the call back with its result; an open one
 * may be appealed as malicious or mistaken, and a hall admin decides a pending appeal. Overdue ones are marked.
 */
import * as Hall from '/assets/hall.js';
import { el, fill, bi, coded, button, busy } from '../dom.js';
import { api, catalog, departmentName } from '../api.js';
import { currentRole } from '../session.js';

const KINDS = [['IMMEDIATE', '立行立改', 'Put right at once'], ['BY_DEADLINE', '限期整改', 'By a deadline'],
  ['EXPLANATION', '解释说明', 'Explained']];
const RESULTS = [['SATISFIED', '回访满意', 'Satisfied'], ['DISSATISFIED', '回访仍不满意', 'Still dissatisfied'],
  ['UNREACHABLE', '无法联系', 'Could not be reached']];
const GROUNDS = [['MALICIOUS', '恶意差评', 'Malicious rating'], ['MISTAKEN', '误评', 'Mistaken rating']];
const filters = { open: null, overdue: null };

function choices(id, options) {
  return el('select', { id }, ...options.map(([code, zh, en]) => el('option', { value: code, 'data-zh': zh,
    'data-en': en }, Hall.t(zh, en))));
}

function textBox(id, zh, en) {
  return el('textarea', { id, rows: '2', maxlength: '500', 'data-zh-placeholder': zh, 'data-en-placeholder': en,
    placeholder: Hall.t(zh, en) });
}

/** A form posting {body()} to path; on success the list is drawn again. */
function form(entry, name, zh, en, fields, body, path, redraw) {
  const message = el('div', { class: 'msg' });
  const submit = button(zh, en, { id: name + '-' + entry.id });
  submit.addEventListener('click', async () => {
    if (await busy(submit, message, () => api('POST', path, body()))) await redraw();
  });
  return el('div', { class: 'rectification-step', 'data-step': name }, ...fields, el('div', { class: 'btn-row' },
    submit), message);
}

function answerForm(entry, redraw) {
  const kind = choices('kind-' + entry.id, KINDS);
  const doneBy = el('input', { type: 'date', id: 'done-by-' + entry.id, hidden: true });
  kind.addEventListener('change', () => { doneBy.hidden = kind.value !== 'BY_DEADLINE'; });
  const measures = textBox('measures-' + entry.id, '整改措施或向评价人的解释', 'what is done, or the explanation given');
  return form(entry, 'record', '登记整改', 'Record the answer', [kind, doneBy, measures], () => ({
    kind: kind.value, measures: measures.value.trim(), doneBy: kind.value === 'BY_DEADLINE' ? doneBy.value : '',
  }), '/api/v1/rectifications/' + entry.id + '/record', redraw);
}

function callBackForm(entry, redraw) {
  const result = choices('result-' + entry.id, RESULTS);
  const note = textBox('follow-up-note-' + entry.id, '回访记录：联系情况、评价人意见', 'the call back: contact, the rater’s view');
  return form(entry, 'follow-up', '记录回访并办结', 'Record the call back', [result, note], () => ({
    result: result.value, note: note.value.trim(),
  }), '/api/v1/rectifications/' + entry.id + '/follow-up', redraw);
}

function appealForm(entry, redraw) {
  const ground = choices('ground-' + entry.id, GROUNDS);
  const statement = textBox('statement-' + entry.id, '申诉理由及证据（如录音录像）', 'grounds and evidence (recordings…)');
  return form(entry, 'appeal', '提出申诉', 'Appeal', [ground, statement], () => ({
    ground: ground.value, statement: statement.value.trim(),
  }), '/api/v1/rectifications/' + entry.id + '/appeal', redraw);
}

function decisionForm(entry, redraw) {
  const decision = choices('decision-' + entry.appeal.id, [['UPHELD', '申诉成立（不计入满意度）',
    'Upheld (excluded from the figures)'], ['REJECTED', '驳回', 'Rejected']]);
  const note = textBox('decision-note-' + entry.appeal.id, '裁定意见', 'reasons for the decision');
  return form(entry, 'decide', '裁定申诉', 'Decide the appeal', [decision, note], () => ({
    decision: decision.value, note: note.value.trim(),
  }), '/api/v1/rating-appeals/' + entry.appeal.id + '/decision', redraw);
}

/** The rating's levels under the names of the questions it answered. */
function levels(rating, sets) {
  const set = sets[rating.indicatorSet];
  const names = set ? Object.fromEntries(set.indicators.map(indicator => [indicator.key, indicator.name])) : {};
  return ['overall', 'efficiency', 'competence', 'attitude'].flatMap((key, i) => [i ? ' · ' : '',
    coded(names[key] || key), '：', coded(rating[key])]);
}

function state(entry) {
  if (entry.overdue) return bi('超期', 'overdue', { class: 'overdue' });
  if (entry.followedUpAt) return bi('已回访', 'followed up', { class: 'on_time' });
  if (entry.appeal && entry.appeal.upheld === true) return bi('申诉成立', 'appeal upheld', { class: 'on_time' });
  return entry.kind ? bi('待回访', 'awaiting the call back', { class: 'near_due' })
    : bi('待登记整改', 'awaiting the answer', { class: 'near_due' });
}

function card(entry, sets, redraw) {
  const rating = entry.rating || {};
  const open = !entry.followedUpAt && !(entry.appeal && entry.appeal.upheld === true);
  const parts = [
    el('h4', null, '#' + entry.id, ' · ', coded(departmentName(entry.department)), ' · ', bi('期限 ', 'due '),
      el('span', { class: entry.overdue ? 'overdue' : '' }, entry.deadline), ' · ', state(entry)),
    el('p', { class: 'small' }, ...levels(rating, sets)),
    el('p', { class: 'small' }, bi('原因：', 'Reasons: '), ...(rating.reasons || []).flatMap((reason, i) =>
      [i ? '、' : '', coded(reason)]), (rating.reasons || []).length ? '' : '—'),
    rating.comment ? el('blockquote', null, rating.comment) : null,
    el('p', { class: 'muted small' }, coded(rating.channel), rating.counter ? ' · ' + rating.counter + '号窗口' : '',
      rating.staff ? [' · ', bi('工作人员 ', 'staff '), rating.staff] : '', (rating.items || []).length
        ? ' · ' + rating.items.join('、') : '', ' · ', Hall.time(rating.ratedAt, true), ' · ', rating.indicatorSet),
  ];
  if (entry.kind) {
    parts.push(el('p', null, coded(entry.kind), '：', entry.measures, ' — ', entry.recordedBy));
  }
  if (entry.followedUpAt) {
    parts.push(el('p', null, bi('回访：', 'Call back: '), coded(entry.callbackResult), ' ', entry.followUp, ' — ',
      entry.followedUpBy, ' · ', Hall.time(entry.followedUpAt, true)));
  }
  if (entry.appeal) {
    const appeal = entry.appeal;
    parts.push(el('p', null, bi('申诉：', 'Appeal: '), coded(appeal.ground), ' ', appeal.statement, ' — ',
      appeal.filedBy, ' · ', appeal.upheld === null || appeal.upheld === undefined ? bi('待裁定', 'pending')
        : [appeal.upheld ? bi('成立', 'upheld') : bi('驳回', 'rejected'), ' ', appeal.decisionNote]));
  }
  if (open) {
    parts.push(entry.kind ? callBackForm(entry, redraw) : answerForm(entry, redraw));
    if (!entry.appeal) parts.push(appealForm(entry, redraw));
    else if (appealPending(entry) && currentRole().admin) parts.push(decisionForm(entry, redraw));
  }
  return el('div', { class: 'panel rectification', 'data-id': String(entry.id) }, parts);
}

function appealPending(entry) {
  return entry.appeal && (entry.appeal.upheld === null || entry.appeal.upheld === undefined);
}

export async function drawRectifications(box, redraw) {
  const query = filters.overdue.checked ? '?overdue=true' : filters.open.checked ? '?open=true' : '';
  const answer = await api('GET', '/api/v1/rectifications' + query);
  await catalog().catch(() => null);
  const cards = answer.rectifications.map(entry => card(entry, answer.indicatorSets || {}, redraw));
  fill(box, ...(cards.length ? cards : [el('p', { class: 'muted' }, bi('没有需要整改的差评', 'No rectification'))]));
}

export function rectificationFilters(redraw) {
  filters.open = el('input', { type: 'checkbox', id: 'rectifications-open', checked: true });
  filters.overdue = el('input', { type: 'checkbox', id: 'rectifications-overdue' });
  filters.open.addEventListener('change', redraw);
  filters.overdue.addEventListener('change', redraw);
  return el('div', null, el('label', null, filters.open, ' ', bi('只看未办结', 'open ones only')), ' ',
    el('label', null, filters.overdue, ' ', bi('只看超期', 'overdue only')));
}

export default {
  name: 'rectifications', zh: '差评整改', en: 'Bad ratings', draw: drawRectifications,
  controls: rectificationFilters,
};
