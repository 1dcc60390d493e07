/*
 * The applicant's numbers, checked while the clerk types, by the same rules the hall checks them
 * (org.parkhall.spi.IdentityNumbers): the citizen ID number (GB 11643: 18 digits, check character 0-9 or X, a
 * province-level region code of GB/T 2260 and a real birth date from 1900 to today) and the unified social credit
 * code (GB 32100: 18 characters without I, O, Z, S, V, a registration authority and organisation category the
 * standard assigns, and the embedded GB 11714 organisation code with its own check character). Catching a typo at
 * the window saves the applicant a wasted case number.
 */
import { today } from '/assets/hall.js';

const ID_WEIGHTS = [7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2];
const ID_CHECK = '10X98765432';
/** 11-15 north, 21-23 north-east, 31-37 east, 41-46 south-central, 50-54 south-west, 61-65 north-west, 71 Taiwan, 81-83 Hong Kong, Macao and residence permits. */
const PROVINCE = /^(1[1-5]|2[1-3]|3[1-7]|4[1-6]|5[0-4]|6[1-5]|71|8[1-3])$/;
const USCC_ALPHABET = '0123456789ABCDEFGHJKLMNPQRTUWXY';
const USCC_WEIGHTS = [1, 3, 9, 27, 19, 26, 16, 17, 20, 29, 25, 13, 8, 24, 10, 30, 28];
/**
 * GB 32100-2015 appendix A: the registration authority (1st character) and the organisation categories (2nd) it
 * registers: 1 机构编制, 2 外交, 3 司法行政, 4 文化, 5 民政, 6 旅游, 7 宗教, 8 工会, 9 市场监管, A 军队编制, N 农业农村, Y 其他.
 */
const USCC_CATEGORIES = { 1: '1239', 2: '19', 3: '123459', 4: '19', 5: '1239', 6: '129', 7: '129', 8: '19', 9: '123',
A: '19', N: '1239', Y: '1' };
const ORG_CODE_WEIGHTS = [3, 7, 9, 10, 5, 8, 4, 2];
const PHONE = /^(1[3-9]\d{9}|0\d{9,11})$/;

/** What the hall stores: no spaces, upper case (a typed x is the check character X). */
export function normalise(value) {
  return String(value || '').replace(/\s+/g, '').toUpperCase();
}

function idCardCheck(first17) {
  let sum = 0;
  for (let i = 0; i < 17; i++) sum += Number(first17[i]) * ID_WEIGHTS[i];
  return ID_CHECK[sum % 11];
}

function creditCodeCheck(first17) {
  let sum = 0;
  for (let i = 0; i < 17; i++) sum += USCC_ALPHABET.indexOf(first17[i]) * USCC_WEIGHTS[i];
  return USCC_ALPHABET[(31 - (sum % 31)) % 31];
}

/** GB 11714: the check character of an organisation code's first eight characters (letters count 10-35). */
function organisationCodeCheck(first8) {
  let sum = 0;
  for (let i = 0; i < 8; i++) sum += parseInt(first8[i], 36) * ORG_CODE_WEIGHTS[i];
  const check = 11 - (sum % 11);
  return check === 10 ? 'X' : check === 11 ? '0' : String(check);
}

/**
 * Whether the region code is plausible: a province-level code; a mainland number names its county below it,
 * while residence permits of Taiwan, Hong Kong and Macao residents carry the region-wide code (710000, 810000 …).
 */
function plausibleRegion(region) {
  if (!PROVINCE.test(region.slice(0, 2))) return false;
  return (region[0] === '7' || region[0] === '8') === region.endsWith('0000');
}

/** The birth date an ID number carries, as YYYY-MM-DD, or '' when it is no real date from 1900 to today. */
function birthDate(number) {
  const text = number.slice(6, 14);
  const date = new Date(Date.UTC(Number(text.slice(0, 4)), Number(text.slice(4, 6)) - 1, Number(text.slice(6, 8))));
  if (Number.isNaN(date.getTime())) return '';
  const iso = date.toISOString().slice(0, 10);
  return iso.replace(/-/g, '') === text && iso >= '1900-01-01' && iso <= today() ? iso : '';
}

export function isValidIdCard(number) {
  return /^[1-9]\d{16}[\dX]$/.test(number) && plausibleRegion(number.slice(0, 6)) && birthDate(number) !== ''
    && number[17] === idCardCheck(number.slice(0, 17));
}

/** Whether the 1st and 2nd characters are a registration authority and an organisation category it registers. */
function knownCategory(code) {
  const categories = USCC_CATEGORIES[code[0]];
  return Boolean(categories) && code.length > 1 && categories.includes(code[1]);
}

export function isValidCreditCode(code) {
  return /^[0-9A-HJ-NPQRTUWXY]{2}\d{6}[0-9A-HJ-NPQRTUWXY]{10}$/.test(code) && knownCategory(code)
    && code[16] === organisationCodeCheck(code.slice(8, 16)) && code[17] === creditCodeCheck(code.slice(0, 17));
}

function result(state, zh, en) {
  return { state, zh, en };
}

