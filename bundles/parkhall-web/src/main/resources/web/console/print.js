/*
 * The window's documents as A4 pages: the one-time notice (一次性告知书), the refusal notice (不予受理通知书) and the
 * acceptance receipt (受理回执), in the hall's official Chinese wording, and the application form (申请表) for the
 * applicant to sign, drawn from the item's declared form and the case's facts. The print style sheet leaves only
 * the page itself on paper.
 */
import * as Hall from '/assets/hall.js';
import { el, fill, tx, bi, say, fail, button } from './dom.js';
import { api } from './api.js';
import { go } from './router.js';
import { queryCodes } from './query-codes.js';
import * as Guide from './guide.js';
import { formFields } from './form.js';
import { bilingual, isAsked, subjectName, valueText } from '/assets/fields.js';

const SERVER_DOCUMENTS = ['notice', 'refusal', 'receipt', 'extension', 'special_procedure'];
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

function line(zh, en, ...value) {
  return el('tr', null, tx('th', zh, en, { scope: 'row' }), el('td', null, ...value));
}

/** The application form: the applicant, then each field the item asks, under its declared label, as filled in. */
function application(file, loaded) {
  const fields = formFields(loaded.items);
  const facts = file.facts || {};
  const asked = fields.filter(field => isAsked(field, fields, facts));
  const applicant = file.applicant;
  const text = value => {
    const shown = bilingual(value);
    return shown ? tx('span', shown.zh, shown.en) : '—';
  };
  return el('article', { id: 'document', class: 'document kind-application', 'data-kind': 'APPLICATION' },
    el('p', { class: 'doc-org' }, '园区政务服务分中心'),
    tx('h1', '申请表', 'Application form', { class: 'doc-title' }),
    el('p', { class: 'doc-number' }, bi('编号：', 'No.: '), el('span', { id: 'document-number' }, file.number)),
    el('table', { class: 'doc-form', id: 'document-form' }, el('tbody', null,
      line('申请事项', 'Item', text(loaded.name)),
      line('申请人', 'Applicant', applicant.name),
      line(applicant.kind === 'PERSON' ? '公民身份号码' : '统一社会信用代码',
        applicant.kind === 'PERSON' ? 'Citizen ID number' : 'Credit code', applicant.idNumber),
      line('联系电话', 'Phone', applicant.phone),
      asked.map(field => el('tr', { 'data-key': field.key }, el('th', { scope: 'row' }, text(field.label)),
        el('td', null, text(valueText(field, facts[field.key]))))),
      line('已提交材料', 'Materials handed in', file.presented.length
        ? file.presented.map((code, i) => [i ? '、' : '', text(subjectName(loaded.items, code) || code)]) : '—'))),
    el('p', { class: 'doc-para' }, bi('本人承诺以上所填内容及所交材料真实、有效。',
      'I declare that what is filled in above and the materials handed in are true and valid.')),
    el('div', { class: 'doc-receipt' },
      el('p', null, bi('申请人（代理人）签字：________________　　日期：______年____月____日',
        'Signed by the applicant (or agent): ________________    Date: ____________'))));
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
  if (!number || !SERVER_DOCUMENTS.concat('application').includes(kind)) {
    say(ui.message, 'error', '文书地址不完整', 'Incomplete document address');
    ui.paper.replaceChildren();
    return;
  }
  try {
    if (kind === 'application') {
      const file = await api('GET', '/api/v1/cases/' + encodeURIComponent(number));
      fill(ui.paper, application(file, await Guide.load(file.itemCode)));
      document.title = '申请表 ' + file.number;
    } else {
      const doc = await api('GET', '/api/v1/cases/' + encodeURIComponent(number) + '/documents/' + kind);
      fill(ui.paper, page(doc));
      document.title = doc.kind.zh + ' ' + doc.caseNumber;
    }
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
