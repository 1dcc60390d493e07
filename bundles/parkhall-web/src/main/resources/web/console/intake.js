/*
 * Intake at the comprehensive window (综合一窗受理): find the item, read its guide with the applicant, tick the
 * materials handed in, fill in the applicant and the form facts, submit. The hall answers with the case: a
 * one-time notice listing every problem, a refusal, or acceptance — each with its document to print.
 */
import * as Hall from '/assets/hall.js';
import { el, fill, tx, bi, coded, setText, say, fail, fieldError, field, button } from './dom.js';
import { api } from './api.js';
import { emit } from './events.js';
import { go } from './router.js';
import { queryCode } from './query-codes.js';
import * as Identity from './identity.js';
import * as Guide from './guide.js';
import { formEditor } from './form.js';


let loaded = null;        // the item (or joint application) being applied for
let checklist = null;
let facts = null;
let searchTimer = null;
let searchSeq = 0;
const ui = {};

// ---------------------------------------------------------------- search and guide

async function runSearch() {
  const seq = ++searchSeq;
  try {
    const found = await Guide.search(ui.search.value);
    if (seq !== searchSeq) return; // a newer search is under way
    fill(ui.results, Guide.resultList(found, 'item-', code => go('intake', code),
      loaded && loaded.code));
  } catch (error) {
    fail(ui.searchMessage, error);
  }
}

async function choose(code) {
  try {
    const next = await Guide.load(code);
    // The same item chosen twice (a click and its route change) must not wipe what the clerk has entered since.
    if (loaded && loaded.code === next.code) return;
    loaded = next;
    fill(ui.guideTitle, el('span', { class: 'code' }, next.code), ' ', coded(next.name));
    fill(ui.guide, Guide.view(next));
    ui.results.querySelectorAll('.result').forEach(node => {
      node.classList.toggle('selected', (node.id || node.dataset.heldId) === 'item-' + code);
    });
    prepareForm();
  } catch (error) {
    fail(ui.searchMessage, error);
  }
}

// ---------------------------------------------------------------- the form

/** Fits the form to the chosen item; the applicant's details stay (the same person often applies for more). */
function prepareForm() {
  ui.result.hidden = true;
  ui.form.hidden = false;
  say(ui.error);
  fill(ui.item, el('span', { class: 'code' }, loaded.code), ' ', coded(loaded.name));
  if (!loaded.available) {
    say(ui.itemState, 'warn', '该事项暂停受理（部门程序未部署），暂不能提交申请', 'This item is temporarily unavailable; applications cannot be taken now');
  } else {
    say(ui.itemState);
  }
  checklist = Guide.checklist(loaded, { onChange: summarise });
  fill(ui.materials, checklist.element);
  summarise();
  facts = formEditor(loaded.items);
  fill(ui.facts, facts.element);
  const modes = Guide.deliveryModes(loaded);
  const previous = ui.mode.value;
  fill(ui.mode, ...modes.map(mode => tx('option', mode.zh, mode.en, { value: mode.code })));
  if (modes.some(mode => mode.code === previous)) ui.mode.value = previous;
  showAddress();
  ui.submit.disabled = !loaded.available;
}

/** Says how many required materials are still missing: those become the one-time notice. */
function summarise() {
  const missing = checklist.missingRequired();
  if (missing) {
    setText(ui.summary, '尚缺 ' + missing + ' 项必需材料：提交后将出具一次性告知书',
      missing + ' required material(s) missing: submitting issues a one-time notice');
    ui.summary.className = 'summary near_due';
  } else {
    setText(ui.summary, '必需材料已齐（有条件材料请按情形核对）', 'Required materials complete (check the conditional ones)');
    ui.summary.className = 'summary on_time';
  }
}

function showAddress() {
  ui.addressField.hidden = ui.mode.value !== 'EXPRESS';
}

function kindLabels() {
  const enterprise = ui.kind.value === 'ENTERPRISE';
  setText(ui.idLabel, enterprise ? '统一社会信用代码' : '公民身份号码',
    enterprise ? 'Unified social credit code' : 'Citizen ID number');
  setText(ui.nameLabel, enterprise ? '企业（单位）名称' : '姓名', enterprise ? 'Enterprise name' : 'Name');
}

/** The ID hint under the field, updated on every keystroke. Returns whether the number is valid. */
function checkId() {
  const found = Identity.check(ui.kind.value, ui.id.value);
  setText(ui.idHint, found.zh, found.en);
  ui.idHint.className = 'id-hint id-' + found.state;
  ui.idHint.dataset.state = found.state;
  if (found.state === 'error') ui.id.setAttribute('aria-invalid', 'true');
  else ui.id.removeAttribute('aria-invalid');
  return found.state === 'ok';
}

