/*
 * The application form (申请表) of an item as its department declares it (guide.fields): each field as the input
 * its kind needs, its help and unit, required ones marked, fields with a shownWhen condition only while it holds.
 * A value that cannot be right is caught as it is typed; a required field left empty is not: the one-time notice
 * asks for it (一次性告知), worded from the field's label by the hall.
 */
import { fieldsOf, bilingual, isAsked, rangeText } from '/assets/fields.js';
import { el, tx, bi, coded, setText, fieldError } from './dom.js';
import * as Identity from './identity.js';

const INTEGER = /^-?[0-9]+$/;
const DECIMAL = /^-?[0-9]+(\.[0-9]+)?$/;
const DATE = /^[0-9]{4}-[0-9]{2}-[0-9]{2}$/;

/** The fields of the items applied for together, each key once (the first item that declares it wins). */
export function formFields(items) {
  const fields = [];
  items.forEach(item => fieldsOf(item).forEach(field => {
    if (!fields.some(other => other.key === field.key)) fields.push(field);
  }));
  return fields;
}

function limitAttrs(field) {
  const attrs = { type: 'number', inputmode: field.kind === 'INTEGER' ? 'numeric' : 'decimal',
    step: field.kind === 'INTEGER' ? '1' : 'any' };
  if (field.min !== null && field.min !== undefined) attrs.min = field.min;
  if (field.max !== null && field.max !== undefined) attrs.max = field.max;
  return attrs;
}

/** The input for a field's kind, holding value. */
function input(field, value) {
  const id = 'fact-' + field.key;
  const text = value === undefined || value === null ? '' : String(value);
  const common = { id, name: field.key, autocomplete: 'off', required: field.required,
    'aria-required': field.required ? 'true' : null };
  switch (field.kind) {
    case 'YES_NO':
      return el('input', { type: 'checkbox', id, name: field.key, checked: text === 'true' });
    case 'CHOICE': {
      const select = el('select', common, tx('option', '请选择', 'choose', { value: '' }),
        field.choices.map(choice => {
          const label = bilingual(choice.label);
          return tx('option', label.zh, label.en, { value: choice.value });
        }));
      select.value = text;
      return select;
    }
    case 'LONG_TEXT':
      return Object.assign(el('textarea', Object.assign({ rows: '3', maxlength: String(field.maxLength) }, common)),
        { value: text });
    case 'INTEGER':
    case 'NUMBER':
    case 'MONEY':
      return el('input', Object.assign(limitAttrs(field), common, { value: text }));
    case 'DATE':
      return el('input', Object.assign({ type: 'date' }, common, { value: text }));
    case 'PHONE':
      return el('input', Object.assign({ type: 'tel', inputmode: 'tel', maxlength: '20' }, common, { value: text }));
    case 'ID_NUMBER':
    case 'CREDIT_CODE':
      return el('input', Object.assign({ class: 'id-input', spellcheck: 'false', maxlength: '22' }, common,
        { value: text }));
    default:
      return el('input', Object.assign({ maxlength: String(field.maxLength) }, common, { value: text }));
  }
}

/** The field's value as the hall takes it: yes/no as "true"/"false", numbers as typed, codes upper case. */
function valueOf(field, node) {
  if (field.kind === 'YES_NO') return node.checked ? 'true' : 'false';
  const value = node.value.trim();
  return field.kind === 'ID_NUMBER' || field.kind === 'CREDIT_CODE' ? Identity.normalise(value) : value;
}

function between(field, number) {
  const min = field.min !== null && field.min !== undefined ? Number(field.min) : null;
  const max = field.max !== null && field.max !== undefined ? Number(field.max) : null;
  return (min === null || number >= min) && (max === null || number <= max);
}

/** What is wrong with a filled-in value, as [zh, en] worded from the label, or null (the hall's own rules). */
function problemOf(field, value) {
  const label = bilingual(field.label);
  const wrong = (zh, en) => [label.zh + zh, label.en + en];
  if (!value || field.kind === 'YES_NO') return null;
  if (value.length > field.maxLength) {
    return wrong('不能超过' + field.maxLength + '个字符', ' must be at most ' + field.maxLength + ' characters');
  }
  switch (field.kind) {
    case 'INTEGER':
      if (!INTEGER.test(value)) return wrong('须为整数', ' must be a whole number');
      break;
    case 'NUMBER':
    case 'MONEY':
      if (!DECIMAL.test(value)) return wrong('须为数字（如 12.5）', ' must be a number (e.g. 12.5)');
      break;
    case 'DATE':
      if (!DATE.test(value) || Number.isNaN(Date.parse(value + 'T00:00:00Z'))
          || new Date(value + 'T00:00:00Z').toISOString().slice(0, 10) !== value) {
        return wrong('须为有效日期', ' must be a valid date');
      }
      return null;
    case 'ID_NUMBER': {
      const found = Identity.checkIdCard(value);
      return found.state === 'ok' ? null : [label.zh + '：' + found.zh, label.en + ': ' + found.en];
    }
    case 'CREDIT_CODE': {
      const found = Identity.checkCreditCode(value);
      return found.state === 'ok' ? null : [label.zh + '：' + found.zh, label.en + ': ' + found.en];
    }
    case 'PHONE':
      return Identity.isValidPhone(value) ? null
        : wrong('须为11位手机号或带区号的固定电话', ' must be a mobile or a fixed-line number with area code');
    default:
      return null;
  }
  if (!between(field, Number(value))) {
    const range = rangeText(field);
    return wrong('须为 ' + range.zh, ' must be ' + range.en);
  }
  return null;
}

