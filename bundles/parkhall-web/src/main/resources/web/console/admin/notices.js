/*
 * The admin's notices tab (通知发件箱): the outbox of notices to applicants, newest first, filtered by state, kind
 * and what a notice is about (a case number…), addresses masked; a waiting notice can be retried now or
 * cancelled, an undeliverable one retried (one being sent is the sender's until it answers), and an applicant who asks at a window is opted out (or back in) by phone, ID number or credit code.
 */
import * as Hall from '/assets/hall.js';
import { el, fill, tx, bi, say, table, button, busy, field } from '../dom.js';
import { api } from '../api.js';

const STATES = [['QUEUED', '待发送', 'queued'], ['SENDING', '发送中', 'sending'], ['SENT', '已发送', 'sent'],
  ['UNDELIVERABLE', '无法送达', 'undeliverable'], ['OPTED_OUT', '已退订', 'opted out'],
  ['CANCELLED', '已取消', 'cancelled']];
const KINDS = [['TURN_NEAR', '即将叫号', 'turn near'], ['SUPPLEMENT_NOTICE', '一次性告知', 'one-time notice'],
  ['ACCEPTED', '已受理', 'accepted'], ['RESULT_READY', '办理结果已出', 'result ready'], ['DELIVERED', '已送达', 'delivered'],
  ['BOOKING_REMINDER', '预约提醒', 'booking reminder'], ['COMPLAINT_REPLY', '投诉答复', 'complaint reply']];
const filters = { state: '', kind: '', reference: '' };

const named = (list, code) => {
  const found = list.find(([value]) => value === code);
  return found ? bi(found[1], found[2]) : el('span', null, code);
};
const actionable = { retry: ['QUEUED', 'UNDELIVERABLE'], cancel: ['QUEUED'] };

function choice(id, zh, en, list, key) {
  const select = el('select', null, tx('option', '全部', 'all', { value: '' }),
    list.map(([value, vzh, ven]) => tx('option', vzh, ven, { value })));
  select.value = filters[key];
  select.addEventListener('change', () => { filters[key] = select.value; });
  return field(id, zh, en, select);
}

function actions(notice, message, redraw) {
  const act = (zh, en, step, extra) => {
    const node = button(zh, en, Object.assign({ id: `notice-${step}-${notice.id}`, class: 'small',
      disabled: !actionable[step].includes(notice.state) }, extra));
    node.addEventListener('click', async () => {
      if (!await busy(node, message, () => api('POST', `/api/v1/notices/${notice.id}/${step}`, {}))) return;
      say(message, 'ok', `通知 ${notice.id} 已${zh}`, `Notice ${notice.id}: ${en.toLowerCase()} done`);
      await redraw();
    });
    return node;
  };
  return el('div', { class: 'btn-row' }, act('重发', 'Retry', 'retry'),
    act('取消', 'Cancel', 'cancel', { class: 'small danger-outline' }));
}

function optOut(message) {
  const subject = field('notice-subject', '手机号、身份证号或统一社会信用代码', 'Phone, ID number or credit code',
    el('input', { type: 'text', maxlength: 20, autocomplete: 'off' }));
  const record = (zh, en, path, done) => {
    const node = button(zh, en, { id: 'notice-' + path, class: 'small' });
    node.addEventListener('click', async () => {
      if (!await busy(node, message, () => api('POST', '/api/v1/notices/' + path,
        { subject: subject.input.value }))) return;
      subject.input.value = '';
      say(message, 'ok', done[0], done[1]);
    });
    return node;
  };
  return el('div', { class: 'panel', id: 'notice-opt-out' }, tx('h3', '登记退订', 'Record an opt-out'),
    el('div', { class: 'row-fields' }, subject.wrap), el('div', { class: 'btn-row' },
      record('退订', 'Opt out', 'opt-out', ['已退订，待发通知不再发送', 'Opted out; queued notices will not go']),
      record('恢复通知', 'Send again', 'opt-in', ['已恢复通知', 'Notices resumed'])));
}

/** Draws the tab into box; redraw() draws it again after a change. */
async function draw(box, redraw) {
  const query = new URLSearchParams({ limit: '100' });
  Object.entries(filters).filter(([, value]) => value).forEach(([key, value]) => query.set(key, value));
  const { notices } = await api('GET', '/api/v1/notices?' + query);
  const message = el('div', { class: 'msg', id: 'notices-message' });
  const state = choice('notices-state', '状态', 'State', STATES, 'state');
  const kind = choice('notices-kind', '事由', 'Kind', KINDS, 'kind');
  const reference = field('notices-reference', '办件编号等', 'Case number or other',
    el('input', { type: 'text', maxlength: 40, value: filters.reference }));
  reference.input.addEventListener('change', () => { filters.reference = reference.input.value.trim(); });
  const show = button('查询', 'Show', { id: 'notices-show' });
  show.addEventListener('click', () => redraw());
  fill(box, el('p', { class: 'muted small' }, bi('通知在办件变化时写入发件箱，由已部署的渠道（如邮件）发出；'
      + '渠道未配置时通知在此等待，不会丢失。',
    'Notices are written with the change they tell of and sent by a deployed channel (such as mail); with no channel'
      + ' configured they wait here and are not lost.')),
  el('div', { class: 'row-fields' }, state.wrap, kind.wrap, reference.wrap, el('div', { class: 'btn-row' }, show)),
  message,
  table([
    ['#', '#', notice => String(notice.id)],
    ['事由', 'Kind', notice => named(KINDS, notice.kind)],
    ['对象', 'About', notice => notice.reference],
    ['发往', 'To', notice => notice.maskedAddress],
    ['状态', 'State', notice => named(STATES, notice.state)],
    ['次数', 'Attempts', notice => String(notice.attempts)],
    ['渠道', 'Channel', notice => notice.channel],
    ['下次或发出', 'Next or sent', notice => Hall.time(notice.sentAt || notice.nextAttemptAt, true)],
    ['最近错误', 'Last error', notice => notice.lastError],
    ['操作', 'Actions', notice => actions(notice, message, redraw)],
  ], notices, notice => ({ id: 'notice-row-' + notice.id }), '发件箱中没有符合条件的通知', 'No notices match'),
  optOut(message));
}

export default { name: 'notices', zh: '通知', en: 'Notices', draw };
