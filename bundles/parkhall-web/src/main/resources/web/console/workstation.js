/*
 * The clerk's counter (窗口工作台): sign in at a counter, call the next ticket or a given one (特呼), recall,
 * no-show, start, finish with the cases the visit produced, transfer to another queue, put a visitor on hold and
 * call them back, pause with a reason and resume, sign out. The queues' waiting counts refresh every five seconds.
 * Buttons are built once and only enabled or disabled — exactly for the steps the hall publishes with the counter
 * (counter.steps, from the rule that refuses the others) — so a click never lands on a vanished button or earns a
 * refusal. Keys: F2 call next, F3 recall, F4 start, F6 finish.
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
let pauseReasons = [];
let prefilledFor = null;   // the ticket whose case numbers the finish field was last filled with
let messageFor = null;     // the counter state the message on screen speaks of; a change elsewhere clears it
const ui = {};
const HOTKEYS = { F2: 'callNext', F3: 'recall', F4: 'start', F6: 'finish' };

const user = () => currentSession().user;
const mine = () => counters.find(counter => counter.staff === user());
const queueName = letter => (queues.find(queue => queue.letter === letter) || {}).name;
const can = (counter, step) => Boolean(counter) && counter.steps.includes(step);
/** What the counter's message is about: its ticket in hand and state, its holds and pause. */
const stateOf = counter => counter ? [counter.current ? counter.current.id + counter.current.state.code : '-',
  counter.onHold.map(ticket => ticket.id).join(), counter.pause ? 'paused' : ''].join('|') : 'closed';

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
    const [counterAnswer, queueAnswer] = await Promise.all([api('GET', '/api/v1/counters'),
      api('GET', '/api/v1/queues')]);
    [counters, queues, pauseReasons] = [counterAnswer.counters, queueAnswer.queues, counterAnswer.pauseReasons];
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
  if (messageFor !== null && messageFor !== stateOf(counter)) {
    messageFor = null;
    say(ui.message);
  }
  fill(ui.counterTitle, bi(counter.number + '号窗口', 'Counter ' + counter.number), ' · ', counter.name);
  fill(ui.counterSince, bi('登录：', 'Signed in: '), counter.staff, ' · ', Hall.time(counter.since),
    ' · ', bi('叫号顺序：', 'Calls from: '), counter.queues.join(' → '));
  ui.pauseState.hidden = !counter.pause;
  if (counter.pause) {
    fill(ui.pauseState, bi('暂停服务：', 'Paused: '), coded(counter.pause.reason),
      counter.pause.note ? ['（', counter.pause.note, '）'] : null, ' · ', bi('自 ', 'since '),
      Hall.time(counter.pause.since));
  }
  fill(ui.onHold, ...counter.onHold.map(held => el('span', { class: 'held' }, el('strong', null, held.label), ' ',
    coded(queueName(held.queue) || held.queue), ' ',
    button('叫回', 'Call back', { id: 'call-back-' + held.label, class: 'secondary',
      disabled: !can(counter, 'CALL_BACK'), onclick: event => callBack(event.currentTarget, held.label) }))));
  ui.onHoldRow.hidden = counter.onHold.length === 0;
  const ticket = counter.current;
  const state = ticket ? ticket.state.code : '';
  ui.ticket.textContent = ticket ? ticket.label : '—';
  ui.ticket.dataset.state = state || 'NONE';
  ui.ticket.className = 'ticket-big' + (ticket ? ' state-' + state : ' idle');
  fill(ui.ticketInfo, ...(ticket ? ticketInfo(ticket) : [bi('当前无办理中的号，请叫号', 'No ticket in hand: call the next')]));
  for (const [node, step] of [[ui.callNext, 'CALL_NEXT'], [ui.recall, 'RECALL'], [ui.noShow, 'NO_SHOW'],
    [ui.start, 'START'], [ui.finish, 'FINISH'], [ui.transfer, 'TRANSFER'], [ui.transferQueue, 'TRANSFER'],
    [ui.hold, 'HOLD'], [ui.callNumber, 'CALL_NUMBER'], [ui.callNumberInput, 'CALL_NUMBER'], [ui.pause, 'PAUSE'],
    [ui.pauseReason, 'PAUSE'], [ui.pauseNote, 'PAUSE'], [ui.resume, 'RESUME'], [ui.signOut, 'SIGN_OUT']]) {
    node.disabled = !can(counter, step);
  }
  ui.pause.hidden = ui.pauseReason.hidden = ui.pauseNote.hidden = Boolean(counter.pause);
  ui.resume.hidden = !counter.pause;
  const reasons = pauseReasons.map(reason => reason.code).join();
  if (ui.pauseReason.dataset.reasons !== reasons) {
    ui.pauseReason.dataset.reasons = reasons;
    fill(ui.pauseReason, ...pauseReasons.map(reason => tx('option', reason.zh, reason.en, { value: reason.code })));
  }
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
    ['人员', 'Staff', entry => entry.staff ? [entry.staff, entry.pause ? [' · ', bi('暂停服务', 'paused',
      { class: 'muted' })] : null] : bi('空闲', 'free', { class: 'muted' })],
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