/**
 * The form of the items applied for. options: values known already (a supplement starts from the case's facts),
 * highlight: keys a notice asks about. Returns {element, values(): the asked fields' values, check(): the first
 * input holding a wrong value (each marked) or null, errorFor(key): a field's error line}.
 */
export function formEditor(items, options) {
  const opts = options || {};
  const known = opts.values || {};
  const highlight = new Set(opts.highlight || []);
  const fields = formFields(items);
  const parts = new Map();

  function current() {
    const values = {};
    parts.forEach((part, key) => { values[key] = valueOf(part.field, part.input); });
    return values;
  }

  function showAsked() {
    const values = current();
    parts.forEach(part => { part.wrap.hidden = !isAsked(part.field, fields, values); });
  }

  /** The as-you-type line of an ID number or a credit code, as the applicant's own number has. */
  function hintIdentity(part) {
    const value = part.input.value;
    const found = part.field.kind === 'ID_NUMBER' ? Identity.checkIdCard(Identity.normalise(value))
      : Identity.checkCreditCode(Identity.normalise(value));
    setText(part.hint, found.zh, found.en);
    part.hint.className = 'id-hint id-' + found.state;
    part.hint.dataset.state = found.state;
  }

  const nodes = fields.map(field => {
    const node = input(field, known[field.key]);
    const error = el('div', { class: 'field-error', id: 'fact-' + field.key + '-error', 'aria-live': 'polite' });
    const help = bilingual(field.help);
    const unit = ['INTEGER', 'NUMBER', 'MONEY'].includes(field.kind) ? rangeText(field) : null;
    const hint = ['ID_NUMBER', 'CREDIT_CODE'].includes(field.kind)
      ? el('div', { class: 'id-hint', id: 'fact-' + field.key + '-hint', 'aria-live': 'polite' }) : null;
    const mark = field.required ? el('span', { class: 'required-mark', 'aria-hidden': 'true' }, ' *') : null;
    const label = coded(bilingual(field.label));
    const classes = 'field fact' + (highlight.has(field.key) ? ' wanted' : '') + (field.kind === 'YES_NO' ? ' flag' : '');
    const wrap = field.kind === 'YES_NO'
      ? el('div', { class: classes, 'data-key': field.key }, el('label', { for: node.id, class: 'fact-label' },
        label), ' ', node, help ? el('div', { class: 'field-hint' }, coded(help)) : null, error)
      : el('div', { class: classes, 'data-key': field.key },
        el('div', { class: 'fact-head' }, el('label', { for: node.id, class: 'fact-label' }, label), mark,
          unit ? el('span', { class: 'muted small fact-unit' }, ' （', coded(unit), '）') : null),
        node, hint, help ? el('div', { class: 'field-hint' }, coded(help)) : null, error);
    const part = { field, input: node, wrap, error, hint };
    parts.set(field.key, part);
    node.addEventListener(field.kind === 'YES_NO' || field.kind === 'CHOICE' ? 'change' : 'input', () => {
      fieldError(node, error);
      if (hint) hintIdentity(part);
      showAsked();
    });
    if (hint && node.value) hintIdentity(part);
    return wrap;
  });
  showAsked();

  const element = el('div', { class: 'facts' }, nodes.length ? nodes
    : el('p', { class: 'muted' }, bi('该事项无需填写申请信息', 'This item has no form to fill in')),
  fields.some(field => field.required)
    ? el('p', { class: 'muted small' }, bi('* 为必填项；未填写的必填项将列入一次性告知书。',
      '* required; any left empty are listed in the one-time notice.')) : null);
  return {
    element,
    values: () => {
      const values = current();
      const out = {};
      fields.forEach(field => {
        if (isAsked(field, fields, values) && values[field.key] !== '') out[field.key] = values[field.key];
      });
      return out;
    },
    check: () => {
      const values = current();
      let first = null;
      parts.forEach(part => {
        const asked = isAsked(part.field, fields, values);
        const problem = asked ? problemOf(part.field, values[part.field.key]) : null;
        if (problem && part.hint) {
          // The number's own line under it already says what is wrong, as it did while typing.
          part.input.setAttribute('aria-invalid', 'true');
          hintIdentity(part);
        } else {
          fieldError(part.input, part.error, problem ? problem[0] : '', problem ? problem[1] : '');
        }
        if (problem && !first) first = part.input;
      });
      return first;
    },
    errorFor: key => (parts.has(key) ? parts.get(key).error : null),
  };
}
