/*
 * One item's full service guide (办事指南) at /guide/item/<CODE>: time limits, conditions, the materials as a
 * checklist to tick at home, steps, fees, legal basis, delivery, place, hours and phone. Prints cleanly.
 */
import * as Hall from '/assets/hall.js';
import { fieldsOf, kindName, rangeText, conditionText } from '/assets/fields.js';
import { $, say, bi, show, facts, apiMessage, availability } from './common.js';

function section(id, zh, en, ...content) {
  return Hall.el('section', { class: 'guide-section', id }, say('h3', zh, en), ...content);
}

/** Texts written by the department, each {zh, en}, as a list. */
function lines(tag, texts, emptyZh, emptyEn) {
  if (!texts || !texts.length) return say('p', emptyZh, emptyEn, { class: 'muted' });
  return Hall.el(tag, {}, texts.map(text => show('li', text)));
}

function days(count) {
  return say('span', `${count} 个工作日`, `${count} working days`);
}

function materialsTable(materials) {
  if (!materials || !materials.length) return say('p', '无需提交申请材料', 'No materials needed', { class: 'muted' });
  const head = Hall.el('tr', {}, say('th', '核对', 'Check', { class: 'check' }), say('th', '序号', 'No.', { class: 'seq' }),
    say('th', '材料名称', 'Material'), say('th', '是否必需', 'Required'), say('th', '材料形式', 'Form'),
    say('th', '份数', 'Copies'), say('th', '说明', 'Notes'));
  const rows = materials.map((material, index) => {
    const box = 'material-' + material.code;
    return Hall.el('tr', {},
      Hall.el('td', { class: 'check' }, Hall.el('input', { type: 'checkbox', id: box, 'aria-label': Hall.label(bi(material.name)) })),
      Hall.el('td', { class: 'seq', text: String(index + 1) }),
      Hall.el('td', {}, show('label', material.name, { for: box }),
        material.template ? Hall.el('div', { class: 'template' }, say('span', '表格/样表：', 'Form or sample: '),
          show('span', material.template)) : null),
      Hall.el('td', {}, material.condition
        ? Hall.el('span', { class: 'conditional' }, say('span', '视情形：', 'When: '), show('span', material.condition))
        : say('span', '必需', 'Required', { class: 'required' })),
      Hall.el('td', {}, show('span', material.form)),
      material.copies == null ? Hall.el('td', { class: 'copies' })
        : say('td', `${material.copies} 份`, `${material.copies} ${material.copies === 1 ? 'copy' : 'copies'}`, { class: 'copies' }),
      Hall.el('td', { class: 'notes' }, show('span', material.notes)));
  });
  return Hall.el('div', { class: 'table-scroll' },
    Hall.el('table', { id: 'guide-materials', class: 'materials' }, Hall.el('thead', {}, head), Hall.el('tbody', {}, rows)));
}

function feesPart(fees) {
  if (!fees || !fees.length) return say('p', '不收费', 'Free of charge', { class: 'free', id: 'guide-free' });
  return Hall.el('div', { class: 'table-scroll' }, Hall.el('table', { id: 'guide-fees' },
    Hall.el('thead', {}, Hall.el('tr', {}, say('th', '收费项目', 'Fee'), say('th', '金额（元）', 'Amount (yuan)'),
      say('th', '收费依据', 'Basis'))),
    Hall.el('tbody', {}, fees.map(fee => Hall.el('tr', {},
      show('td', fee.name),
      Hall.el('td', { text: Number.isFinite(Number(fee.yuan)) ? Number(fee.yuan).toFixed(2) : String(fee.yuan) }),
      show('td', fee.basis) || Hall.el('td'))))));
}

function phoneLink(phone) {
  const text = bi(phone);
  if (!text) return null;
  return show('a', text, { href: 'tel:' + text.zh.replace(/[^0-9+]/g, '') });
}

/**
 * The application form the item asks for, as its department declares it: each field with what it takes, whether
 * it is required, its help and when it is asked. Read at home, it prepares the visit; the window fills it in.
 */
function formPart(item) {
  const fields = fieldsOf(item);
  if (!fields.length) return say('p', '无需填写申请信息', 'No form to fill in', { class: 'muted' });
  const rows = fields.map(field => Hall.el('tr', { id: 'guide-field-' + field.key },
    Hall.el('td', {}, show('strong', field.label), field.required ? say('span', ' *', ' *', { class: 'required' }) : null),
    Hall.el('td', {}, show('span', kindName(field)),
      field.kind === 'CHOICE' ? Hall.el('ul', { class: 'choices' }, field.choices.map(choice => show('li', choice.label)))
        : null, show('div', rangeText(field), { class: 'muted' })),
    Hall.el('td', {}, field.required ? say('span', '必填', 'Required', { class: 'required' }) : say('span', '选填', 'Optional'),
      show('div', conditionText(field, fields), { class: 'conditional' })),
    Hall.el('td', { class: 'notes' }, show('span', field.help))));
  return Hall.el('div', { class: 'table-scroll' }, Hall.el('table', { id: 'guide-fields', class: 'materials' },
    Hall.el('thead', {}, Hall.el('tr', {}, say('th', '填写内容', 'Field'), say('th', '填写方式', 'Answer'),
      say('th', '是否必填', 'Required'), say('th', '说明', 'Help'))),
    Hall.el('tbody', {}, rows)));
}

