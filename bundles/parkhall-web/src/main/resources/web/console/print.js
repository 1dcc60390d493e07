/*
 * The window's documents as A4 pages: the one-time notice (一次性告知书), the refusal notice (不予受理通知书) and the
 * acceptance receipt (受理回执), in the hall's official Chinese wording. The print style sheet leaves only the
 * page itself on paper.
 */
import * as Hall from '/assets/hall.js';
import { el, fill, tx, bi, say, fail, button } from './dom.js';
import { api } from './api.js';
import { go } from './router.js';
import { queryCodes } from './query-codes.js';
const ui = {};
let caseNumber = '';

/** 2026-11-25 → 2026年11月25日, as official documents write dates. */
function chineseDate(day) {
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(day || '');
  return match ? Number(match[1]) + '年' + Number(match[2]) + '月' + Number(match[3]) + '日' : day || '';
}

function page(doc) {
  const kind = doc.kind.code;
  const paragraphs = doc.paragraphs.map(text => el('p', { class: /^\d+\.\s/.test(text) ? 'doc-item' : 'doc-para' }, text));
  return el('article', { id: 'document', class: 'document kind-' + kind.toLowerCase(), 'data-kind': kind },
    el('p', { class: 'doc-org' }, '园区政务服务分中心'),
    el('h1', { class: 'doc-title' }, doc.kind.zh),
    el('p', { class: 'doc-number' }, '编号：', el('span', { id: 'document-number' }, doc.caseNumber)),
    el('p', { class: 'doc-addressee' }, doc.addressee),
    paragraphs,
    queryCodes.has(doc.caseNumber) ? el('p', { class: 'doc-para', id: 'document-query-code' },
      '查询码：' + queryCodes.get(doc.caseNumber) + '。请妥善保管，凭办件编号和查询码可在政务服务指南页面查询办理进度。') : null,
    el('div', { class: 'doc-sign' },
      el('p', null, doc.issuer),
      el('p', null, chineseDate(doc.issuedOn)),
      el('p', { class: 'doc-seal' }, '（盖章）')),
    el('div', { class: 'doc-receipt' },
      el('p', null, '申请人（代理人）签收：________________　　签收日期：______年____月____日'),
      el('p', { class: 'doc-note' }, '本文书一式两份，申请人与窗口各执一份。')));
}

function build(section) {
  ui.message = el('div', { class: 'msg', id: 'print-message' });
  ui.paper = el('div', { class: 'paper' });
  ui.print = button('打印', 'Print', { id: 'print', class: 'primary', onclick: () => window.print() });
  section.append(el('div', { class: 'no-print print-bar' },
    button('返回办件', 'Back to the case', { id: 'print-back', class: 'secondary',
      onclick: () => go('cases', caseNumber) }),
    ui.print,
    el('span', { class: 'muted small' }, bi('请使用A4纸打印；打印时仅输出文书本身。',
      'Print on A4; only the document itself is printed.'))),
  ui.message, ui.paper);
}

async function show(args) {
  const [number, kind] = args;
  caseNumber = number || '';
  fill(ui.paper, tx('p', '正在生成文书…', 'Preparing the document…', { class: 'muted no-print' }));
  ui.print.disabled = true;
  say(ui.message);
  if (!number || !['notice', 'refusal', 'receipt'].includes(kind)) {
    say(ui.message, 'error', '文书地址不完整', 'Incomplete document address');
    ui.paper.replaceChildren();
    return;
  }
  try {
    const doc = await api('GET', '/api/v1/cases/' + encodeURIComponent(number) + '/documents/' + kind);
    fill(ui.paper, page(doc));
    document.title = doc.kind.zh + ' ' + doc.caseNumber;
    ui.print.disabled = false;
  } catch (error) {
    ui.paper.replaceChildren();
    fail(ui.message, error);
  }
}

function hide() {
  document.title = '园区政务服务分中心 · 工作台';
}

export default {
  id: 'print', element: 'print-view', nav: false, zh: '文书', en: 'Document',
  allowed: role => role.clerk || role.approver,
  build, show, hide,
};
