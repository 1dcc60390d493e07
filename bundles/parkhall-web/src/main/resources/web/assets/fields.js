/*
 * An item's form as its department declares it (guide.fields of GET /api/v1/items/{code}): which fields are asked,
 * how a value reads, and whose label a problem's subject is. The pages know no department's form; every label,
 * choice, unit and limit comes from the item.
 */

const KINDS = {
  TEXT: ['文字', 'text'],
  LONG_TEXT: ['文字（可多行）', 'text (several lines)'],
  INTEGER: ['整数', 'whole number'],
  NUMBER: ['数字', 'number'],
  MONEY: ['金额', 'amount'],
  DATE: ['日期', 'date'],
  CHOICE: ['选择一项', 'one of the choices'],
  YES_NO: ['是 / 否', 'yes / no'],
  ID_NUMBER: ['公民身份号码', 'citizen ID number'],
  CREDIT_CODE: ['统一社会信用代码', 'unified social credit code'],
  PHONE: ['电话号码', 'phone number'],
};
const YES = { zh: '是', en: 'yes' };
const NO = { zh: '否', en: 'no' };

/** A text the hall sent as {zh, en} (or a plain string) as {zh, en}; null when there is none. */
export function bilingual(value) {
  if (value === undefined || value === null || value === '') return null;
  if (typeof value !== 'object') return { zh: String(value), en: String(value) };
  if (!value.zh && !value.en) return null;
  return { zh: value.zh || value.en, en: value.en || value.zh };
}

/** The fields of an item, in display order. */
export function fieldsOf(item) {
  return (item && item.guide && item.guide.fields) || [];
}

/** What a field's kind asks for, as {zh, en}. */
export function kindName(field) {
  const name = KINDS[field.kind] || KINDS.TEXT;
  return { zh: name[0], en: name[1] };
}

/** Whether a field is asked, given the values so far: its shownWhen condition (and that field's own) holds. */
export function isAsked(field, fields, values) {
  const seen = new Set();
  let current = field;
  while (current && current.shownWhen) {
    if (seen.has(current.key)) return false;
    seen.add(current.key);
    const { key, value } = current.shownWhen;
    if (values[key] !== value) return false;
    current = fields.find(other => other.key === key);
  }
  return true;
}

/** The field's condition as text ("only when 工时制度 is 综合计算工时工作制"), or null when always asked. */
export function conditionText(field, fields) {
  if (!field.shownWhen) return null;
  const other = fields.find(candidate => candidate.key === field.shownWhen.key);
  if (!other) return null;
  const label = bilingual(other.label);
  const value = valueText(other, field.shownWhen.value);
  return { zh: '仅当“' + label.zh + '”为“' + value.zh + '”时填写', en: 'only when “' + label.en + '” is “' + value.en + '”' };
}

/** The allowed range and unit of a number field as text ("1–50 万元"), or null. */
export function rangeText(field) {
  const unit = bilingual(field.unit);
  const min = field.min !== null && field.min !== undefined ? field.min : null;
  const max = field.max !== null && field.max !== undefined ? field.max : null;
  if (min === null && max === null) return unit;
  const zh = min !== null && max !== null ? min + '–' + max : min !== null ? '不少于 ' + min : '不超过 ' + max;
  const en = min !== null && max !== null ? min + '–' + max : min !== null ? 'at least ' + min : 'at most ' + max;
  return { zh: zh + (unit ? ' ' + unit.zh : ''), en: en + (unit ? ' ' + unit.en : '') };
}

/** A stored value as a person reads it: yes/no, a choice by its label, a number with its unit. */
export function valueText(field, value) {
  if (value === undefined || value === null || value === '') return { zh: '—', en: '—' };
  if (!field) return { zh: String(value), en: String(value) };
  if (field.kind === 'YES_NO') return value === 'true' ? YES : NO;
  if (field.kind === 'CHOICE') {
    const choice = (field.choices || []).find(entry => entry.value === value);
    return choice ? bilingual(choice.label) : { zh: String(value), en: String(value) };
  }
  const unit = bilingual(field.unit);
  return unit ? { zh: value + ' ' + unit.zh, en: value + ' ' + unit.en } : { zh: String(value), en: String(value) };
}

/**
 * The declared name of what a problem or a stored value is about: a field's label or a material's name, from the
 * items of the application (in a 一件事 the subject may be ITEM/key). null when none of the items declares it.
 */
export function subjectName(items, subject) {
  const found = declared(items, subject);
  return found ? bilingual(found.field ? found.field.label : found.material.name) : null;
}

/** The field (or material) a subject names: {field} or {material}, or null. */
export function declared(items, subject) {
  const slash = String(subject).indexOf('/');
  const itemCode = slash > 0 ? subject.slice(0, slash) : null;
  const key = slash > 0 ? subject.slice(slash + 1) : subject;
  for (const item of items || []) {
    if (itemCode && item.code !== itemCode) continue;
    const field = fieldsOf(item).find(entry => entry.key === key);
    if (field) return { field };
    const material = ((item.guide && item.guide.materials) || []).find(entry => entry.code === key);
    if (material) return { material };
  }
  return null;
}