function render(item) {
  const guide = item.guide || {};
  const name = bi(item.name) || { zh: item.code, en: item.code };
  document.title = `${name.zh} · 办事指南 · 园区政务服务分中心`;
  const unavailable = item.availability && item.availability.code === 'UNAVAILABLE';
  const elsewhere = item.availability && item.availability.code === 'OTHER_NODES' && item.servedOn.length > 0;

  const head = Hall.el('div', { class: 'item-head' },
    Hall.el('a', { href: '/guide/', class: 'back no-print' }, say('span', '← 返回事项列表', '← All items')),
    say('h2', name.zh, name.en, { id: 'guide-item-name' }),
    Hall.el('p', { class: 'item-meta' }, Hall.el('span', { class: 'code', text: item.code }),
      show('span', item.department, { class: 'department' }), show('span', item.kind, { class: 'kind' }),
      availability(item)),
    unavailable ? say('p', '该事项暂停受理，请咨询导办窗口（F 咨询导办）或拨打咨询电话。',
      'This item is temporarily unavailable; ask at the guidance desk (queue F) or call.', { class: 'notice' }) : null,
    elsewhere ? say('p', `该事项本节点暂停受理，可在以下节点办理：${item.servedOn.join('、')}`,
      `This item is not taken at this node; it is served at: ${item.servedOn.join(', ')}.`, { class: 'notice' }) : null,
    Hall.el('div', { class: 'tools no-print' },
      say('button', '打印指南', 'Print guide', { type: 'button', id: 'guide-print', onClick: () => window.print() }),
      Hall.el('a', { href: '/guide/status', class: 'status-link' }, say('span', '查询办件进度', 'Check a case'))));

  const timeLimits = facts([
    ['法定办结时限', 'Legal time limit', item.legalLimitDays == null ? null
      : item.legalLimitDays === 0 ? say('span', '即办', 'on the spot') : days(item.legalLimitDays)],
    ['承诺办结时限', 'Promised time limit', item.instant || item.promisedLimitDays === 0
      ? say('span', '即办件（当场办结）', 'Decided on the spot') : days(item.promisedLimitDays)],
    ['实施部门', 'Department', show('span', item.department)],
    ['事项类型', 'Kind', show('span', item.kind)],
  ]);

  $('guide-item').replaceChildren(head,
    section('guide-limits', '基本信息', 'Basic facts', timeLimits),
    section('guide-conditions', '受理条件', 'Conditions', lines('ol', guide.conditions, '无特别条件', 'No special conditions')),
    section('guide-materials-section', '申请材料清单', 'Materials checklist',
      say('p', '可在家中逐项勾选，备齐后再来办理。', 'Tick each one at home; come when you have them all.',
        { class: 'muted no-print' }),
      materialsTable(guide.materials)),
    section('guide-form', '申请表填写内容', 'What the application form asks',
      say('p', '窗口将按下列内容填写申请表，请事先准备。', 'The window fills in the form with these; have them ready.',
        { class: 'muted no-print' }), formPart(item)),
    section('guide-steps', '办理流程', 'Steps', lines('ol', guide.steps, '—', '—')),
    section('guide-fees-section', '收费标准', 'Fees', feesPart(guide.fees)),
    section('guide-basis', '设定依据', 'Legal basis', lines('ul', guide.legalBasis, '—', '—')),
    section('guide-delivery', '送达方式', 'Delivery', Hall.el('ul', { class: 'inline-list' },
      (guide.deliveryModes || []).map(mode => show('li', mode)))),
    section('guide-place', '办理地点与时间', 'Where and when', facts([
      ['办理地点', 'Location', show('span', guide.location)],
      ['办理时间', 'Hours', show('span', guide.hours)],
      ['咨询电话', 'Phone', phoneLink(guide.consultationPhone)],
    ])));
}

export default async function itemView(code) {
  $('guide-item').replaceChildren(say('p', '正在加载…', 'Loading…', { class: 'muted' }));
  try {
    render(await Hall.api('GET', '/api/v1/items/' + encodeURIComponent(code)));
  } catch (error) {
    apiMessage('guide-message', error);
    $('guide-item').replaceChildren(Hall.el('a', { href: '/guide/', class: 'back' },
      say('span', '← 返回事项列表', '← All items')));
  }
}