/**
 * Runs a counter step, shows what happened, redraws from the hall, and moves the focus to {@code next} (the
 * control the clerk most likely wants now).
 */
async function step(node, name, body, describe, next) {
  say(ui.message);
  messageFor = null;
  const answer = await busy(node, ui.message, () => api('POST', counterPath(name), body || {}));
  await refresh();
  if (answer === undefined) return;
  const [zh, en, kind] = describe(answer);
  say(ui.message, kind || 'ok', zh, en);
  messageFor = stateOf(mine());
  const target = typeof next === 'function' ? next(answer) : next;
  if (target && !target.disabled) target.focus();
}

const calledText = answer => ['请 ' + answer.label + ' 号到 ' + mine().number + ' 号窗口',
  'Ticket ' + answer.label + ' to counter ' + mine().number];

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
  return step(ui.callNext, 'call-next', {}, answer => answer.label ? calledText(answer)
    : [answer.message || '当前无人等候', answer.messageEn || 'nobody is waiting', 'info'],
  answer => answer.label ? ui.start : ui.callNext);
}

function callNumber() {
  const ticket = ui.callNumberInput.value.trim().toUpperCase();
  if (!ticket) {
    say(ui.message, 'error', '请输入要特呼的号', 'Type the ticket to call');
    ui.callNumberInput.focus();
    return undefined;
  }
  return step(ui.callNumber, 'call-ticket', { ticket }, answer => {
    ui.callNumberInput.value = '';
    return calledText(answer);
  }, ui.start);
}

function callBack(node, ticket) {
  return step(node, 'call-back', { ticket }, calledText, ui.start);
}

function pause() {
  return step(ui.pause, 'pause', { reason: ui.pauseReason.value, note: ui.pauseNote.value.trim() }, () => {
    ui.pauseNote.value = '';
    return ['已暂停服务，恢复后可继续叫号', 'Paused; resume to call again', 'info'];
  }, ui.resume);
}

function finish() {
  const caseNumbers = ui.finishCases.value.split(/[\s,，;；]+/).map(text => text.trim().toUpperCase()).filter(Boolean);
  return step(ui.finish, 'finish', { caseNumbers }, answer => {
    localStorage.removeItem(SERVICE_KEY);
    return ['办理完毕：' + answer.label + (caseNumbers.length ? '（办件 ' + caseNumbers.join('、') + '）' : ''),
      'Finished ' + answer.label + (caseNumbers.length ? ' (cases ' + caseNumbers.join(', ') + ')' : '')];
  }, ui.callNext);
}

function transfer() {
  const letter = ui.transferQueue.value;
  return step(ui.transfer, 'transfer', { queue: letter }, answer =>
    [answer.label + ' 已转至 ' + letter + ' 队列（保留原取号时间）', answer.label + ' moved to queue ' + letter
      + ' (keeps its arrival time)'], ui.callNext);
}

/** The workstation's keys, while it is on screen: each clicks its button when that step is open. */
function onKey(event) {
  const name = HOTKEYS[event.key];
  if (!name || shownSection() !== 'workstation' || !mine() || event.altKey || event.ctrlKey || event.metaKey) return;
  event.preventDefault();
  if (!ui[name].disabled) ui[name].click();
}