/** Checks a citizen ID number as typed so far. */
export function checkIdCard(number) {
  if (!number) return result('empty', '请输入18位公民身份号码', 'Enter the 18-digit citizen ID number');
  const bad = number.search(/[^\dX]/);
  if (bad >= 0) return result('error', '第' + (bad + 1) + '位“' + number[bad] + '”无效：只能是数字，最后一位可为X',
    'Character ' + (bad + 1) + ' is not allowed: digits only, the last may be X');
  const x = number.indexOf('X');
  if (x >= 0 && x < 17) return result('error', 'X只能出现在第18位', 'X can only be the 18th character');
  if (number[0] === '0') return result('error', '第1位不能为0', 'The first digit cannot be 0');
  if (number.length >= 2 && !PROVINCE.test(number.slice(0, 2))) {
    return result('error', '前两位“' + number.slice(0, 2) + '”不是省级行政区划代码', 'The first two digits “'
      + number.slice(0, 2) + '” are no province code');
  }
  if (number.length < 18) {
    return result('typing', '已输入' + number.length + '/18位', number.length + ' of 18 characters');
  }
  if (number.length > 18) return result('error', '超过18位，请核对', 'More than 18 characters');
  if (!plausibleRegion(number.slice(0, 6))) {
    return result('error', '前6位不是有效的地区码，请核对证件', 'The first six digits are no valid region code: check the card');
  }
  const born = birthDate(number);
  if (!born) {
    return result('error', '第7至14位不是有效的出生日期（1900年至今），请核对证件',
      'Digits 7 to 14 are no real birth date (1900 to today): check the card');
  }
  if (number[17] !== idCardCheck(number.slice(0, 17))) {
    return result('error', '校验位（第18位）不正确，请逐位核对号码', 'The check character (18th) is wrong: check every digit');
  }
  return result('ok', '✓ 号码有效（出生日期 ' + born + '）', '✓ Valid number (born ' + born + ')');
}

/** Checks a unified social credit code as typed so far. */
export function checkCreditCode(code) {
  if (!code) return result('empty', '请输入18位统一社会信用代码', 'Enter the 18-character unified social credit code');
  const bad = code.search(/[^0-9A-HJ-NPQRTUWXY]/);
  if (bad >= 0) return result('error', '第' + (bad + 1) + '位“' + code[bad] + '”无效：不使用字母I、O、Z、S、V及其他符号',
    'Character ' + (bad + 1) + ' is not allowed: codes never use I, O, Z, S, V or symbols');
  if (!USCC_CATEGORIES[code[0]]) {
    return result('error', '第1位“' + code[0] + '”不是登记管理部门代码', 'The first character “' + code[0]
      + '” is no registration authority');
  }
  if (code.length > 1 && !knownCategory(code)) {
    return result('error', '第2位“' + code[1] + '”不是该登记管理部门的机构类别', 'The second character “' + code[1]
      + '” is no organisation category of that authority');
  }
  const region = code.slice(2, 8).search(/\D/);
  if (region >= 0) return result('error', '第3至8位为行政区划码，须为数字（第' + (region + 3) + '位不是）',
    'Characters 3 to 8 are the region code and must be digits (character ' + (region + 3) + ' is not)');
  if (code.length < 18) return result('typing', '已输入' + code.length + '/18位', code.length + ' of 18 characters');
  if (code.length > 18) return result('error', '超过18位，请核对', 'More than 18 characters');
  if (code[16] !== organisationCodeCheck(code.slice(8, 16))) {
    return result('error', '第9至17位的组织机构代码校验位（第17位）不正确，请逐位核对',
      'The organisation code in characters 9 to 17 has a wrong check character (17th): check every character');
  }
  if (code[17] !== creditCodeCheck(code.slice(0, 17))) {
    return result('error', '校验码（第18位）不正确，请逐位核对代码', 'The check character (18th) is wrong: check every character');
  }
  return result('ok', '✓ 代码有效', '✓ Valid code');
}

/**
 * Checks the number for the applicant kind (PERSON or ENTERPRISE). A valid number of the other kind says so:
 * the commonest slip at the window is the kind left at its default.
 */
export function check(kind, value) {
  const number = normalise(value);
  const found = kind === 'ENTERPRISE' ? checkCreditCode(number) : checkIdCard(number);
  if (found.state === 'error' && number.length === 18) {
    if (kind === 'ENTERPRISE' && isValidIdCard(number)) {
      return result('error', '这是公民身份号码：请把申请人类型改为“自然人”', 'This is a citizen ID number: set the applicant kind to person');
    }
    if (kind !== 'ENTERPRISE' && isValidCreditCode(number)) {
      return result('error', '这是统一社会信用代码：请把申请人类型改为“企业”', 'This is a credit code: set the applicant kind to enterprise');
    }
  }
  return found;
}

/** Whether a contact phone is what the hall accepts: a mainland mobile, or a fixed line with its area code. */
export function isValidPhone(value) {
  return PHONE.test(String(value || '').replace(/[\s-]/g, ''));
}

function mask(value, head, tail) {
  const text = String(value || '');
  if (text.length <= head + tail) return '*'.repeat(text.length);
  return text.slice(0, head) + '*'.repeat(text.length - head - tail) + text.slice(text.length - tail);
}

export const maskId = value => mask(value, 4, 4);
export const maskPhone = value => mask(value, 3, 4);