function checkPhone(strict) {
  const value = ui.phone.value.trim();
  if (!value && !strict) {
    fieldError(ui.phone, ui.phoneError);
    return false;
  }
  if (!Identity.isValidPhone(value)) {
    fieldError(ui.phone, ui.phoneError, '请填写11位手机号或带区号的固定电话', 'Enter an 11-digit mobile or a fixed line with area code');
    return false;
  }
  fieldError(ui.phone, ui.phoneError);
  return true;
}

/** Checks what the browser can before sending; the first wrong field gets the focus. */
function validate() {
  const wrong = [];
  if (!checkId()) {
    ui.id.setAttribute('aria-invalid', 'true');
    if (ui.idHint.dataset.state !== 'error') {
      setText(ui.idHint, ui.kind.value === 'ENTERPRISE' ? '请填写完整有效的18位统一社会信用代码'
        : '请填写完整有效的18位公民身份号码', 'Enter the full, valid 18-character number');
      ui.idHint.className = 'id-hint id-error';
      ui.idHint.dataset.state = 'error';
    }
    wrong.push(ui.id);
  }
  if (!ui.name.value.trim()) {
    fieldError(ui.name, ui.nameError, '请填写申请人名称', 'Enter the applicant’s name');
    wrong.push(ui.name);
  } else {
    fieldError(ui.name, ui.nameError);
  }
  if (!checkPhone(true)) wrong.push(ui.phone);
  if (ui.mode.value === 'EXPRESS' && ui.address.value.trim().length < 6) {
    fieldError(ui.address, ui.addressError, '快递送达须填写详细收件地址', 'Express delivery needs the full address');
    wrong.push(ui.address);
  } else {
    fieldError(ui.address, ui.addressError);
  }
  const wrongFact = facts.check();
  if (wrongFact) wrong.push(wrongFact);
  if (wrong.length) wrong[0].focus();
  return !wrong.length;
}

/** A 400 naming a field is shown under that field. */
function showFieldError(error) {
  const fields = {
    'applicant.kind': [ui.kind, ui.kindError], 'applicant.idNumber': [ui.id, ui.idHint],
    'applicant.name': [ui.name, ui.nameError], 'applicant.phone': [ui.phone, ui.phoneError],
    'delivery.mode': [ui.mode, ui.modeError], 'delivery.address': [ui.address, ui.addressError],
  };
  const target = fields[error.field];
  if (target) {
    fieldError(target[0], target[1], error.zh, error.en);
    if (target[1] === ui.idHint) ui.idHint.className = 'id-hint id-error';
    target[0].focus();
    return true;
  }
  if (error.field && facts && facts.errorFor(error.field.replace(/^facts\./, ''))) {
    setText(facts.errorFor(error.field.replace(/^facts\./, '')), error.zh, error.en);
    return true;
  }
  return false;
}

async function submit(event) {
  event.preventDefault();
  say(ui.error);
  if (!loaded) {
    say(ui.error, 'error', '请先选择申请事项', 'Choose the item applied for first');
    ui.search.focus();
    return;
  }
  if (!validate()) {
    say(ui.error, 'error', '请按提示更正标红的内容', 'Correct the fields marked in red');
    return;
  }
  const body = {
    itemCode: loaded.code,
    applicant: { kind: ui.kind.value, idNumber: Identity.normalise(ui.id.value), name: ui.name.value.trim(),
      phone: ui.phone.value.replace(/[\s-]/g, '') },
    presented: checklist.checked(),
    facts: facts.values(),
    delivery: { mode: ui.mode.value, address: ui.mode.value === 'EXPRESS' ? ui.address.value.trim() : '' },
    channel: 'WINDOW',
  };
  ui.submit.disabled = true;
  try {
    const file = await api('POST', '/api/v1/applications', body);
    showResult(file);
    emit('case-created', file);
  } catch (error) {
    if (error instanceof Hall.ApiError && error.status === 400 && showFieldError(error)) {
      say(ui.error, 'error', error.zh, error.en);
    } else {
      fail(ui.error, error);
    }
  } finally {
    ui.submit.disabled = !loaded.available;
  }
}

// ---------------------------------------------------------------- the outcome

function printButton(id, zh, en, number, kind) {
  return button(zh, en, { id, onclick: () => go('print', number, kind) });
}

