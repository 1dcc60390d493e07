/*
 * Rating pad (好差评评价器) at /rate/<counter>: a tablet facing the citizen. Paired once with a code the hall admin
 * draws (the hall then keeps the pad's secret in an HttpOnly cookie this script never sees), it asks the hall every
 * few seconds whether a visit finished here is waiting for a rating, and if so asks for one on the five national
 * levels, sending the visit's one-time token with it. The questions and the reasons a bad rating offers are the
 * hall's (its current indicator set, GB/T 39734-2020): the pad names them as the hall sends them and rates under
 * that set's version.
 */
import * as Hall from '/assets/hall.js';

const { $, setText: say } = Hall;
const POLL_MS = 3000;
const THANKS_MS = 5000;
const LEVELS = [
  ['VERY_SATISFIED', '非常满意', 'Very satisfied'],
  ['SATISFIED', '满意', 'Satisfied'],
  ['BASICALLY_SATISFIED', '基本满意', 'Basically satisfied'],
  ['DISSATISFIED', '不满意', 'Dissatisfied'],
  ['VERY_DISSATISFIED', '非常不满意', 'Very dissatisfied'],
];
const BAD = new Set(['DISSATISFIED', 'VERY_DISSATISFIED']);
// What most bad ratings say, to tap instead of typing, as the hall lists them; a bad rating needs one of them or a
// comment (the hall refuses a bad rating without a reason: the rectification starts from it).
let reasonChoices = [];         // [{code, zh, en}]
let indicatorSet = '';          // the version of the questions shown
const DETAILS = ['efficiency', 'competence', 'attitude'];
const match = location.pathname.match(/^\/rate\/(\d{1,4})\/?$/);
const counter = match ? Number(match[1]) : 0;

let mode = 'welcome';           // pairing | welcome | form | thanks
let ticket = null;              // the ticket being rated
let token = null;               // its one-time rating token
let choice = {};
let touched = new Set();        // details the citizen chose themselves (no longer follow "overall")
let reasons = new Set();        // preset reasons tapped
const finished = new Set();     // tickets rated (or refused) here, never asked again
let submitting = false;
let messageKind = '';           // 'poll' messages go away by themselves once the hall answers again
let messageTimer = null;


function message(zh, en, kind, seconds) {
  const box = $('rate-message');
  clearTimeout(messageTimer);
  messageKind = zh ? kind : '';
  box.classList.toggle('shown', Boolean(zh));
  if (!zh) {
    delete box.dataset.zh;
    box.textContent = '';
    return;
  }
  say(box, zh, en);
  if (seconds) messageTimer = setTimeout(() => message(''), seconds * 1000);
}

function show(next) {
  mode = next;
  $('rate-pairing').hidden = next !== 'pairing';
  $('rate-welcome').hidden = next !== 'welcome';
  $('rate-form').hidden = next !== 'form';
  $('rate-thanks').hidden = next !== 'thanks';
}

function buildLevels() {
  document.querySelectorAll('.levels').forEach(group => {
    const dimension = group.dataset.dimension;
    group.replaceChildren(...LEVELS.map(([code, zh, en]) => Hall.el('button', {
      type: 'button', id: `${dimension}-${code}`, class: 'level level-' + code.toLowerCase(),
      'data-code': code, 'aria-pressed': 'false', 'data-zh': zh, 'data-en': en, text: Hall.t(zh, en),
      onClick: () => choose(dimension, code),
    })));
  });
}

function buildReasons(choices) {
  const codes = choices.map(reason => reason.code).join();
  if (codes === reasonChoices.map(reason => reason.code).join()) return;
  reasonChoices = choices;
  $('rate-reasons').replaceChildren(...choices.map(({ code, zh, en }) => Hall.el('button', {
    type: 'button', id: 'reason-' + code.toLowerCase(), class: 'reason', 'aria-pressed': 'false', 'data-code': code,
    'data-zh': zh, 'data-en': en, text: Hall.t(zh, en), onClick: () => {
      if (reasons.has(code)) reasons.delete(code);
      else reasons.add(code);
      paint();
    },
  })));
}

/** Names the questions as the hall's current indicator set does. */
function showIndicators(indicators) {
  if (!indicators) return;
  indicatorSet = indicators.version;
  indicators.indicators.forEach(({ key, name }) => {
    const heading = $('indicator-' + key);
    if (heading) say(heading, name.zh, name.en);
  });
}

function comment() {
  return $('rate-comment').value.trim();
}

function choose(dimension, code) {
  choice[dimension] = code;
  if (dimension === 'overall') {
    DETAILS.forEach(detail => { if (!touched.has(detail)) choice[detail] = code; });
  } else {
    touched.add(dimension);
  }
  paint();
}

