/*
 * The clerk's counter (窗口工作台): sign in at a counter, call the next ticket, recall, no-show, start, finish
 * with the cases the visit produced, transfer to another queue, sign out. The queues' waiting counts refresh every
 * five seconds. Buttons are built once and only enabled or disabled, so a click never lands on a vanished one.
 */
import * as Hall from '/assets/hall.js';
import { el, fill, tx, bi, coded, setText, say, fail, table, button, busy } from './dom.js';
import { api } from './api.js';
import { on } from './events.js';
import { go, shownSection } from './router.js';
import { currentSession, currentRole, isActive } from './session.js';
const COUNTER_KEY = 'parkhall.console.counter';
const SERVICE_KEY = 'parkhall.console.service';
const REFRESH_MS = 5000;

let counters = [];
let queues = [];
let timer = null;
let prefilledFor = null;   // the ticket whose case numbers the finish field was last filled with
const ui = {};

const user = () => currentSession().user;
const mine = () => counters.find(counter => counter.staff === user());
const queueName = letter => (queues.find(queue => queue.letter === letter) || {}).name;

// ---------------------------------------------------------------- cases taken during this visit

/** The case numbers noted for a ticket, kept in localStorage so a page reload does not lose them. */
function serviceCases(ticketId) {
  try {
    const stored = JSON.parse(localStorage.getItem(SERVICE_KEY) || '{}');
    return stored.ticketId === ticketId ? stored.cases : [];
  } catch (e) {
    return [];
  }
}

/**
 * Notes a case taken (or completed) while a ticket is in hand at this clerk's counter, for the finish step.
 * Asks the hall for the counters first: the intake may be used without the workstation on screen.
 */
async function noteCase(file) {
  if (!file || !file.number || !currentRole().clerk) return;
  try {
    counters = (await api('GET', '/api/v1/counters')).counters;
  } catch (e) {
    return;
  }
  const counter = mine();
  if (!counter || !counter.current) return;
  const ticketId = counter.current.id;
  const cases = serviceCases(ticketId);
  if (!cases.includes(file.number)) cases.push(file.number);
  localStorage.setItem(SERVICE_KEY, JSON.stringify({ ticketId, cases }));
  if (ui.finishCases && prefilledFor === ticketId) {
    const typed = ui.finishCases.value.split(/[\s,，;；]+/).filter(Boolean);
    if (!typed.includes(file.number)) ui.finishCases.value = typed.concat(file.number).join(', ');
  }
}

// ---------------------------------------------------------------- loading and drawing

async function refresh() {
  try {
    [counters, queues] = await Promise.all([
      api('GET', '/api/v1/counters').then(answer => answer.counters),
      api('GET', '/api/v1/queues').then(answer => answer.queues),
    ]);
    draw();
  } catch (error) {
    fail(ui.message, error);
  }
}

function counterText(counter) {
  const base = counter.number + '号窗口 · ' + counter.name + ' · ' + counter.queues.join('/');
  const baseEn = 'Counter ' + counter.number + ' · ' + counter.name + ' · ' + counter.queues.join('/');
  return counter.staff ? [base + ' · ' + counter.staff + ' 在岗', baseEn + ' · ' + counter.staff + ' on duty']
    : [base + ' · 空闲', baseEn + ' · free'];
}

/** Updates the counter choice in place, keeping what the clerk picked. */
function drawCounterChoice() {
  const stored = localStorage.getItem(COUNTER_KEY);
  const numbers = counters.map(counter => String(counter.number));
  const options = [...ui.counterSelect.options].map(option => option.value);
  if (numbers.join() !== options.join()) {
    const picked = ui.counterSelect.value || stored;
    fill(ui.counterSelect, ...counters.map(counter => tx('option', ...counterText(counter),
      { value: String(counter.number) })));
    if (numbers.includes(picked)) ui.counterSelect.value = picked;
  } else {
    counters.forEach((counter, i) => setText(ui.counterSelect.options[i], ...counterText(counter)));
  }
}

