/*
 * Case status lookup (办件查询) at /guide/status: the case number and the query code from the receipt (so a number
 * alone reveals nothing) show the state, time limit, any one-time notice and the steps so far. Renders whatever of the fields the hall sends.
 */
import * as Hall from '/assets/hall.js';
import { $, say, bi, show, facts, message, apiMessage, itemHref } from './common.js';

// What the applicant should do next, by state.
const NEXT = {
  SUPPLEMENT_REQUIRED: ['请按下列一次性告知补齐材料，带到分中心窗口补正。',
    'Please bring the materials listed below to a counter of the hall.'],
  ACCEPTED: ['已受理，正在办理，请留意办结期限。', 'Accepted and in progress; see the due date.'],
  IN_REVIEW: ['部门正在审查，请留意办结期限。', 'The department is reviewing it; see the due date.'],
  SUSPENDED: ['办理已中止，中止期间不计入办理时限。', 'Suspended; the days suspended do not count.'],
  APPROVED: ['已准予，结果将按您选择的送达方式送达。', 'Approved; the result will reach you as you chose.'],
  DENIED: ['不予许可，理由及救济途径见书面决定书。', 'Denied; the written decision gives the reasons and how to appeal.'],
  REFUSED: ['不予受理，理由及救济途径见书面决定书。', 'Not accepted; the written decision gives the reasons and how to appeal.'],
  DELIVERED: ['结果已送达。', 'The result has been delivered.'],
  CLOSED: ['已办结，欢迎对本次服务进行评价。', 'Completed. We welcome your rating of our service.'],
};

function text(value) {
  return value ? Hall.el('span', { text: String(value) }) : null;
}

function item(result) {
  if (!result.itemName && !result.itemCode) return null;
  return Hall.el('span', {}, show('span', result.itemName),
    result.itemCode ? Hall.el('a', { href: itemHref(result.itemCode), class: 'code', text: result.itemCode }) : null);
}

function problems(list) {
  if (!Array.isArray(list) || !list.length) return null;
  return Hall.el('section', { class: 'problems', id: 'status-problems' },
    say('h3', '需要补正的内容（一次性告知）', 'What to supplement (one-time notice)'),
    Hall.el('ol', {}, list.map(problem => {
      // A bare material code means nothing to the public: the reason names the material.
      const raw = problem.material || problem.subject;
      const subject = raw && (typeof raw === 'object' || /[^\x00-\x7f]/.test(raw)) ? raw : null;
      const reason = problem.message || problem.reason;
      return Hall.el('li', {}, subject ? show('strong', subject, { class: 'subject' }) : null,
        subject && reason ? ' ' : null, show('span', reason));
    })));
}

function events(list) {
  if (!Array.isArray(list) || !list.length) return null;
  const withNotes = list.some(event => event.note);
  return Hall.el('section', { class: 'events', id: 'status-events' },
    say('h3', '办理过程', 'Progress'),
    Hall.el('div', { class: 'table-scroll' }, Hall.el('table', {},
      Hall.el('thead', {}, Hall.el('tr', {}, say('th', '时间', 'Time'), say('th', '办理环节', 'Step'),
        withNotes ? say('th', '说明', 'Note') : null)),
      Hall.el('tbody', {}, list.map(event => Hall.el('tr', {},
        Hall.el('td', { class: 'when', text: Hall.time(event.at, true) }),
        Hall.el('td', {}, show('span', event.action)),
        withNotes ? Hall.el('td', { text: event.note || '' }) : null))))));
}

function render(result) {
  const state = result.state && result.state.code;
  const timing = result.timeStatus && result.timeStatus.code;
  const next = NEXT[state];
  $('status-result').replaceChildren(Hall.el('div', { class: 'card case' },
    Hall.el('h3', {}, say('span', '办件编号', 'Case'), ' ',
      Hall.el('span', { id: 'status-case-number', class: 'code', text: result.number || '' })),
    facts([
      ['办理事项', 'Item', item(result)],
      ['承办部门', 'Department', show('span', result.department)],
      ['办件状态', 'State', show('strong', result.state,
        { id: 'status-state', class: 'state state-' + String(state || '').toLowerCase() })],
      ['受理日期', 'Accepted on', text(result.acceptedOn)],
      ['办结期限', 'Due on', text(result.dueOn)],
      ['时限状态', 'On time?', show('span', result.timeStatus,
        { id: 'status-time', class: String(timing || '').toLowerCase() })],
    ]),
    next ? say('p', next[0], next[1], { class: 'next' }) : null,
    problems(result.problems),
    events(result.events)));
}

async function lookUp(event) {
  event.preventDefault();
  const number = $('status-number').value.trim().toUpperCase();
  const code = $('status-code').value.replace(/\s/g, '');
  const numberOk = /^[A-Z0-9-]{4,30}$/.test(number);
  const codeOk = /^\d{8}$/.test(code);
  $('status-number').setAttribute('aria-invalid', String(!numberOk));
  $('status-code').setAttribute('aria-invalid', String(!codeOk));
  $('status-result').replaceChildren();
  if (!numberOk) return message('status-message', '请输入受理回执上的办件编号，如 PH202611240001', 'Enter the case number from your receipt, e.g. PH202611240001');
  if (!codeOk) return message('status-message', '请输入受理回执上的8位查询码', 'Enter the 8-digit query code from your receipt');
  message('status-message', '');
  $('status-submit').disabled = true;
  try {
    render(await Hall.api('GET', `/api/v1/public/cases/${encodeURIComponent(number)}?queryCode=${code}`));
  } catch (error) {
    if (error.status === 404) {
      apiMessage('status-message', error, '请核对办件编号和查询码', 'Check the case number and the query code');
    } else {
      apiMessage('status-message', error);
    }
    if (error.field === 'queryCode') $('status-code').setAttribute('aria-invalid', 'true');
  } finally {
    $('status-submit').disabled = false;
  }
}

export default function statusView() {
  document.title = '办件查询 · 园区政务服务分中心';
  const number = new URLSearchParams(location.search).get('number');
  if (number) $('status-number').value = number;
  $('status-form').addEventListener('submit', lookUp);
  $(number ? 'status-code' : 'status-number').focus();
}
