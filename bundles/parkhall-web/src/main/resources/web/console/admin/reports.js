/*
 * The reports tab (月报、季报): a month (2026-11) or quarter (2026-Q4) of one site or the county, the tables per
 * counter, staff member, item and department, and the same report as CSV for Excel. The period is checked here as
 * the server checks it, so a wrong one never downloads an error.
 */
import { el, fill, tx, bi, coded, field, fieldError, table, today } from '../dom.js';
import { api, catalog, departmentName } from '../api.js';
import { minutes, percent } from './charts.js';

const PERIOD = /^\d{4}-(0[1-9]|1[0-2]|Q[1-4])$/;
let period = null;
let site = null;

/** A count, or '—' where the row has no such figure (null from the server). */
const count = value => value === null || value === undefined ? null : String(value);
const pair = (open, overdue) => open === null || open === undefined ? null : open + ' / ' + overdue;

const COLUMNS = [
  ['办结取号', 'Served', line => count(line.served), 'num'],
  ['平均等候(分)', 'Avg wait (min)', line => line.averageWait === null ? null : minutes(line.averageWait), 'num'],
  ['P90等候', 'P90 wait', line => line.p90Wait === null ? null : minutes(line.p90Wait), 'num'],
  ['受理', 'Accepted', line => count(line.accepted), 'num'],
  ['办结', 'Decided', line => count(line.decided), 'num'],
  ['按时率', 'On time', line => line.onTime === null || !line.decided ? null : percent(line.onTime), 'num'],
  ['评价', 'Ratings', line => count(line.ratings), 'num'],
  ['满意率', 'Satisfaction', line => line.satisfaction === null || !line.ratings ? null : percent(line.satisfaction), 'num'],
  ['差评', 'Bad', line => count(line.badRatings), 'num'],
  ['在办/超期办件', 'Cases open/overdue', line => pair(line.openCases, line.overdueCases), 'num'],
  ['在办/超期记录', 'Records open/overdue', line => pair(line.openRecords, line.overdueRecords), 'num'],
  ['在办/超期整改', 'Rectifications open/overdue', line => pair(line.openRectifications, line.overdueRectifications), 'num'],
];

function section(zh, en, id, lines, name) {
  return [tx('h4', zh, en), el('div', { id }, table([['对象', 'Of', line => name(line.key)]].concat(COLUMNS), lines,
    null, '暂无数据', 'no data'))];
}

/** The query of the chosen period and site, or null (with the field marked) when the period is no month or quarter. */
function query() {
  const value = period.input.value.trim().toUpperCase();
  fieldError(period.input, period.error, '');
  if (!PERIOD.test(value)) {
    fieldError(period.input, period.error, '请填写月份 YYYY-MM 或季度 YYYY-Qn', 'Give a month YYYY-MM or a quarter YYYY-Qn');
    return null;
  }
  const params = { period: value };
  if (site.input.value.trim()) params.site = site.input.value.trim();
  return new URLSearchParams(params);
}

async function reports(box) {
  const params = query();
  if (!params) {
    fill(box, el('p', { class: 'muted' }, bi('请填写报表期', 'Choose the period')));
    return;
  }
  const [report] = await Promise.all([api('GET', '/api/v1/reports?' + params), catalog().catch(() => null)]);
  const download = tx('a', '下载 CSV（Excel）', 'Download CSV (Excel)', { id: 'report-download', class: 'button',
    download: '', href: '/api/v1/reports/export?' + params });
  fill(box,
    el('p', { class: 'muted small', id: 'report-period' },
      bi('报表期：', 'Period: '), report.period.code + ' (' + report.period.first + ' – ' + report.period.last + ')',
      bi('，工作日 ', ', working days '), String(report.workingDays), bi('，在办与超期截至 ', '; open and overdue as of '),
      report.asOf, ' · ', report.site ? report.site : bi('全旗', 'the county')),
    el('div', { class: 'btn-row' }, download),
    ...section('全厅', 'Whole hall', 'report-hall', [report.hall], () => bi('全厅', 'whole hall')),
    ...section('按窗口', 'By counter', 'report-counters', report.counters, key => bi(key + '号窗口', 'counter ' + key)),
    ...section('按人员', 'By staff member', 'report-staff', report.staff, key => key),
    ...section('按事项', 'By item', 'report-items', report.items, key => key),
    ...section('按部门', 'By department', 'report-departments', report.departments,
      key => key === 'hall' ? bi('大厅（未产生办件）', 'the hall (no case)') : coded(departmentName(key))));
}

export default {
  name: 'reports', zh: '报表', en: 'Reports', draw: reports,
  controls(redraw) {
    period = field('report-period-input', '报表期（月 YYYY-MM / 季 YYYY-Qn）', 'Period (month YYYY-MM / quarter YYYY-Qn)',
      el('input', { type: 'text', value: today().slice(0, 7), maxlength: '7', autocomplete: 'off' }));
    site = field('report-site', '站点代码（空为全旗）', 'Site code (empty: the county)',
      el('input', { type: 'text', maxlength: '4', autocomplete: 'off' }));
    [period, site].forEach(part => part.input.addEventListener('change', redraw));
    return el('div', { class: 'row-fields' }, period.wrap, site.wrap);
  },
};
