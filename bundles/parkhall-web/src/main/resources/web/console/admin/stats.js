/*
 * The statistics tab (统计): a day's waits by hour, decisions on time, satisfaction, waits and calls within target
 * per queue, and the figures by hall, queue, counter, department and hour.
 */
import { el, fill, tx, bi, coded, table, today, render, titled } from '../dom.js';
import { api, catalog, departmentName } from '../api.js';
import { minutes, percent, pad, legend, bars, dayPicker } from './charts.js';

let dayInput = null;

const FIGURES = [
  ['取号', 'Issued', figure => String(figure.issued), 'num'],
  ['已办', 'Served', figure => String(figure.served), 'num'],
  ['过号', 'No-shows', figure => String(figure.noShows), 'num'],
  ['平均等候(分)', 'Avg wait (min)', figure => minutes(figure.averageWait), 'num'],
  ['P90等候', 'P90 wait', figure => minutes(figure.p90Wait), 'num'],
  ['平均办理(分)', 'Avg service (min)', figure => minutes(figure.averageService), 'num'],
  ['P90办理', 'P90 service', figure => minutes(figure.p90Service), 'num'],
  ['目标内叫号', 'Within target', figure => percent(figure.withinTarget), 'num'],
  ['评价数', 'Ratings', figure => String(figure.ratings), 'num'],
  ['满意率', 'Satisfaction', figure => figure.ratings ? percent(figure.satisfaction) : '—', 'num'],
];

/** The hour of arrival "09" as 09:00–10:00. */
const hourSpan = key => pad(Number(key)) + ':00–' + pad(Number(key) + 1) + ':00';

function figureName(group, key, queues) {
  if (group === 'hall') return bi('全厅', 'whole hall');
  if (group === 'queues') {
    const queue = queues.find(entry => entry.letter === key);
    return queue ? [key + ' ', coded(queue.name)] : key;
  }
  if (group === 'counters') return bi(key + '号窗口', 'counter ' + key);
  if (group === 'hours') return hourSpan(key);
  return coded(departmentName(key));
}

function figureTable(zh, en, group, list, queues, id) {
  return [tx('h4', zh, en), el('div', { id }, table([['对象', 'Of', figure => figureName(group, figure.key, queues)]]
    .concat(FIGURES), list, null, '暂无数据', 'no data'))];
}

/** Waits by hour of arrival as columns: P90 (light) behind the average (dark), tickets issued under each hour. */
function hoursChart(hours) {
  const byHour = new Map(hours.map(figure => [Number(figure.key), figure]));
  const keys = [...byHour.keys()].filter(Number.isFinite);
  const head = [tx('h4', '按到达时段的等候时间（分钟）', 'Waits by hour of arrival (minutes)'),
    legend([['sw-p90', 'P90等候', 'P90 wait'], ['sw-avg', '平均等候', 'average wait'],
      [null, '柱上为平均等候，柱下为取号数', 'average wait above each column, tickets issued below']])];
  if (!keys.length) {
    return el('div', { class: 'chart chart-wide', id: 'chart-hours' }, head,
      el('p', { class: 'muted' }, bi('暂无数据', 'no data')));
  }
  const top = Math.max(1, ...hours.map(figure => Math.max(figure.p90Wait || 0, figure.averageWait || 0)));
  const columns = [];
  for (let hour = Math.min(...keys); hour <= Math.max(...keys); hour++) {
    const figure = byHour.get(hour) || { key: pad(hour), issued: 0, averageWait: 0, p90Wait: 0 };
    const track = el('div', { class: 'col-track' });
    [figure.p90Wait, figure.averageWait].forEach((value, i) => {
      const bar = el('div', { class: 'col-fill bar-' + i });
      bar.style.height = Math.max(0, Math.min(100, ((value || 0) / top) * 100)) + '%';
      track.append(bar);
    });
    const column = el('div', { class: 'col', id: 'chart-hour-' + pad(hour) },
      el('div', { class: 'col-value' }, figure.issued ? minutes(figure.averageWait) : ''),
      track,
      el('div', { class: 'col-hour' }, pad(hour)),
      el('div', { class: 'col-issued' }, String(figure.issued || 0)));
    titled(column,
      hourSpan(hour) + ' 取号 ' + (figure.issued || 0) + '，平均等候 ' + minutes(figure.averageWait) + ' 分钟，P90 '
        + minutes(figure.p90Wait) + ' 分钟',
      hourSpan(hour) + ': ' + (figure.issued || 0) + ' issued, average wait ' + minutes(figure.averageWait)
        + ' min, P90 ' + minutes(figure.p90Wait) + ' min');
    columns.push(column);
  }
  return el('div', { class: 'chart chart-wide', id: 'chart-hours' }, head, el('div', { class: 'col-chart' }, columns));
}