function ticketInfo(ticket) {
  return [coded(queueName(ticket.queue) || ticket.queue), ' · ', coded(ticket.state, { id: 'current-ticket-state',
    'data-state': ticket.state.code }), ticket.priority && ticket.priority.code !== 'NONE'
    ? [' · ', coded(ticket.priority, { class: 'priority' })] : null,
  el('br'), bi('取号 ', 'taken '), Hall.time(ticket.arrivedAt),
  ticket.calledAt ? [' · ', bi('叫号 ', 'called '), Hall.time(ticket.calledAt)] : null,
  ticket.serviceStartedAt ? [' · ', bi('开始 ', 'started '), Hall.time(ticket.serviceStartedAt)] : null,
  ticket.recalls ? [' · ', bi('重呼 ' + ticket.recalls + ' 次', 'recalled ' + ticket.recalls + '×')] : null];
}

function draw() {
  const counter = mine();
  ui.signInPanel.hidden = Boolean(counter);
  ui.workPanel.hidden = !counter;
  if (!counter) {
    drawCounterChoice();
  } else {
    localStorage.setItem(COUNTER_KEY, String(counter.number));
    drawWork(counter);
  }
  drawQueues(counter);
}

function drawWork(counter) {
  fill(ui.counterTitle, bi(counter.number + '号窗口', 'Counter ' + counter.number), ' · ', counter.name);
  fill(ui.counterSince, bi('登录：', 'Signed in: '), counter.staff, ' · ', Hall.time(counter.since),
    ' · ', bi('叫号顺序：', 'Calls from: '), counter.queues.join(' → '));
  const ticket = counter.current;
  const state = ticket ? ticket.state.code : '';
  ui.ticket.textContent = ticket ? ticket.label : '—';
  ui.ticket.dataset.state = state || 'NONE';
  ui.ticket.className = 'ticket-big' + (ticket ? ' state-' + state : ' idle');
  fill(ui.ticketInfo, ...(ticket ? ticketInfo(ticket) : [bi('当前无办理中的号，请叫号', 'No ticket in hand: call the next')]));
  ui.callNext.disabled = Boolean(ticket);
  ui.recall.disabled = state !== 'CALLED';
  ui.noShow.disabled = state !== 'CALLED';
  ui.start.disabled = state !== 'CALLED';
  ui.finish.disabled = state !== 'SERVING' && state !== 'CALLED';
  ui.transfer.disabled = !ticket;
  ui.transferQueue.disabled = !ticket;
  ui.signOut.disabled = Boolean(ticket);
  if (ticket && prefilledFor !== ticket.id) {
    prefilledFor = ticket.id;
    ui.finishCases.value = serviceCases(ticket.id).join(', ');
  } else if (!ticket) {
    prefilledFor = null;
    ui.finishCases.value = '';
  }
  const letters = queues.map(queue => queue.letter).join();
  if (ui.transferQueue.dataset.letters !== letters) {
    ui.transferQueue.dataset.letters = letters;
    const picked = ui.transferQueue.value;
    fill(ui.transferQueue, ...queues.map(queue => tx('option', queue.letter + ' ' + queue.name.zh,
      queue.letter + ' ' + queue.name.en, { value: queue.letter })));
    if (picked) ui.transferQueue.value = picked;
  }
}

function drawQueues(counter) {
  const serves = new Set(counter ? counter.queues : []);
  fill(ui.queues, table([
    ['队列', 'Queue', queue => [el('strong', null, queue.letter), ' ', coded(queue.name)]],
    ['等候', 'Waiting', queue => el('strong', { id: 'waiting-' + queue.letter }, String(queue.waiting)), 'num'],
    ['预计等候', 'Est. wait', queue => bi(queue.estimatedMinutes + ' 分钟', queue.estimatedMinutes + ' min'), 'num'],
    ['服务目标', 'Target', queue => bi(queue.serviceLevelMinutes + ' 分钟', queue.serviceLevelMinutes + ' min'), 'num'],
  ], queues, queue => ({ class: serves.has(queue.letter) ? 'mine' : null })));
  fill(ui.counters, table([
    ['窗口', 'Counter', entry => entry.number + ' · ' + entry.name],
    ['队列', 'Queues', entry => entry.queues.join('/')],
    ['人员', 'Staff', entry => entry.staff || bi('空闲', 'free', { class: 'muted' })],
    ['当前号', 'Ticket', entry => entry.current ? entry.current.label + ' ' : '—'],
  ], counters, entry => ({ class: counter && entry.number === counter.number ? 'mine' : null })));
  const waiting = queues.filter(queue => serves.has(queue.letter))
    .map(queue => queue.letter + ' ' + queue.waiting);
  setText(ui.waitingSummary, waiting.length ? '本窗口可叫：' + waiting.join(' · ') + ' 人' : '',
    waiting.length ? 'Waiting for this counter: ' + waiting.join(' · ') : '');
}

