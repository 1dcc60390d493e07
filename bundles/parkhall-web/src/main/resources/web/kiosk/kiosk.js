/*
 * Kiosk (自助取号机): take a ticket for a queue, or check in an appointment, and see the ticket large; the slip
 * prints at once. Touch-first, with its own keypad for check-in; it goes back to the start by itself (priority,
 * form and language too) so the next visitor never sees or inherits the last one's choices.
 */
import * as Hall from '/assets/hall.js';

const { $, setText: say } = Hall;
const RETURN_SECONDS = 20;   // the ticket stays on screen this long
const IDLE_SECONDS = 45;     // a kiosk left alone mid-way (a priority chosen, a half-typed code) starts over
const REFRESH_MS = 10000;

let queues = [];             // the last queues the hall reported, to name a ticket's queue
let priority = 'NONE';
let busy = false;
let countdown = null;
let idle = null;
let queuesFailed = false;
let typingInto = null;       // the check-in field the keypad types into


function message(zh, en) {
  const box = $('kiosk-message');
  if (!zh) {
    delete box.dataset.zh;
    delete box.dataset.en;
    box.textContent = '';
    box.classList.remove('shown');
    return;
  }
  say(box, zh, en);
  box.classList.add('shown');
}

function showError(error) {
  if (error instanceof Hall.ApiError) message(error.zh, error.en);
  else message('出现异常，请稍后重试或咨询导办人员', 'Something went wrong; please try again or ask the staff');
}

/** Shows one of the three screens and stops the timers of the others. */
function show(view) {
  ['home', 'checkin', 'ticket'].forEach(id => { $(id).hidden = id !== view; });
  clearInterval(countdown);
  clearTimeout(idle);
  if (view === 'checkin') armIdle();
}

/** After any touch: start over once nobody has touched the kiosk for a while (the ticket has its own countdown). */
function armIdle() {
  clearTimeout(idle);
  if ($('ticket').hidden) idle = setTimeout(reset, IDLE_SECONDS * 1000);
}

/** Back to the start, in Chinese, for the next visitor. */
function reset(keepLanguage) {
  if (keepLanguage !== true && Hall.currentLang() === 'en') Hall.setLang('zh');
  show('home');
  choosePriority('NONE');
  $('checkin-form').reset();
  typeInto($('checkin-reference'));
  ['checkin-reference', 'checkin-code'].forEach(id => $(id).removeAttribute('aria-invalid'));
  message('');
  loadQueues();
}

function choosePriority(code) {
  priority = code;
  document.querySelectorAll('.priorities .choice').forEach(button => {
    button.setAttribute('aria-pressed', String(button.dataset.priority === code));
  });
}

/** Updates the queue buttons in place (not rebuilt), so a finger or a test never presses a vanished one. */
function renderQueues() {
  const box = $('queues');
  const letters = new Set(queues.map(q => q.letter));
  box.querySelectorAll('.queue').forEach(button => {
    if (!letters.has(button.dataset.queue)) button.remove();
  });
  queues.forEach(q => {
    let button = $('queue-' + q.letter);
    if (!button) {
      button = Hall.el('button', { type: 'button', class: 'queue', id: 'queue-' + q.letter, 'data-queue': q.letter,
        onClick: () => take(q.letter) },
      Hall.el('span', { class: 'q-letter', text: q.letter }),
      Hall.el('span', { class: 'q-name' }),
      Hall.el('span', { class: 'q-figures' }));
    }
    box.append(button); // keeps the hall's order
    const name = q.name || {};
    say(button.querySelector('.q-name'), name.zh || q.letter, name.en);
    button.dataset.waiting = q.waiting;
    button.dataset.minutes = q.estimatedMinutes;
    const figures = button.querySelector('.q-figures');
    if (q.waiting > 0) {
      say(figures, `等候 ${q.waiting} 人 · 约 ${q.estimatedMinutes} 分钟`,
        `${q.waiting} waiting · about ${q.estimatedMinutes} min`);
    } else {
      say(figures, '无人等候', 'no one waiting');
    }
  });
}

async function loadQueues() {
  try {
    const answer = await Hall.api('GET', '/api/v1/queues');
    queues = answer.queues || [];
    renderQueues();
    if (queuesFailed) message('');
    queuesFailed = false;
  } catch (error) {
    // Keep the buttons we have; only say something when there is nothing to press.
    if (!queues.length) {
      queuesFailed = true;
      message('暂时无法获取排队信息，请稍后重试', 'Queues are not available right now; please try again shortly');
    }
  }
}

function setBusy(on) {
  busy = on;
  document.body.classList.toggle('busy', on);
}

async function take(letter) {
  if (busy) return;
  setBusy(true);
  message('');
  try {
    const level = chosenPriority();
    showTicket(await Hall.api('POST', '/api/v1/tickets', { queue: letter, priority }), level);
  } catch (error) {
    showError(error);
  } finally {
    setBusy(false);
  }
}