/** The case the intake produced, and the document the applicant takes home. */
function showResult(file) {
  const state = file.state.code;
  const parts = [
    el('h3', null, bi('受理结果：', 'Outcome: '), coded(file.state, { id: 'intake-state', class: 'state state-'
      + state, 'data-state': state })),
    el('p', { class: 'case-number' }, bi('办件编号：', 'Case number: '),
      el('strong', { id: 'intake-case-number' }, file.number)),
    queryCode(file.number, file.queryCode, 'intake-query-code'),
  ];
  if (state === 'SUPPLEMENT_REQUIRED') {
    parts.push(el('p', null, bi('一次性告知：需补正以下全部 ' + file.problems.length + ' 项内容',
      'One-time notice: all ' + file.problems.length + ' item(s) to put right')),
    Guide.problemList(file.problems, loaded.items, 'intake-problems'),
    el('div', { class: 'btn-row' }, printButton('print-notice', '打印一次性告知书', 'Print the one-time notice',
      file.number, 'notice'),
    button('补正材料', 'Take the supplement', { id: 'intake-supplement', class: 'secondary',
      onclick: () => go('cases', file.number) })));
  } else if (state === 'REFUSED') {
    parts.push(el('p', { class: 'reasons' }, bi('不予受理理由及救济途径：', 'Reasons and appeal: '), file.reasons),
      el('div', { class: 'btn-row' }, printButton('print-refusal', '打印不予受理通知书', 'Print the refusal notice',
        file.number, 'refusal')));
  } else {
    parts.push(el('p', null, bi('受理日期：', 'Accepted on: '), file.acceptedOn || '—', ' · ',
      bi('承诺办结日期：', 'Due on: '), el('strong', { id: 'intake-due' }, file.dueOn || '—')));
    if (file.result) parts.push(el('p', { class: 'on_time' }, bi('当场办结，办理结果：', 'Decided at the window: '), file.result));
    if (file.children && file.children.length) {
      parts.push(el('p', null, bi('子办件（并联办理）：', 'Child cases (in parallel): '),
        file.children.map((child, i) => [i ? '、' : '', el('a', { href: '#cases/' + child }, child)])));
    }
    parts.push(el('div', { class: 'btn-row' }, printButton('print-receipt', '打印受理回执', 'Print the receipt',
      file.number, 'receipt')));
  }
  parts.push(el('div', { class: 'btn-row' },
    button('查看办件', 'Open the case', { id: 'intake-open-case', class: 'secondary',
      onclick: () => go('cases', file.number) }),
    button('同一申请人办理其他事项', 'Another item, same applicant', { id: 'intake-again', class: 'secondary',
      onclick: () => { prepareForm(); ui.search.focus(); } }),
    button('新申请', 'New application', { id: 'intake-new', class: 'secondary', onclick: reset })));
  fill(ui.result, ...parts);
  ui.form.hidden = true;
  ui.result.hidden = false;
  ui.result.scrollIntoView({ block: 'nearest' });
}

/** A fresh form for the next applicant. */
function reset() {
  ui.form.reset();
  [[ui.name, ui.nameError], [ui.phone, ui.phoneError], [ui.address, ui.addressError]].forEach(([input, error]) =>
    fieldError(input, error));
  kindLabels();
  checkId();
  if (loaded) prepareForm();
  ui.result.hidden = true;
  ui.form.hidden = false;
  ui.id.focus();
}

// ---------------------------------------------------------------- layout

