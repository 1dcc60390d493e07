/*
 * Query codes (查询码) issued in this page, by case number, for the documents printed next: the hall keeps only
 * their digest, so they are gone when the page is left. Never put in the address bar.
 */
import { el, bi } from './dom.js';

export const queryCodes = new Map();

/**
 * The applicant's query code just issued for a case: remembered for the documents printed from this page (see
 * queryCodes) and shown once, to read out or copy onto the receipt.
 */
export function queryCode(number, code, id) {
  if (!code) return null;
  queryCodes.set(number, code);
  return el('p', { class: 'query-code' }, bi('查询码：', 'Query code: '), el('strong', { id }, code),
    el('span', { class: 'muted small' }, ' ', bi('（只显示这一次，已印在文书上；申请人凭办件编号和查询码查询进度）',
      '(shown this once and printed on the document; the applicant follows the case with its number and this code)')));
}
