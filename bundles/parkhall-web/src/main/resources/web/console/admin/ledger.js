/*
 * The ledger tab (工作台账): the newest entries, and the export of a range of days as CSV or JSON lines.
 */
import * as Hall from '/assets/hall.js';
import { el, fill, tx, coded, ledgerDetails, fieldError, field, table, today as hallToday } from '../dom.js';
import { api } from '../api.js';

async function ledger(box) {
  const events = (await api('GET', '/api/v1/ledger?limit=100')).events;
  fill(box, ledgerExport(), tx('h3', '最新 100 条', 'Newest 100 entries'), table([
    ['序号', '#', event => String(event.sequence)],
    ['时间', 'Time', event => Hall.time(event.time, true)],
    ['操作人', 'By', event => event.actor],
    ['事项', 'Action', event => coded(event.phrase)],
    ['对象', 'Subject', event => event.subject],
    ['详情', 'Details', ledgerDetails],
  ], events));
}

/**
 * The ledger export: a range of hall days downloaded as CSV (opens in Excel) or JSON lines. The link is a plain
 * same-site GET, so the browser streams the file to disk however long the month; the range is checked here
 * first, as the server does, so a wrong one never downloads an error.
 */
function ledgerExport() {
  const today = hallToday();
  const from = field('ledger-from', '起始日期', 'From', el('input', { type: 'date', value: today.slice(0, 8) + '01' }));
  const to = field('ledger-to', '截止日期', 'To', el('input', { type: 'date', value: today }));
  const format = field('ledger-format', '格式', 'Format', el('select', null,
    el('option', { value: 'csv' }, 'CSV (Excel)'), el('option', { value: 'jsonl' }, 'JSON lines')));
  const link = tx('a', '下载台账', 'Download the ledger', { id: 'ledger-download', class: 'button', download: '' });
  const update = () => {
    fieldError(from.input, from.error, '');
    fieldError(to.input, to.error, '');
    const days = (Date.parse(to.input.value) - Date.parse(from.input.value)) / 86400000;
    let problem = null;
    if (!from.input.value) problem = [from, '请选择起始日期', 'Choose the first day'];
    else if (!to.input.value) problem = [to, '请选择截止日期', 'Choose the last day'];
    else if (days < 0) problem = [to, '截止日期不能早于起始日期', 'The range ends before it starts'];
    else if (days >= 366) problem = [to, '一次最多导出 366 天，请分段导出', 'At most 366 days at once; export in parts'];
    if (problem) {
      fieldError(problem[0].input, problem[0].error, problem[1], problem[2]);
      link.removeAttribute('href');
      link.setAttribute('aria-disabled', 'true');
      return;
    }
    link.removeAttribute('aria-disabled');
    link.href = '/api/v1/ledger/export?' + new URLSearchParams({ from: from.input.value, to: to.input.value,
      format: format.input.value });
  };
  [from, to, format].forEach(part => part.input.addEventListener('change', update));
  update();
  return el('div', { class: 'panel', id: 'ledger-export' }, tx('h3', '导出台账', 'Export the ledger'),
    el('div', { class: 'row-fields' }, from.wrap, to.wrap, format.wrap), el('div', { class: 'btn-row' }, link));
}

export default { name: 'ledger', zh: '工作台账', en: 'Ledger', draw: ledger };
