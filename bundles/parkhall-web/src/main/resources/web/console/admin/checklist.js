/*
 * The "十有" checklist tab: each of the ten points met or not, judged from data or recorded by the admin; shown
 * only when the hall answers /api/v1/checklist.
 */
import { el, fill, bi, coded } from '../dom.js';
import { optional } from '../api.js';

async function checklist(box) {
  const answer = await optional('/api/v1/checklist');
  if (answer === null) return false;
  const items = answer.items || [];
  const met = items.filter(item => item.met).length;
  fill(box,
    el('p', { class: 'ten-summary ' + (met === items.length ? 'on_time' : 'near_due'), id: 'checklist-summary' },
      bi('已达标 ' + met + '/' + items.length, met + ' of ' + items.length + ' met')),
    el('p', { class: 'muted small' }, bi('“数据核验”项由系统根据大厅数据判断；“管理员登记”项在 etc/org.parkhall.checklist.cfg 中填写。',
      '“from data” items are judged from the hall’s records; “recorded” items are filled in etc/org.parkhall.checklist.cfg.')),
    el('ol', { class: 'ten-list', id: 'checklist-items' }, items.map(item =>
      el('li', { class: 'ten-item ' + (item.met ? 'met' : 'unmet'), id: 'checklist-' + item.code, 'data-met': String(item.met) },
        el('span', { class: 'ten-mark', 'aria-hidden': 'true' }, item.met ? '✓' : '✗'),
        el('div', null,
          el('div', { class: 'ten-title' }, coded(item.name),
            item.met ? bi('已达标', 'met', { class: 'sr-only' }) : bi('未达标', 'not met', { class: 'sr-only' }),
            item.fromData ? bi('数据核验', 'from data', { class: 'tag tag-data' })
              : bi('管理员登记', 'recorded', { class: 'tag tag-recorded' })),
          el('p', { class: 'ten-evidence' }, coded(item.evidence)))))));
  return true;
}

export default { name: 'checklist', zh: '“十有”', en: 'Checklist', probe: () => '/api/v1/checklist', draw: checklist };
