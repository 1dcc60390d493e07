/*
 * Service guides (办事指南) as the window uses them: the item search, the guide itself and the materials checklist.
 * Shared by the intake, the supplement and the console's guide pages. Every text is the department's, {zh, en}.
 */
import * as Hall from '/assets/hall.js';
import { el, tx, bi, coded } from './dom.js';
import { api, catalog as loadCatalog } from './api.js';
import { bilingual, subjectName } from '/assets/fields.js';

// ---------------------------------------------------------------- loading

/**
 * An item, or a joint application (一件事), with everything the window needs: {code, name, joint, items: [detail…],
 * available}. A joint application has no guide of its own: its items' guides are loaded one by one.
 */
export async function load(code) {
  const catalog = await loadCatalog();
  const joint = (catalog.bundles || []).find(candidate => candidate.code === code);
  if (joint) {
    const items = await Promise.all(joint.itemCodes.map(itemCode =>
      api('GET', '/api/v1/items/' + encodeURIComponent(itemCode))));
    return { code, name: joint.name, joint: true, items,
      available: items.every(item => item.availability && item.availability.code === 'AVAILABLE') };
  }
  const item = await api('GET', '/api/v1/items/' + encodeURIComponent(code));
  return { code, name: item.name, joint: false, items: [item],
    available: item.availability && item.availability.code === 'AVAILABLE' };
}

/**
 * Items matching the search (the server searches codes, names, departments and guides) and matching joint
 * applications.
 */
export async function search(query) {
  const q = query.trim();
  const found = await api('GET', '/api/v1/items' + (q ? '?q=' + encodeURIComponent(q) : ''));
  const codes = new Set(found.items.map(item => item.code));
  const lower = q.toLowerCase();
  const joints = (found.bundles || []).filter(joint => !q || joint.code.toLowerCase().includes(lower)
    || joint.name.zh.includes(q) || joint.name.en.toLowerCase().includes(lower)
    || joint.itemCodes.some(code => codes.has(code)));
  return { items: found.items, joints };
}

/** The search results as buttons, id prefix + code, each calling choose(code). */
export function resultList(found, prefix, choose, selected) {
  const rows = found.joints.map(joint => el('li', null, el('button', {
    type: 'button', class: 'result' + (joint.code === selected ? ' selected' : ''), id: prefix + joint.code,
    onclick: () => choose(joint.code),
  }, el('span', { class: 'code' }, joint.code), ' ', coded(joint.name, { class: 'name' }), ' ',
  bi('一件事 · ' + joint.itemCodes.join('、'), 'joint application · ' + joint.itemCodes.join(', '), { class: 'muted small' }))));
  found.items.forEach(item => rows.push(el('li', null, el('button', {
    type: 'button', class: 'result' + (item.code === selected ? ' selected' : ''), id: prefix + item.code,
    onclick: () => choose(item.code),
  }, el('span', { class: 'code' }, item.code), ' ', coded(item.name, { class: 'name' }), ' ',
  el('span', { class: 'muted small' }, coded(item.department.name), ' · ', limits(item)), ' ',
  coded(item.availability, { class: 'small ' + item.availability.code.toLowerCase() })))));
  if (!rows.length) {
    rows.push(el('li', { class: 'muted' }, bi('没有找到相关事项', 'No item matches')));
  }
  return el('ul', { class: 'results' }, rows);
}

/** "承诺3个工作日（法定20）" or "即办". */
export function limits(item) {
  if (item.instant) return bi('即办件', 'decided at the window');
  return bi('承诺' + item.promisedLimitDays + '个工作日（法定' + item.legalLimitDays + '）',
    item.promisedLimitDays + ' working days promised (' + item.legalLimitDays + ' legal)');
}

// ---------------------------------------------------------------- the guide

function list(values, ordered) {
  return el(ordered ? 'ol' : 'ul', null, values.map(value => el('li', null, coded(value))));
}

function block(zh, en, ...content) {
  return el('div', { class: 'guide-block' }, tx('h4', zh, en), ...content);
}

function materialLine(material) {
  return [coded(material.name, { class: 'material-name' }), ' ', coded(material.form, { class: 'muted' }),
    el('span', { class: 'muted' }, ' ×' + material.copies),
    material.condition ? el('span', { class: 'condition' }, '（', coded(material.condition), '）') : null];
}

