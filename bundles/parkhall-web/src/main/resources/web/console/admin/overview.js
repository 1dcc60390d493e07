/*
 * The admin's overview tab (概况): the hall's health, items available, cases near or past due, open
 * rectifications and today's tickets and satisfaction.
 */
import { el, fill, bi } from '../dom.js';
import { api } from '../api.js';
import { percent, tile } from './charts.js';

async function overview(box) {
  const [health, overdue, rectifications, stats] = await Promise.all([
    api('GET', '/api/v1/health').catch(error => ({ error })),
    api('GET', '/api/v1/cases/overdue').catch(() => null),
    api('GET', '/api/v1/rectifications?open=true').catch(() => null),
    api('GET', '/api/v1/stats').catch(() => null),
  ]);
  const hall = health.hall || {};
  const figures = stats && stats.hall;
  fill(box, el('div', { class: 'tiles' },
    tile('运行状态', 'Status', health.status || (health.error ? '—' : '?'), health.status === 'UP' ? 'on_time' : 'overdue'),
    tile('受理中事项', 'Items available', (hall.itemsAvailable ?? '—') + ' / ' + (hall.itemsTotal ?? '—')),
    tile('进驻部门', 'Departments', hall.departments ?? '—'),
    tile('临期/超期办件', 'Cases near/past due', overdue ? overdue.cases.length : '—',
      overdue && overdue.cases.some(file => file.timeStatus && file.timeStatus.code === 'OVERDUE') ? 'overdue' : ''),
    tile('待整改', 'Open rectifications', rectifications ? rectifications.rectifications.length : '—',
      rectifications && rectifications.rectifications.length ? 'near_due' : ''),
    tile('今日取号 / 已办', 'Tickets today / served', figures ? figures.issued + ' / ' + figures.served : '—'),
    tile('今日满意率', 'Satisfaction today', figures && figures.ratings ? percent(figures.satisfaction) : '—')),
  el('p', { class: 'muted small' }, bi('数据库：', 'Database: '), hall.database || '—', ' · ',
    bi('结构版本：', 'schema: '), String(hall.schemaVersion ?? '—')));
}

export default { name: 'overview', zh: '概况', en: 'Overview', draw: overview };
