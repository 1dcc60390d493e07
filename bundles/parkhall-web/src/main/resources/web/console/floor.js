/*
 * The hall floor for guides (咨询导办) and clerks: queues, taking a ticket for a visitor (an elderly visitor who
 * cannot use the kiosk), today's tickets with rejoin and cancel, today's appointments. And the service guides
 * (办事指南) to answer questions with.
 */
import * as Hall from '/assets/hall.js';
import { el, fill, tx, bi, coded, say, fail, field, table, button, busy, today } from './dom.js';
import { api } from './api.js';
import { shownSection } from './router.js';
import { isActive } from './session.js';
import * as Guide from './guide.js';

/** A day's appointments (phones already masked by the hall). */
export function appointments(list) {
  return table([
    ['时段', 'Slot', entry => [entry.start + '–' + entry.end, entry.extended ? [' ', bi('延时', 'extended', { class: 'badge' })] : null]],
    ['预约号', 'Reference', entry => el('span', { class: 'code' }, entry.reference)],
    ['队列', 'Queue', entry => entry.queue],
    ['姓名', 'Name', entry => entry.name],
    ['电话', 'Phone', entry => entry.phone],
    ['状态', 'State', entry => coded(entry.state)],
    ['排队号', 'Ticket', entry => entry.ticketLabel || '—'],
  ], list, null, '当天没有预约', 'No booking that day');
}


const ui = {};
let timer = null;
let queues = [];

async function loadQueues() {
  queues = (await api('GET', '/api/v1/queues')).queues;
  fill(ui.queues, table([
    ['队列', 'Queue', queue => [el('strong', null, queue.letter), ' ', coded(queue.name)]],
    ['等候', 'Waiting', queue => String(queue.waiting), 'num'],
    ['预计等候', 'Est. wait', queue => bi(queue.estimatedMinutes + ' 分钟', queue.estimatedMinutes + ' min'), 'num'],
  ], queues));
  const letters = queues.map(queue => queue.letter).join();
  if (ui.issueQueue.dataset.letters !== letters) {
    ui.issueQueue.dataset.letters = letters;
    const options = queues.map(queue => tx('option', queue.letter + ' ' + queue.name.zh, queue.letter + ' '
      + queue.name.en, { value: queue.letter }));
    fill(ui.issueQueue, ...options);
    fill(ui.ticketQueue, tx('option', '全部队列', 'All queues', { value: '' }),
      ...queues.map(queue => tx('option', queue.letter + ' ' + queue.name.zh, queue.letter + ' ' + queue.name.en,
        { value: queue.letter })));
  }
}

async function ticketStep(node, label, stepName) {
  const answer = await busy(node, ui.ticketMessage, () =>
    api('POST', '/api/v1/tickets/' + encodeURIComponent(label) + '/' + stepName, {}));
  if (answer) {
    say(ui.ticketMessage, 'ok', stepName === 'rejoin' ? label + ' 已重新排队' : label + ' 已取消',
      stepName === 'rejoin' ? label + ' rejoined its queue' : label + ' cancelled');
    await loadTickets();
  }
}

async function loadTickets() {
  const params = new URLSearchParams();
  if (ui.ticketQueue.value) params.set('queue', ui.ticketQueue.value);
  if (ui.ticketState.value) params.set('state', ui.ticketState.value);
  try {
    const tickets = (await api('GET', '/api/v1/tickets?' + params.toString())).tickets;
    fill(ui.tickets, table([
      ['号码', 'Ticket', ticket => el('strong', null, ticket.label)],
      ['优先', 'Priority', ticket => coded(ticket.priority)],
      ['状态', 'State', ticket => coded(ticket.state)],
      ['取号', 'Taken', ticket => Hall.time(ticket.arrivedAt)],
      ['叫号', 'Called', ticket => ticket.calledAt ? Hall.time(ticket.calledAt) + (ticket.counter ? ' · ' + ticket.counter + '#' : '') : '—'],
      ['办件', 'Cases', ticket => (ticket.caseNumbers || []).join('、') || '—'],
      ['操作', 'Actions', ticket => {
        const buttons = [];
        if (ticket.state.code === 'NO_SHOW') {
          const rejoin = button('重新排队', 'Rejoin', { class: 'secondary small', id: 'ticket-rejoin-' + ticket.label });
          rejoin.addEventListener('click', () => ticketStep(rejoin, ticket.label, 'rejoin'));
          buttons.push(rejoin);
        }
        if (['WAITING', 'NO_SHOW'].includes(ticket.state.code)) {
          const cancel = button('取消', 'Cancel', { class: 'secondary small', id: 'ticket-cancel-' + ticket.label });
          cancel.addEventListener('click', () => ticketStep(cancel, ticket.label, 'cancel'));
          buttons.push(cancel);
        }
        return buttons.length ? el('span', { class: 'btn-row' }, buttons) : '';
      }],
    ], tickets, null, '今天还没有排队号', 'No ticket today'));
  } catch (error) {
    fail(ui.ticketMessage, error);
  }
}