/** One item's whole guide: conditions, materials, steps, limits, fees, basis, delivery, place and hours. */
function itemGuide(item) {
  const guide = item.guide;
  const fees = guide.fees.length ? el('ul', null, guide.fees.map(fee => el('li', null, coded(fee.name),
    '：' + fee.yuan + ' ', bi('元', 'yuan'), '（', coded(fee.basis), '）')))
    : bi('不收费', 'free of charge');
  return el('div', { class: 'guide' },
    el('p', { class: 'guide-head' }, el('span', { class: 'code' }, item.code), ' ', coded(item.kind), ' · ',
      coded(item.department.name), ' · ', limits(item), ' · ',
      coded(item.availability, { class: item.availability.code.toLowerCase() })),
    block('受理条件', 'Conditions', list(guide.conditions)),
    block('申请材料', 'Materials', el('ol', null, guide.materials.map(material => el('li', null,
      materialLine(material), material.notes ? el('div', { class: 'muted small' }, coded(material.notes)) : null,
      material.template ? el('div', { class: 'muted small' }, bi('表格/样本：', 'Form/sample: '),
        coded(material.template)) : null)))),
    block('办理流程', 'Steps', list(guide.steps, true)),
    block('收费', 'Fees', fees),
    block('设定依据', 'Legal basis', list(guide.legalBasis)),
    block('送达方式', 'Delivery', el('p', null, guide.deliveryModes.map((mode, i) =>
      [i ? '、' : '', coded(mode)]))),
    block('办理地点与时间', 'Place and hours', el('p', null, coded(guide.location)), el('p', null, coded(guide.hours)),
      el('p', null, bi('咨询电话：', 'Phone: '), coded(guide.consultationPhone))));
}

/** The guide of an item or of each item of a joint application (each in its own fold). */
export function view(loaded) {
  if (!loaded.joint) return itemGuide(loaded.items[0]);
  return el('div', null, el('p', { class: 'muted' }, bi('一件事：一次申请，以下事项并联办理、一次送达。',
    'Joint application: one application; the items below are decided in parallel and delivered once.')),
  loaded.items.map(item => el('details', { class: 'guide-fold' },
    el('summary', null, el('span', { class: 'code' }, item.code), ' ', coded(item.name)), itemGuide(item))));
}

// ---------------------------------------------------------------- materials checklist

/**
 * A checkbox per material (id material-<code>; in a joint application material-<ITEM>/<code>, as the hall names
 * them).
 * presented: codes already handed in (checked and fixed); wanted: codes a notice asks for (highlighted).
 * onChange runs after every tick. Returns {element, checked(): codes newly ticked, missingRequired()}.
 */
export function checklist(loaded, options) {
  const opts = options || {};
  const presented = new Set(opts.presented || []);
  const wanted = new Set(opts.wanted || []);
  const boxes = [];
  const groups = loaded.items.map(item => {
    const rows = item.guide.materials.map(material => {
      const code = loaded.joint ? item.code + '/' + material.code : material.code;
      const before = presented.has(code);
      const box = el('input', { type: 'checkbox', id: 'material-' + code, value: code, checked: before,
        disabled: before, onchange: () => opts.onChange && opts.onChange() });
      boxes.push({ box, code, required: !material.condition, before });
      return el('li', { class: (wanted.has(code) ? 'wanted ' : '') + (material.condition ? 'conditional' : 'required') },
        el('label', null, box, ' ', materialLine(material),
          before ? bi('（已提交）', ' (handed in)', { class: 'muted small' }) : null,
          material.notes ? el('div', { class: 'muted small' }, coded(material.notes)) : null));
    });
    return el('div', { class: 'checklist-group' },
      loaded.joint ? el('h4', null, el('span', { class: 'code' }, item.code), ' ', coded(item.name)) : null,
      el('ul', { class: 'checklist' }, rows));
  });
  const element = el('div', { class: 'materials' }, groups);
  return {
    element,
    /** Codes ticked now that were not handed in before. */
    checked: () => boxes.filter(entry => entry.box.checked && !entry.before).map(entry => entry.code),
    /** Always-required materials not ticked: the one-time notice will ask for them. */
    missingRequired: () => boxes.filter(entry => entry.required && !entry.box.checked).length,
    tickAllRequired: () => {
      boxes.filter(entry => entry.required).forEach(entry => { entry.box.checked = true; });
      if (opts.onChange) opts.onChange();
    },
  };
}

/** The delivery modes every item offers (a joint application delivers once, so only modes all its items allow). */
export function deliveryModes(loaded) {
  let modes = loaded.items[0].guide.deliveryModes;
  loaded.items.slice(1).forEach(item => {
    const codes = new Set(item.guide.deliveryModes.map(mode => mode.code));
    modes = modes.filter(mode => codes.has(mode.code));
  });
  return modes;
}

/**
 * A one-time notice's problems as the clerk reads them: each reason, led by the declared label of its field or the
 * name of its material (looked up in the items applied for) unless the reason already names it; never a raw key.
 */
export function problemList(problems, items, id) {
  return el('ol', { id, class: 'problems' }, problems.map(problem => {
    const subject = subjectName(items, problem.subject);
    const reason = bilingual(problem.reason) || { zh: '', en: '' };
    const named = !subject || (reason.zh.includes(subject.zh) && reason.en.includes(subject.en));
    return el('li', { 'data-subject': problem.subject },
      named ? null : [coded(subject, { class: 'problem-subject' }), '：'], coded(problem.reason));
  }));
}