async function checkIn(event) {
  event.preventDefault();
  if (busy) return;
  const reference = $('checkin-reference').value.trim().toUpperCase();
  const code = $('checkin-code').value.replace(/\s/g, '');
  const referenceOk = /^Y\d{9}$/.test(reference);
  $('checkin-reference').setAttribute('aria-invalid', String(!referenceOk));
  $('checkin-code').setAttribute('aria-invalid', String(!/^\d{8}$/.test(code)));
  if (!referenceOk) return message('请输入预约号：Y 加 9 位数字', 'Please enter the booking reference: Y and 9 digits');
  if (!/^\d{8}$/.test(code)) return message('请输入预约时得到的8位查询码', 'Please enter the 8-digit query code you got when booking');
  setBusy(true);
  message('');
  try {
    showTicket(await Hall.api('POST', `/api/v1/appointments/${encodeURIComponent(reference)}/check-in`,
      { queryCode: code }), { zh: '预约', en: 'Appointment' });
  } catch (error) {
    showError(error);
    if (error.field === 'queryCode') $('checkin-code').setAttribute('aria-invalid', 'true');
    else if (error.status === 404) $('checkin-reference').setAttribute('aria-invalid', 'true');
    armIdle();
  } finally {
    setBusy(false);
  }
}

/** The priority pressed, as the slip names it; null for none. */
function chosenPriority() {
  const button = document.querySelector('.priorities .choice[aria-pressed="true"]');
  return button && button.dataset.priority !== 'NONE' ? { zh: button.dataset.zh, en: button.dataset.en } : null;
}

/** The hall's public answer carries no priority (nobody else's business): the slip names the one chosen here. */
function showTicket(ticket, level) {
  const queue = queues.find(q => q.letter === ticket.queue);
  const name = queue && queue.name ? queue.name : { zh: ticket.queue, en: ticket.queue };
  say($('ticket-queue'), name.zh, name.en);
  $('ticket-label').textContent = ticket.label;
  $('ticket-priority').hidden = !level;
  if (level) say($('ticket-priority'), '优先：' + level.zh, 'Priority: ' + level.en);
  $('ticket-ahead').textContent = String(ticket.peopleAhead ?? 0);
  $('ticket-wait').textContent = String(ticket.estimatedMinutes ?? 0);
  $('ticket-time').textContent = Hall.time(ticket.arrivedAt || new Date().toISOString(), true);
  show('ticket');
  choosePriority('NONE'); // the next visitor must not inherit it
  startCountdown();
  loadQueues();
  window.print();         // the slip on the first tap: with --kiosk-printing it goes straight to the printer
}

function startCountdown() {
  let left = RETURN_SECONDS;
  const tick = () => {
    if (left <= 0) return reset();
    say($('ticket-countdown'), `${left} 秒后返回首页`, `Back to the start in ${left} s`);
    left--;
  };
  clearInterval(countdown);
  tick();
  countdown = setInterval(tick, 1000);
}

/**
 * A keypad key into the field being typed: references are Y and nine digits (the Y is there already, and stays),
 * so digits are all either field takes; a full reference moves on to the code.
 */
function typeInto(input) {
  typingInto = input;
  ['checkin-reference', 'checkin-code'].forEach(id => $(id).classList.toggle('typing', $(id) === input));
}

function press(key) {
  const input = typingInto;
  const kept = input === $('checkin-reference') ? 1 : 0;
  if (key === 'clear') input.value = input.defaultValue;
  else if (key === 'back') input.value = input.value.length > kept ? input.value.slice(0, -1) : input.value;
  else if (input.value.length < input.maxLength) input.value += key;
  if (input === $('checkin-reference') && input.value.length === input.maxLength) typeInto($('checkin-code'));
  input.removeAttribute('aria-invalid');
  armIdle();
}

function clock() {
  $('clock').textContent = Hall.time(new Date().toISOString());
}

document.querySelectorAll('.priorities .choice').forEach(button => {
  button.addEventListener('click', () => choosePriority(button.dataset.priority));
});
$('checkin-open').addEventListener('click', () => {
  message('');
  show('checkin');
  $('checkin-reference').focus();
});
$('checkin-cancel').addEventListener('click', reset);
$('checkin-form').addEventListener('submit', checkIn);
$('checkin-form').addEventListener('input', armIdle);
$('ticket-print').addEventListener('click', () => {
  window.print();
  startCountdown(); // printing takes a moment; give the visitor the full time to take the slip
});
['checkin-reference', 'checkin-code'].forEach(id => $(id).addEventListener('focus', () => typeInto($(id))));
$('keypad').addEventListener('click', event => {
  const key = event.target.closest('[data-key]');
  if (key) press(key.dataset.key);
});
document.addEventListener('pointerdown', armIdle);
$('ticket-done').addEventListener('click', reset);

reset(true);
clock();
setInterval(clock, 15000);
setInterval(loadQueues, REFRESH_MS);