/** A button's text with its key shown beside it. */
function keyed(zh, en, key, attrs) {
  return el('button', Object.assign({ type: 'button', 'aria-keyshortcuts': key }, attrs), bi(zh, en), ' ',
    el('kbd', null, key));
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
  ui.pauseState = el('p', { id: 'pause-state', class: 'msg msg-warn', hidden: true });
  ui.callNext = keyed('叫号', 'Call next', 'F2', { id: 'call-next', class: 'primary big', onclick: callNext });
  ui.recall = keyed('重呼', 'Recall', 'F3', { id: 'recall', class: 'secondary', onclick: () => step(ui.recall, 'recall',
    {}, answer => ['已重呼 ' + answer.label + '（第 ' + answer.recalls + ' 次）', 'Recalled ' + answer.label + ' ('
      + answer.recalls + ')'], ui.start) });
  ui.noShow = button('过号', 'No-show', { id: 'no-show', class: 'secondary', onclick: () => step(ui.noShow, 'no-show', {},
    answer => [answer.label + ' 已过号', answer.label + ' marked no-show'], ui.callNext) });
  ui.start = keyed('开始办理', 'Start service', 'F4', { id: 'start-service', onclick: () => step(ui.start, 'start', {},
    answer => ['开始办理 ' + answer.label, 'Serving ' + answer.label], () => ui.finish) });
  ui.hold = button('挂起', 'Put on hold', { id: 'hold', class: 'secondary', onclick: () => step(ui.hold, 'hold', {},
    answer => [answer.label + ' 已挂起，可先叫下一位，回来后点“叫回”', answer.label + ' is on hold: call the next,'
      + ' then call them back'], ui.callNext) });
  ui.onHold = el('span', { id: 'on-hold' });
  ui.onHoldRow = el('div', { class: 'btn-row', hidden: true }, bi('挂起中：', 'On hold: '), ui.onHold);
  ui.callNumberInput = el('input', { id: 'call-number-ticket', autocomplete: 'off', maxlength: '8',
    'aria-label': '特呼的号 / ticket to call', 'data-zh-placeholder': '如 A012', 'data-en-placeholder': 'e.g. A012',
    placeholder: Hall.t('如 A012', 'e.g. A012'), onkeydown: event => { if (event.key === 'Enter') callNumber(); } });
  ui.callNumber = button('特呼', 'Call this number', { id: 'call-number', class: 'secondary', onclick: callNumber });
  ui.pauseReason = el('select', { id: 'pause-reason', 'aria-label': '暂停原因 / why pause' });
  ui.pauseNote = el('input', { id: 'pause-note', autocomplete: 'off', maxlength: '200',
    'aria-label': '暂停说明 / note', 'data-zh-placeholder': '说明（选“其他”时必填）',
    'data-en-placeholder': 'note (required for "other")', placeholder: Hall.t('说明（选“其他”时必填）',
      'note (required for "other")') });
  ui.pause = button('暂停服务', 'Pause', { id: 'pause', class: 'secondary', onclick: pause });
  ui.resume = button('恢复服务', 'Resume', { id: 'resume', class: 'primary', hidden: true, onclick: () => step(ui.resume,
    'resume', {}, () => ['已恢复服务', 'Serving again'], ui.callNext) });
  ui.finishCases = el('input', { autocomplete: 'off', 'data-zh-placeholder': '本次产生的办件编号，逗号分隔',
    'data-en-placeholder': 'case numbers of this visit, comma separated',
    placeholder: Hall.t('本次产生的办件编号，逗号分隔', 'case numbers of this visit, comma separated') });
  ui.finish = keyed('办理完毕', 'Finish', 'F6', { id: 'finish-service', onclick: finish });
  ui.transferQueue = el('select', { id: 'transfer-queue', 'aria-label': '转移到队列 / transfer to queue' });
  ui.transfer = button('转移', 'Transfer', { id: 'transfer', class: 'secondary', onclick: transfer });
  ui.signOut = button('退出窗口', 'Sign out of counter', { id: 'sign-out', class: 'secondary', onclick: signOut });
  ui.workPanel = el('div', { class: 'work', hidden: true },
    ui.counterTitle, ui.counterSince, ui.pauseState,
    el('div', { class: 'ticket-box' }, tx('div', '当前号', 'Ticket in hand', { class: 'muted small' }), ui.ticket,
      ui.ticketInfo),
    ui.waitingSummary,
    el('div', { class: 'btn-row' }, ui.callNext, ui.recall, ui.noShow, ui.start, ui.hold),
    ui.onHoldRow,
    el('div', { class: 'field' }, tx('label', '特呼（按号呼叫）', 'Call a given number', { for: 'call-number-ticket' }),
      el('div', { class: 'inline' }, ui.callNumberInput, ui.callNumber)),
    el('div', { class: 'field' }, tx('label', '本次办件编号', 'Cases of this visit', { for: 'finish-cases' }),
      el('div', { class: 'inline' }, ui.finishCases, ui.finish)),
    el('div', { class: 'field' }, tx('label', '转移到其他队列', 'Transfer to another queue', { for: 'transfer-queue' }),
      el('div', { class: 'inline' }, ui.transferQueue, ui.transfer)),
    el('div', { class: 'field' }, tx('label', '暂停服务（不退出窗口）', 'Pause without signing out', { for: 'pause-reason' }),
      el('div', { class: 'inline' }, ui.pauseReason, ui.pauseNote, ui.pause, ui.resume)),
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

document.addEventListener('keydown', onKey);
on('case-created', noteCase);
on('case-supplemented', noteCase);