async function issue() {
  const answer = await busy(ui.issue, ui.issueMessage, () => api('POST', '/api/v1/tickets',
    { queue: ui.issueQueue.value, priority: ui.issuePriority.value }));
  if (answer) {
    say(ui.issueMessage, 'ok', '已取号 ' + answer.label + '，前面 ' + answer.peopleAhead + ' 人，预计等候 '
      + answer.estimatedMinutes + ' 分钟', 'Ticket ' + answer.label + ': ' + answer.peopleAhead + ' ahead, about '
      + answer.estimatedMinutes + ' min');
    await Promise.all([loadQueues(), loadTickets()]);
  }
}

async function loadAppointments() {
  try {
    const day = ui.day.value || today();
    const list = (await api('GET', '/api/v1/appointments?day=' + encodeURIComponent(day))).appointments;
    fill(ui.appointments, appointments(list));
  } catch (error) {
    fail(ui.appointmentMessage, error);
  }
}

function build(section) {
  ui.queues = el('div', { id: 'floor-queues' });
  ui.issueQueue = el('select');
  ui.issuePriority = el('select', null, tx('option', '普通', 'Ordinary', { value: 'NONE' }),
    tx('option', '老年人', 'Elderly', { value: 'ELDERLY' }), tx('option', '残疾人', 'Disabled', { value: 'DISABLED' }),
    tx('option', '孕妇', 'Pregnant', { value: 'PREGNANT' }));
  ui.issue = button('代为取号', 'Take a ticket', { id: 'issue-ticket', onclick: issue });
  ui.issueMessage = el('div', { class: 'msg', id: 'issue-message' });
  ui.ticketQueue = el('select');
  ui.ticketState = el('select', null, tx('option', '全部状态', 'All states', { value: '' }),
    ...[['WAITING', '等候中', 'waiting'], ['CALLED', '已叫号', 'called'], ['SERVING', '办理中', 'being served'],
      ['DONE', '已办理', 'done'], ['NO_SHOW', '过号', 'no-show'], ['CANCELLED', '已取消', 'cancelled']]
      .map(([code, zh, en]) => tx('option', zh, en, { value: code })));
  ui.ticketQueue.addEventListener('change', loadTickets);
  ui.ticketState.addEventListener('change', loadTickets);
  ui.ticketMessage = el('div', { class: 'msg', id: 'ticket-message' });
  ui.tickets = el('div', { id: 'ticket-list' });
  ui.day = el('input', { type: 'date' });
  ui.day.addEventListener('change', loadAppointments);
  ui.appointmentMessage = el('div', { class: 'msg' });
  ui.appointments = el('div', { id: 'appointment-list' });
  section.append(el('div', { class: 'split' },
    el('div', { class: 'panel pane-left' }, tx('h2', '排队情况', 'Queues'), ui.queues,
      tx('h3', '代为取号', 'Take a ticket for a visitor'),
      el('div', { class: 'row-fields' }, field('issue-queue', '队列', 'Queue', ui.issueQueue).wrap,
        field('issue-priority', '优先', 'Priority', ui.issuePriority).wrap),
      el('div', { class: 'btn-row' }, ui.issue), ui.issueMessage),
    el('div', { class: 'panel pane-right' }, tx('h2', '今日排队号', 'Today’s tickets'),
      el('div', { class: 'row-fields' }, field('ticket-queue', '队列', 'Queue', ui.ticketQueue).wrap,
        field('ticket-state', '状态', 'State', ui.ticketState).wrap),
      el('div', { class: 'btn-row' }, button('刷新', 'Refresh', { class: 'secondary', id: 'tickets-refresh',
        onclick: loadTickets })),
      ui.ticketMessage, ui.tickets)),
  el('div', { class: 'panel' }, tx('h2', '预约', 'Appointments'),
    field('appointment-day', '日期', 'Day', ui.day).wrap, ui.appointmentMessage, ui.appointments));
}

async function show() {
  if (!ui.day.value) ui.day.value = today();
  await loadQueues().catch(error => fail(ui.ticketMessage, error));
  await Promise.all([loadTickets(), loadAppointments()]);
  clearInterval(timer);
  timer = setInterval(() => {
    if (isActive() && shownSection() === 'floor') loadQueues().catch(() => {});
  }, 5000);
}

function hide() {
  clearInterval(timer);
}

export default {
  id: 'floor', zh: '大厅', en: 'Floor',
  allowed: role => role.clerk || role.guide,
  build, show, hide,
};