/** 按时办结率: the day's decisions made by their due date, and the open cases already past it. */
function casesChart(cases) {
  const decided = cases.decided || 0;
  const onTime = cases.decidedOnTime || 0;
  const rate = decided ? onTime / decided : null;
  const track = el('div', { class: 'bar-track gauge-track' });
  const bar = el('div', { class: 'bar-fill ' + (rate === null || rate >= 1 ? 'fill-good' : 'fill-warn') });
  bar.style.width = (rate === null ? 0 : Math.round(rate * 1000) / 10) + '%';
  track.append(bar);
  const overdue = cases.overdueOpen || 0;
  return el('div', { class: 'chart', id: 'chart-cases' },
    tx('h4', '按时办结率', 'Cases decided on time'),
    el('div', { class: 'gauge-value ' + (rate === null ? 'muted' : rate >= 1 ? 'on_time' : 'near_due'),
      id: 'cases-on-time' }, rate === null ? '—' : percent(rate)),
    track,
    el('p', { class: 'small' }, decided
      ? bi('当日办结 ' + decided + ' 件，其中按时 ' + onTime + ' 件', decided + ' decided that day, ' + onTime + ' on time')
      : bi('当日无办结', 'nothing decided that day', { class: 'muted' })),
    el('p', { id: 'cases-overdue-open', class: overdue > 0 ? 'alert-box overdue' : 'small muted' },
      bi('超期未办结：' + overdue + ' 件', 'Open cases past due: ' + overdue)));
}

/** Extra series the hall may add to the statistics later: drawn generically. */
function extraSeries(key, value) {
  return el('div', { class: 'extra-series' }, el('h4', null, key), render(value));
}

async function stats(box) {
  const day = dayInput.value || today();
  const [figures, queues] = await Promise.all([api('GET', '/api/v1/stats?day=' + encodeURIComponent(day)),
    api('GET', '/api/v1/queues').then(answer => answer.queues).catch(() => [])]);
  await catalog().catch(() => null);
  const hours = figures.hours || [];
  const waitRows = figures.queues.map(figure => ({
    label: figureName('queues', figure.key, queues), values: [figure.p90Wait, figure.averageWait],
    text: minutes(figure.averageWait) + ' / ' + minutes(figure.p90Wait),
  }));
  const targetRows = figures.queues.map(figure => {
    const queue = queues.find(entry => entry.letter === figure.key);
    const limit = queue ? queue.serviceLevelMinutes : null;
    return {
      label: figureName('queues', figure.key, queues), values: [figure.withinTarget],
      text: limit ? [percent(figure.withinTarget), ' ', bi('≤' + limit + '分', '≤' + limit + 'm', { class: 'muted' })]
        : percent(figure.withinTarget),
    };
  });
  const satisfactionRows = [{
    label: el('strong', null, figureName('hall')), values: [figures.hall.ratings ? figures.hall.satisfaction : 0],
    text: figures.hall.ratings ? percent(figures.hall.satisfaction) + ' (' + figures.hall.ratings + ')'
      : bi('暂无评价', 'no ratings', { class: 'muted' }),
  }].concat(figures.departments.filter(figure => figure.ratings).map(figure => ({
    label: figureName('departments', figure.key, queues), values: [figure.satisfaction],
    text: percent(figure.satisfaction) + ' (' + figure.ratings + ')',
  })));
  const known = ['day', 'hall', 'queues', 'counters', 'departments', 'hours', 'cases'];
  fill(box,
    el('p', { class: 'muted small' }, bi('统计日期：', 'Day: '), figures.day),
    el('div', { class: 'charts' },
      hoursChart(hours),
      figures.cases ? casesChart(figures.cases) : null,
      bars({ id: 'chart-satisfaction', zh: '好评率（基本满意及以上，括号内为评价数）',
        en: 'Satisfaction (basically satisfied or better; ratings in brackets)', rows: satisfactionRows, max: 1 }),
      bars({ id: 'chart-waits', zh: '各队列等候时间（分钟）', en: 'Waits per queue (minutes)', rows: waitRows,
        keys: [['sw-avg', '平均', 'average'], ['sw-p90', 'P90', 'P90']] }),
      bars({ id: 'chart-target', zh: '服务目标内叫号占比', en: 'Share called within the target wait',
        rows: targetRows, max: 1 })),
    ...figureTable('全厅', 'Whole hall', 'hall', [figures.hall], queues, 'stats-hall'),
    ...figureTable('按队列', 'By queue', 'queues', figures.queues, queues, 'stats-queues'),
    ...figureTable('按窗口', 'By counter', 'counters', figures.counters, queues, 'stats-counters'),
    ...figureTable('按部门', 'By department', 'departments', figures.departments, queues, 'stats-departments'),
    ...figureTable('按到达时段', 'By hour of arrival', 'hours', hours, queues, 'stats-hours'),
    ...Object.entries(figures).filter(([key]) => !known.includes(key)).map(([key, value]) => extraSeries(key, value)));
}

export default {
  name: 'stats', zh: '统计', en: 'Statistics', draw: stats,
  controls(redraw) {
    dayInput = dayPicker('stats-day', redraw);
    return dayInput.closest('.row-fields');
  },
};