// ---------------------------------------------------------------- counter steps

function counterPath(step) {
  return '/api/v1/counters/' + mine().number + '/' + step;
}

/** Runs a counter step, shows what happened, and redraws from the hall's answer. */
async function step(node, name, body, describe) {
  say(ui.message);
  const answer = await busy(node, ui.message, () => api('POST', counterPath(name), body || {}));
  if (answer === undefined) {
    await refresh();
    return;
  }
  const counter = mine();
  if (answer && answer.label && counter) {
    counter.current = ['CALLED', 'SERVING'].includes(answer.state.code) ? answer : null;
  }
  const [zh, en, kind] = describe(answer);
  say(ui.message, kind || 'ok', zh, en);
  draw();
  await refresh();
}

async function signIn() {
  const number = ui.counterSelect.value;
  if (!number) {
    say(ui.message, 'error', '请选择窗口', 'Choose a counter');
    return;
  }
  localStorage.setItem(COUNTER_KEY, number);
  const answer = await busy(ui.signIn, ui.message, () =>
    api('POST', '/api/v1/counters/' + number + '/sign-in', { staff: user() }));
  if (answer) say(ui.message, 'ok', '已在 ' + number + ' 号窗口登录', 'Signed in at counter ' + number);
  await refresh();
}

function callNext() {
  return step(ui.callNext, 'call-next', {}, answer => answer.label
    ? ['请 ' + answer.label + ' 号到 ' + mine().number + ' 号窗口', 'Ticket ' + answer.label + ' to counter ' + mine().number]
    : [answer.message || '当前无人等候', answer.messageEn || 'nobody is waiting', 'info']);
}

function finish() {
  const caseNumbers = ui.finishCases.value.split(/[\s,，;；]+/).map(text => text.trim().toUpperCase()).filter(Boolean);
  return step(ui.finish, 'finish', { caseNumbers }, answer => {
    localStorage.removeItem(SERVICE_KEY);
    return ['办理完毕：' + answer.label + (caseNumbers.length ? '（办件 ' + caseNumbers.join('、') + '）' : ''),
      'Finished ' + answer.label + (caseNumbers.length ? ' (cases ' + caseNumbers.join(', ') + ')' : '')];
  });
}

function transfer() {
  const letter = ui.transferQueue.value;
  return step(ui.transfer, 'transfer', { queue: letter }, answer =>
    [answer.label + ' 已转至 ' + letter + ' 队列（保留原取号时间）', answer.label + ' moved to queue ' + letter
      + ' (keeps its arrival time)']);
}

async function signOut() {
  const counter = mine();
  const answer = await busy(ui.signOut, ui.message, () => api('POST', counterPath('sign-out'), {}));
  if (answer) say(ui.message, 'ok', '已退出 ' + counter.number + ' 号窗口', 'Signed out of counter ' + counter.number);
  await refresh();
}

// ---------------------------------------------------------------- layout

