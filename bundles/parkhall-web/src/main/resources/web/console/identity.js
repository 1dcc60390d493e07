/*
 * The applicant's numbers, checked while the clerk types, by the same rules the hall checks them
 * (org.parkhall.spi.IdentityNumbers): the citizen ID number (GB 11643, 18 digits, check character 0-9 or X) and
 * the unified social credit code (GB 32100, 18 characters without I, O, Z, S, V). Catching a typo at the window
 * saves the applicant a wasted case number.
 */
'use strict';

const Identity = (() => {
  const ID_WEIGHTS = [7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2];
  const ID_CHECK = '10X98765432';
  const USCC_ALPHABET = '0123456789ABCDEFGHJKLMNPQRTUWXY';
  const USCC_WEIGHTS = [1, 3, 9, 27, 19, 26, 16, 17, 20, 29, 25, 13, 8, 24, 10, 30, 28];
  const PHONE = /^(1[3-9]\d{9}|0\d{9,11})$/;

  /** What the hall stores: no spaces, upper case (a typed x is the check character X). */
  function normalise(value) {
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

  function isValidIdCard(number) {
    return /^[1-9]\d{16}[\dX]$/.test(number) && number[17] === idCardCheck(number.slice(0, 17));
  }

  function isValidCreditCode(code) {
    return /^[0-9A-HJ-NPQRTUWXY]{2}\d{6}[0-9A-HJ-NPQRTUWXY]{10}$/.test(code)
      && code[17] === creditCodeCheck(code.slice(0, 17));
  }

  /** The birth date an ID number carries, as YYYY-MM-DD, or '' when it is no real date. */
  function birthDate(number) {
    const text = number.slice(6, 14);
    const date = new Date(Date.UTC(Number(text.slice(0, 4)), Number(text.slice(4, 6)) - 1, Number(text.slice(6, 8))));
    const iso = date.toISOString().slice(0, 10);
    return iso.replace(/-/g, '') === text ? iso : '';
  }

  function result(state, zh, en) {
    return { state, zh, en };
  }

  /** Checks a citizen ID number as typed so far. */
  function checkIdCard(number) {
    if (!number) return result('empty', '请输入18位公民身份号码', 'Enter the 18-digit citizen ID number');
    const bad = number.search(/[^\dX]/);
    if (bad >= 0) return result('error', '第' + (bad + 1) + '位“' + number[bad] + '”无效：只能是数字，最后一位可为X',
      'Character ' + (bad + 1) + ' is not allowed: digits only, the last may be X');
    const x = number.indexOf('X');
    if (x >= 0 && x < 17) return result('error', 'X只能出现在第18位', 'X can only be the 18th character');
    if (number[0] === '0') return result('error', '第1位不能为0', 'The first digit cannot be 0');
    if (number.length < 18) {
      return result('typing', '已输入' + number.length + '/18位', number.length + ' of 18 characters');
    }
    if (number.length > 18) return result('error', '超过18位，请核对', 'More than 18 characters');
    if (!isValidIdCard(number)) {
      return result('error', '校验位（第18位）不正确，请逐位核对号码', 'The check character (18th) is wrong: check every digit');
    }
    const born = birthDate(number);
    if (!born) return result('warn', '校验位正确，但出生日期无效，请核对证件', 'Check digit right, but no valid birth date: check the card');
    return result('ok', '✓ 号码有效（出生日期 ' + born + '）', '✓ Valid number (born ' + born + ')');
  }

  /** Checks a unified social credit code as typed so far. */
  function checkCreditCode(code) {
    if (!code) return result('empty', '请输入18位统一社会信用代码', 'Enter the 18-character unified social credit code');
    const bad = code.search(/[^0-9A-HJ-NPQRTUWXY]/);
    if (bad >= 0) return result('error', '第' + (bad + 1) + '位“' + code[bad] + '”无效：不使用字母I、O、Z、S、V及其他符号',
      'Character ' + (bad + 1) + ' is not allowed: codes never use I, O, Z, S, V or symbols');
    const region = code.slice(2, 8).search(/\D/);
    if (region >= 0) return result('error', '第3至8位为行政区划码，须为数字（第' + (region + 3) + '位不是）',
      'Characters 3 to 8 are the region code and must be digits (character ' + (region + 3) + ' is not)');
    if (code.length < 18) return result('typing', '已输入' + code.length + '/18位', code.length + ' of 18 characters');
    if (code.length > 18) return result('error', '超过18位，请核对', 'More than 18 characters');
    if (!isValidCreditCode(code)) {
      return result('error', '校验码（第18位）不正确，请逐位核对代码', 'The check character (18th) is wrong: check every character');
    }
    return result('ok', '✓ 代码有效', '✓ Valid code');
  }

  /**
   * Checks the number for the applicant kind (PERSON or ENTERPRISE). A valid number of the other kind says so:
   * the commonest slip at the window is the kind left at its default.
   */
  function check(kind, value) {
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
  function isValidPhone(value) {
    return PHONE.test(String(value || '').replace(/[\s-]/g, ''));
  }

  function mask(value, head, tail) {
    const text = String(value || '');
    if (text.length <= head + tail) return '*'.repeat(text.length);
    return text.slice(0, head) + '*'.repeat(text.length - head - tail) + text.slice(text.length - tail);
  }

  return {
    normalise, check, isValidIdCard, isValidCreditCode, isValidPhone,
    maskId: value => mask(value, 4, 4),
    maskPhone: value => mask(value, 3, 4),
  };
})();

if (typeof module !== 'undefined') module.exports = Identity;
