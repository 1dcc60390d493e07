/*
 * The working-day calendar tab (工作日历): a year's months with holidays and swapped working days as loaded from
 * the State Council's arrangement; shown only when the hall answers /api/v1/calendar.
 */
import * as Hall from '/assets/hall.js';
import { el, fill, tx, bi, fieldError, button, today as hallToday, titled } from '../dom.js';
import { optional } from '../api.js';
import { pad, thisYear, legend, tile } from './charts.js';

const MONTHS_EN = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October',
  'November', 'December'];
const WEEK = [['一', 'Mo'], ['二', 'Tu'], ['三', 'We'], ['四', 'Th'], ['五', 'Fr'], ['六', 'Sa'], ['日', 'Su']];

const ui = {};

function calendarYear() {
  const text = ui.calendarYear.value.trim();
  return /^\d{4}$/.test(text) ? Number(text) : null;
}

function stepYear(delta, redraw) {
  ui.calendarYear.value = String((calendarYear() || thisYear()) + delta);
  redraw();
}

function month(year, index, holidays, swapped, today) {
  const days = new Date(Date.UTC(year, index + 1, 0)).getUTCDate();
  const lead = (new Date(Date.UTC(year, index, 1)).getUTCDay() + 6) % 7;
  const cells = [];
  let working = 0;
  for (let i = 0; i < lead; i++) cells.push(el('td', { class: 'cal-blank' }));
  for (let day = 1; day <= days; day++) {
    const iso = year + '-' + pad(index + 1) + '-' + pad(day);
    const weekend = (lead + day - 1) % 7 >= 5;
    const classes = ['day'];
    let tip = null;
    if (holidays.has(iso)) {
      classes.push('cal-holiday');
      tip = ['法定节假日（休息）', 'public holiday (hall closed)'];
    } else if (swapped.has(iso)) {
      classes.push('cal-swapped');
      tip = ['调休上班', 'weekend working day (swapped)'];
    } else if (weekend) {
      classes.push('cal-weekend');
    }
    if ((!weekend && !holidays.has(iso)) || swapped.has(iso)) working++;
    if (iso === today) classes.push('cal-today');
    const cell = el('td', { class: classes.join(' '), 'data-date': iso }, String(day));
    if (tip) titled(cell, iso + ' ' + tip[0], iso + ' ' + tip[1]);
    cells.push(cell);
  }
  while (cells.length % 7) cells.push(el('td', { class: 'cal-blank' }));
  const weeks = [];
  for (let i = 0; i < cells.length; i += 7) weeks.push(el('tr', null, cells.slice(i, i + 7)));
  return el('div', { class: 'cal-month', id: 'calendar-month-' + (index + 1) },
    el('table', { class: 'cal' },
      el('caption', null, tx('span', (index + 1) + '月', MONTHS_EN[index], { class: 'cal-name' }), ' ',
        bi(working + '个工作日', working + ' working days', { class: 'cal-count' })),
      el('thead', null, el('tr', null, WEEK.map(([zh, en], i) =>
        tx('th', zh, en, { scope: 'col', class: i >= 5 ? 'cal-weekend-head' : '' })))),
      el('tbody', null, weeks)));
}

async function calendar(box) {
  const year = calendarYear();
  if (!year) {
    fieldError(ui.calendarYear, ui.calendarYearError, '请输入四位年份', 'Enter a four-digit year');
    fill(box);
    return undefined;
  }
  fieldError(ui.calendarYear, ui.calendarYearError);
  let answer;
  try {
    answer = await optional('/api/v1/calendar?year=' + year);
  } catch (error) {
    if (error instanceof Hall.ApiError && error.status === 400) {
      fieldError(ui.calendarYear, ui.calendarYearError, error.zh, error.en);
      fill(box);
      return undefined;
    }
    throw error;
  }
  if (answer === null) return false;
  const holidays = new Set(answer.holidays || []);
  const swapped = new Set(answer.swappedWorkdays || []);
  const today = hallToday();
  let status;
  if (!answer.arranged) {
    status = bi('未载入该年安排：仅按周末计算', 'No arrangement loaded for this year: weekends only',
      { class: 'badge badge-warn', id: 'calendar-status' });
  } else if (answer.provisional) {
    status = bi('暂定：仅含法定节假日，待国务院通知发布后替换',
      'Provisional: statutory holidays only, to be replaced once the State Council notice is out',
      { class: 'badge badge-warn', id: 'calendar-status' });
  } else {
    status = bi('已载入国务院放假安排', 'State Council arrangement loaded', { class: 'badge badge-ok', id: 'calendar-status' });
  }
  const months = [];
  for (let index = 0; index < 12; index++) months.push(month(answer.year || year, index, holidays, swapped, today));
  fill(box,
    el('div', { class: 'cal-head' }, el('h3', null, bi(answer.year + ' 年工作日历', 'Working calendar ' + answer.year)), status),
    el('div', { class: 'tiles cal-tiles' },
      tile('全年工作日', 'Working days', answer.workingDays, '', 'calendar-working-days'),
      tile('节假日休息（工作日）', 'Holidays on weekdays', holidays.size, '', 'calendar-holidays'),
      tile('调休上班（周末）', 'Weekends worked', swapped.size, '', 'calendar-swapped')),
    legend([['cal-work', '工作日', 'working day'], ['cal-weekend', '周末休息', 'weekend'],
      ['cal-holiday', '节假日休息', 'holiday (closed)'], ['cal-swapped', '调休上班', 'weekend worked'],
      ['cal-today', '今天', 'today']], 'calendar-legend'),
    el('div', { class: 'cal-months', id: 'calendar-grid' }, months));
  return undefined;
}

/** The year picker above the months. */
function controls(redraw) {
  ui.calendarYear = el('input', { type: 'number', id: 'calendar-year', min: '1900', max: '2999', step: '1',
    inputmode: 'numeric', value: String(thisYear()) });
  ui.calendarYear.addEventListener('change', redraw);
  ui.calendarYearError = el('div', { class: 'field-error', id: 'calendar-year-error', 'aria-live': 'polite' });
  const previous = button('‹ 上一年', '‹ Previous year', { id: 'calendar-prev', class: 'secondary small' });
  const following = button('下一年 ›', 'Next year ›', { id: 'calendar-next', class: 'secondary small' });
  const current = button('今年', 'This year', { id: 'calendar-this-year', class: 'link small' });
  previous.addEventListener('click', () => stepYear(-1, redraw));
  following.addEventListener('click', () => stepYear(1, redraw));
  current.addEventListener('click', () => {
    ui.calendarYear.value = String(thisYear());
    redraw();
  });
  return el('div', { class: 'year-picker' }, previous, tx('label', '年份', 'Year', { for: 'calendar-year' }),
    ui.calendarYear, following, current, ui.calendarYearError);
}

export default {
  name: 'calendar', zh: '工作日历', en: 'Calendar', probe: () => '/api/v1/calendar?year=' + thisYear(),
  draw: calendar, controls,
};