function paint() {
  document.querySelectorAll('.levels').forEach(group => {
    group.querySelectorAll('.level').forEach(button => {
      button.setAttribute('aria-pressed', String(choice[group.dataset.dimension] === button.dataset.code));
    });
  });
  const bad = BAD.has(choice.overall);
  $('rate-reasons').querySelectorAll('.reason').forEach(button => {
    button.setAttribute('aria-pressed', String(reasons.has(button.dataset.code)));
  });
  $('rate-comment-prompt').hidden = !bad;
  $('rate-reasons').hidden = !bad;
  if (bad) say($('rate-comment-label'), '其他原因或建议', 'Anything else');
  else say($('rate-comment-label'), '意见建议（选填）', 'Comments (optional)');
  $('rate-comment').classList.toggle('wanted', bad);
  $('rate-submit').disabled = !choice.overall || submitting || (bad && !comment() && reasons.size === 0);
}

function countComment() {
  $('rate-comment-count').textContent = `${$('rate-comment').value.length} / 500`;
}

function openForm(label, visitToken) {
  ticket = label;
  token = visitToken;
  choice = {};
  touched = new Set();
  reasons = new Set();
  $('rate-ticket').textContent = label;
  $('rate-comment').value = '';
  countComment();
  paint();
  show('form');
}

function welcome() {
  ticket = null;
  token = null;
  show('welcome');
}

function pairing() {
  ticket = null;
  token = null;
  if (mode !== 'pairing') $('pair-code').value = '';
  show('pairing');
}

function showCounter(pad) {
  const name = pad.name || `${counter}号窗口`;
  $('rate-counter-name').textContent = name;
  $('rate-pairing-counter').textContent = name;
  $('rate-counter-title').textContent = name;
  $('rate-closed').hidden = pad.open !== false;
  $('rate-open').hidden = pad.open === false;
}

async function poll() {
  if (mode === 'thanks' || submitting) return;
  let pad;
  try {
    pad = await Hall.api('GET', `/api/v1/rate/${counter}`);
  } catch (error) {
    if (error.status === 404) message(error.zh || '没有该窗口', error.en || 'no such counter', 'poll');
    else message('暂时无法连接服务器，正在重试…', 'Cannot reach the hall; retrying…', 'poll');
    return;
  }
  if (messageKind === 'poll') message('');
  if (mode === 'thanks' || submitting) return; // the citizen acted while we were asking
  showCounter(pad);
  showIndicators(pad.indicators);
  buildReasons(pad.reasons || []);
  if (!pad.paired) {
    pairing();
    return;
  }
  const waiting = pad.ticket && !finished.has(pad.ticket) ? pad.ticket : null;
  if (waiting && waiting !== ticket) openForm(waiting, pad.token);
  else if (!waiting && mode !== 'welcome') welcome(); // the visit timed out or was rated elsewhere
}

async function pair(event) {
  event.preventDefault();
  const code = $('pair-code').value.replace(/\s/g, '');
  if (!/^\d{8}$/.test(code)) {
    message('请输入8位数字配对码', 'Enter the 8-digit pairing code', 'submit', 8);
    return;
  }
  $('pair-submit').disabled = true;
  try {
    await Hall.api('POST', `/api/v1/rating-pads/${counter}/pair`, { code });
    message('');
    welcome();
    poll();
  } catch (error) {
    message(error.zh || '配对失败，请重试', error.en || 'Pairing failed; try again', 'submit');
  } finally {
    $('pair-submit').disabled = false;
  }
}

async function submit() {
  if (!choice.overall || !ticket || submitting) return;
  submitting = true;
  paint();
  const rated = ticket;
  const bad = BAD.has(choice.overall);
  try {
    await Hall.api('POST', '/api/v1/ratings', {
      ticket: rated, token, overall: choice.overall, efficiency: choice.efficiency, competence: choice.competence,
      attitude: choice.attitude, reasons: bad ? [...reasons] : [], comment: comment(), indicatorSet,
    });
    finished.add(rated);
    message('');
    ticket = null;
    show('thanks');
    setTimeout(() => {
      if (Hall.currentLang() === 'en') Hall.setLang('zh'); // the next citizen starts in Chinese
      welcome();
      poll();
    }, THANKS_MS);
  } catch (error) {
    const zh = error instanceof Hall.ApiError ? error.zh : '提交失败，请重试';
    const en = error instanceof Hall.ApiError ? error.en : 'Could not submit; please try again';
    if (error.status === 409) {
      // Rated already, or its time is over: asking again cannot help.
      finished.add(rated);
      message(zh, en, 'submit', 8);
      welcome();
    } else if (error.code === 'pad_not_paired') {
      message(zh, en, 'submit', 8);
      pairing();
    } else {
      message(zh, en, 'submit');
    }
  } finally {
    submitting = false;
    paint();
  }
}

buildLevels();
$('rate-submit').addEventListener('click', submit);
$('pair-form').addEventListener('submit', pair);
$('rate-comment').addEventListener('input', () => { countComment(); paint(); });

if (!counter) {
  message('请在地址后加上窗口号，例如 /rate/3', 'Add the counter number to the address, e.g. /rate/3', 'setup');
  $('rate-welcome').hidden = true;
} else {
  showCounter({});
  welcome();
  poll();
  setInterval(poll, POLL_MS);
}
