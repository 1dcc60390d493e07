/*
 * The department's review steps on a case (审查环节), shown in the approver's inbox under the case file: the buttons
 * are the steps the hall says the case allows now (progress.steps), less those the signed-in role may not take
 * (a lead's: release, reassign, sign off, extend). The hall refuses anything else with its reason.
 */
import { el, tx, bi, coded, button, busy } from './dom.js';
import { api } from './api.js';
import { go } from './router.js';
import { currentRole } from './session.js';

const LEAD_STEPS = ['RELEASE', 'REASSIGN', 'SIGN_OFF', 'EXTEND'];
const PROCEDURES = [['EXPERT_REVIEW', '专家评审', 'expert review'], ['INSPECTION', '检验检测', 'inspection and testing'],
  ['HEARING', '听证', 'hearing'], ['APPRAISAL', '鉴定', 'appraisal'], ['PUBLIC_NOTICE', '公告', 'public notice']];

function mayTake(step, progress) {
  const role = currentRole();
  if (LEAD_STEPS.includes(step.code)) return role.admin || (role.leads || []).includes(progress.department);
  if (step.code === 'COUNTERSIGN') {
    return progress.countersigns.some(sign => !sign.answeredAt && (role.admin || role.departments.includes(sign.department)));
  }
  return role.admin || role.departments.includes(progress.department);
}

/** The review panel of case number; reload(answer, text) shows the case again after a step. */
export async function panel(number, reload) {
  let progress;
  try {
    progress = await api('GET', '/api/v1/cases/' + encodeURIComponent(number) + '/review');
  } catch (error) {
    return null;
  }
  const message = el('div', { class: 'msg', id: 'review-message', 'aria-live': 'polite' });
  const note = el('textarea', { id: 'review-note', rows: '2', maxlength: '1000' });
  const user = el('input', { id: 'review-user', maxlength: '32' });
  const days = el('input', { id: 'review-days', type: 'number', min: '1', max: '250' });
  const procedure = el('select', { id: 'review-procedure' }, PROCEDURES
    .filter(([code]) => progress.required.specialProcedures.some(declared => declared.code === code))
    .map(([code, zh, en]) => tx('option', zh, en, { value: code })));
  const mine = progress.countersigns.find(sign => !sign.answeredAt
    && (currentRole().admin || currentRole().departments.includes(sign.department)));
  const send = async (node, body) => {
    const answer = await busy(node, message, () => api('POST', '/api/v1/cases/' + encodeURIComponent(number)
      + '/review', Object.assign({ note: note.value.trim() }, body)));
    if (answer) await reload({ number }, ['已' + node.textContent + '：' + number, 'Done: ' + number]);
  };
  const buttons = progress.steps.filter(step => mayTake(step, progress)).flatMap(step => {
    if (step.code === 'COUNTERSIGN') {
      return [true, false].map(agreed => button(agreed ? '会签同意' : '会签不同意', agreed ? 'Countersign: agree'
        : 'Countersign: disagree', { id: 'review-COUNTERSIGN-' + agreed, class: agreed ? '' : 'danger',
        onclick: event => send(event.target, { step: 'COUNTERSIGN', department: mine.department, agreed }) }));
    }
    return [button(step.zh, step.en, { id: 'review-' + step.code, class: step.code === 'RETURN' ? 'danger' : 'secondary',
      onclick: event => send(event.target, { step: step.code, user: user.value.trim(),
        days: Number(days.value || 0), procedure: procedure.value }) })];
  });
  const printed = [];
  if (progress.extensions.length) printed.push(button('延长办理期限告知书', 'Extension notice',
    { id: 'doc-extension', class: 'secondary', onclick: () => go('print', number, 'extension') }));
  if (progress.specialProcedures.length) printed.push(button('特别程序告知书', 'Special procedure notice',
    { id: 'doc-special_procedure', class: 'secondary', onclick: () => go('print', number, 'special_procedure') }));
  const status = el('ul', { class: 'plain small' },
    el('li', null, bi('认领人：', 'Claimed by: '), progress.claimedBy || '—'),
    progress.countersigns.map(sign => el('li', null, bi('会签 ', 'Countersign '), sign.department, '：',
      sign.answeredAt ? bi(sign.agreed ? '同意' : '不同意', sign.agreed ? 'agrees' : 'disagrees') : bi('待会签', 'awaited'),
      sign.opinion ? '（' + sign.opinion + '）' : '')),
    progress.signedOffBy ? el('li', null, bi('复核签发：', 'Signed off: '), progress.signedOffBy) : null,
    progress.extensions.length ? el('li', null, bi('已延长工作日：', 'Extended by (working days): '),
      String(progress.extensions.reduce((sum, extension) => sum + extension.days, 0))) : null);
  if (!buttons.length && !printed.length && !progress.claimedBy && !progress.countersigns.length) return null;
  return el('div', { class: 'panel', id: 'case-review' }, tx('h3', '审查环节', 'Review steps'), status,
    buttons.length ? el('div', null,
      el('label', { for: 'review-note', class: 'small' }, bi('理由 / 意见 / 结果', 'Reasons / opinion / outcome')), note,
      el('label', { for: 'review-user', class: 'small' }, bi('转办或改派给（账号）', 'Hand to (account)')), user,
      el('label', { for: 'review-days', class: 'small' }, bi('工作日数（延长或特别程序）', 'Working days (extension or procedure)')), days,
      procedure.options.length ? el('label', { for: 'review-procedure', class: 'small' }, bi('特别程序', 'Special procedure')) : null,
      procedure.options.length ? procedure : null,
      el('div', { class: 'btn-row' }, buttons)) : null,
    printed.length ? el('div', { class: 'btn-row' }, printed) : null, message);
}

/** The supervision list (督办) for the inbox: cases near and past their limit, most urgent first. */
export async function supervisionList(department, open) {
  const answer = await api('GET', '/api/v1/supervision');
  const cases = answer.cases.filter(raised => !department || raised.department === department);
  if (!cases.length) return null;
  return el('div', { class: 'panel', id: 'inbox-supervision' }, tx('h3', '督办', 'Supervision'),
    el('ul', { class: 'plain' }, cases.map(raised => el('li', null,
      button(raised.caseNumber, raised.caseNumber, { class: 'secondary small', id: 'supervised-' + raised.caseNumber,
        onclick: () => open(raised.caseNumber) }), ' ', raised.itemName, ' · ',
      coded(raised.level, { class: 'badge ' + (raised.level.code === 'OVERDUE' ? 'overdue' : 'near_due') }), ' · ',
      bi('剩余 ' + raised.daysLeft + ' 个工作日', raised.daysLeft + ' working days left')))));
}