function build(section) {
  ui.message = el('div', { class: 'msg', id: 'workstation-message', 'aria-live': 'polite' });
  ui.counterSelect = el('select', { id: 'counter-select' });
  ui.signIn = button('登录窗口', 'Sign in at counter', { id: 'sign-in', onclick: signIn });
  ui.signInPanel = el('div', { class: 'sign-in' }, tx('h3', '选择窗口并登录', 'Choose your counter and sign in'),
    el('div', { class: 'field' }, tx('label', '窗口', 'Counter', { for: 'counter-select' }), ui.counterSelect),
    el('div', { class: 'btn-row' }, ui.signIn));

  ui.counterTitle = el('h3');
  ui.counterSince = el('p', { class: 'muted small' });
  ui.ticket = el('div', { id: 'current-ticket', class: 'ticket-big idle', 'aria-live': 'polite' }, '—');
  ui.ticketInfo = el('p', { id: 'current-ticket-info', class: 'ticket-info' });
  ui.waitingSummary = el('p', { class: 'small', id: 'waiting-summary' });
  ui.callNext = button('叫号', 'Call next', { id: 'call-next', class: 'primary big', onclick: callNext });
  ui.recall = button('重呼', 'Recall', { id: 'recall', class: 'secondary', onclick: () => step(ui.recall, 'recall', {},
    answer => ['已重呼 ' + answer.label + '（第 ' + answer.recalls + ' 次）', 'Recalled ' + answer.label + ' (' + answer.recalls + ')']) });
  ui.noShow = button('过号', 'No-show', { id: 'no-show', class: 'secondary', onclick: () => step(ui.noShow, 'no-show', {},
    answer => [answer.label + ' 已过号', answer.label + ' marked no-show']) });
  ui.start = button('开始办理', 'Start service', { id: 'start-service', onclick: () => step(ui.start, 'start', {},
    answer => ['开始办理 ' + answer.label, 'Serving ' + answer.label]) });
  ui.finishCases = el('input', { autocomplete: 'off', 'data-zh-placeholder': '本次产生的办件编号，逗号分隔',
    'data-en-placeholder': 'case numbers of this visit, comma separated',
    placeholder: Hall.t('本次产生的办件编号，逗号分隔', 'case numbers of this visit, comma separated') });
  ui.finish = button('办理完毕', 'Finish', { id: 'finish-service', onclick: finish });
  ui.transferQueue = el('select', { id: 'transfer-queue', 'aria-label': '转移到队列 / transfer to queue' });
  ui.transfer = button('转移', 'Transfer', { id: 'transfer', class: 'secondary', onclick: transfer });
  ui.signOut = button('退出窗口', 'Sign out of counter', { id: 'sign-out', class: 'secondary', onclick: signOut });
  ui.workPanel = el('div', { class: 'work', hidden: true },
    ui.counterTitle, ui.counterSince,
    el('div', { class: 'ticket-box' }, tx('div', '当前号', 'Ticket in hand', { class: 'muted small' }), ui.ticket,
      ui.ticketInfo),
    ui.waitingSummary,
    el('div', { class: 'btn-row' }, ui.callNext, ui.recall, ui.noShow, ui.start),
    el('div', { class: 'field' }, tx('label', '本次办件编号', 'Cases of this visit', { for: 'finish-cases' }),
      el('div', { class: 'inline' }, ui.finishCases, ui.finish)),
    el('div', { class: 'field' }, tx('label', '转移到其他队列', 'Transfer to another queue', { for: 'transfer-queue' }),
      el('div', { class: 'inline' }, ui.transferQueue, ui.transfer)),
    el('div', { class: 'btn-row' }, currentRole().clerk ? [
      button('受理申请', 'Take an application', { id: 'go-intake', class: 'secondary', onclick: () => go('intake') }),
      button('办件查询', 'Find a case', { class: 'secondary', onclick: () => go('cases') })] : null,
    ui.signOut));
  ui.finishCases.id = 'finish-cases';
  ui.queues = el('div', { id: 'queue-table' });
  ui.counters = el('div', { id: 'counter-table' });
  section.append(el('div', { class: 'split workstation' },
    el('div', { class: 'panel pane-left' }, tx('h2', '窗口工作台', 'Counter'), ui.message, ui.signInPanel,
      ui.workPanel),
    el('div', { class: 'panel pane-right' }, tx('h2', '排队情况', 'Queues'), ui.queues,
      tx('h3', '各窗口', 'Counters'), ui.counters)));
}

async function show() {
  await refresh();
  clearInterval(timer);
  timer = setInterval(() => {
    if (isActive() && shownSection() === 'workstation') refresh();
  }, REFRESH_MS);
}

function hide() {
  clearInterval(timer);
  timer = null;
}

export default {
  id: 'workstation', zh: '窗口工作台', en: 'Counter',
  allowed: role => role.clerk || role.guide,
  build, show, hide,
};

on('case-created', noteCase);
on('case-supplemented', noteCase);