function build(section) {
  ui.search = el('input', { type: 'search', autocomplete: 'off', 'data-zh-placeholder': '事项名称、编码或关键词',
    'data-en-placeholder': 'item name, code or keyword', placeholder: Hall.t('事项名称、编码或关键词', 'item name, code or keyword') });
  ui.search.addEventListener('input', () => {
    clearTimeout(searchTimer);
    searchTimer = setTimeout(runSearch, 250);
  });
  ui.search.addEventListener('keydown', event => {
    if (event.key === 'Enter') {
      event.preventDefault();
      clearTimeout(searchTimer);
      runSearch();
    }
  });
  ui.searchMessage = el('div', { class: 'msg' });
  ui.results = el('div', { class: 'results-box' });
  ui.guideTitle = el('h3');
  ui.guide = el('div', null, el('p', { class: 'muted' }, bi('选择事项后在此显示办事指南。',
    'The service guide appears here once an item is chosen.')));

  ui.item = el('span', { id: 'intake-item', class: 'muted' }, bi('请先在左侧选择事项', 'Choose an item on the left'));
  ui.itemState = el('div', { class: 'msg' });
  ui.summary = el('p', { class: 'summary', id: 'materials-summary' });
  ui.materials = el('div');
  ui.facts = el('div', null, el('p', { class: 'muted' }, '—'));

  ui.kind = el('select', null, tx('option', '自然人', 'Person', { value: 'PERSON' }),
    tx('option', '企业（法人及其他组织）', 'Enterprise or organisation', { value: 'ENTERPRISE' }));
  const kindField = field('applicant-kind', '申请人类型', 'Applicant kind', ui.kind);
  ui.kindError = kindField.error;
  ui.id = el('input', { class: 'id-input', autocomplete: 'off', spellcheck: 'false', maxlength: '22' });
  ui.idHint = el('div', { id: 'applicant-id-hint', class: 'id-hint', 'aria-live': 'polite' });
  const idField = field('applicant-id', '公民身份号码', 'Citizen ID number', ui.id, ui.idHint);
  ui.idLabel = idField.wrap.querySelector('label');
  ui.name = el('input', { autocomplete: 'off', maxlength: '100' });
  const nameField = field('applicant-name', '姓名', 'Name', ui.name);
  ui.nameLabel = nameField.wrap.querySelector('label');
  ui.nameError = nameField.error;
  ui.phone = el('input', { type: 'tel', autocomplete: 'off', maxlength: '20', inputmode: 'tel' });
  const phoneField = field('applicant-phone', '联系电话', 'Phone', ui.phone);
  ui.phoneError = phoneField.error;
  ui.mode = el('select');
  const modeField = field('delivery-mode', '送达方式', 'Delivery', ui.mode);
  ui.modeError = modeField.error;
  ui.address = el('input', { autocomplete: 'off', maxlength: '200' });
  const addressField = field('delivery-address', '收件地址', 'Delivery address', ui.address);
  ui.addressField = addressField.wrap;
  ui.addressError = addressField.error;
  ui.addressField.hidden = true;

  ui.kind.addEventListener('change', () => { kindLabels(); checkId(); });
  ui.id.addEventListener('input', checkId);
  ui.phone.addEventListener('input', () => { if (ui.phone.getAttribute('aria-invalid')) checkPhone(false); });
  ui.phone.addEventListener('blur', () => checkPhone(false));
  ui.name.addEventListener('input', () => fieldError(ui.name, ui.nameError));
  ui.mode.addEventListener('change', showAddress);

  ui.error = el('div', { class: 'msg', id: 'intake-error', role: 'alert' });
  ui.submit = button('提交受理', 'Submit', { id: 'intake-submit', type: 'submit', class: 'primary big' });
  ui.form = el('form', { id: 'intake-form', novalidate: true, autocomplete: 'off' },
    el('p', { class: 'chosen' }, bi('申请事项：', 'Item: '), ui.item), ui.itemState,
    el('fieldset', null, tx('legend', '申请人', 'Applicant'),
      el('div', { class: 'row-fields' }, kindField.wrap, idField.wrap),
      el('div', { class: 'row-fields' }, nameField.wrap, phoneField.wrap)),
    el('fieldset', null, tx('legend', '申请材料核对', 'Materials handed in'),
      el('div', { class: 'btn-row' }, button('必需材料全部收到', 'All required received', { id: 'materials-all',
        class: 'secondary small', onclick: () => checklist && checklist.tickAllRequired() })),
      ui.summary, ui.materials),
    el('fieldset', null, tx('legend', '申请信息', 'Form facts'), ui.facts),
    el('fieldset', null, tx('legend', '送达', 'Delivery'), el('div', { class: 'row-fields' },
      modeField.wrap, addressField.wrap)),
    ui.error, el('div', { class: 'btn-row' }, ui.submit));
  ui.form.addEventListener('submit', submit);
  ui.result = el('div', { id: 'intake-result', class: 'panel result', hidden: true, 'aria-live': 'polite' });

  section.append(el('div', { class: 'split' },
    el('div', { class: 'panel pane-left' }, tx('h2', '受理 · 选择事项', 'Intake · choose the item'),
      field('item-search', '搜索事项', 'Search items', ui.search).wrap, ui.searchMessage, ui.results,
      ui.guideTitle, ui.guide),
    el('div', { class: 'panel pane-right' }, tx('h2', '申请', 'Application'), ui.form, ui.result)));
  kindLabels();
  checkId();
}

async function show(args) {
  if (!ui.results.childElementCount) await runSearch();
  if (args[0] && (!loaded || loaded.code !== args[0])) await choose(args[0]);
  if (!loaded) ui.search.focus();
}

export default {
  id: 'intake', zh: '受理', en: 'Intake',
  allowed: role => role.clerk,
  build, show,
};
