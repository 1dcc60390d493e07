/*
 * The departments and items tab (部门与事项): each stationed department with its bundle versions and its items'
 * availability, and the joint applications (一件事).
 */
import * as Hall from '/assets/hall.js';
import { el, fill, tx, bi, coded, table } from '../dom.js';
import { catalog as loadCatalog } from '../api.js';
import { limits } from '../guide.js';

async function departments(box) {
  const catalog = await loadCatalog(true);
  const groups = new Map();
  catalog.items.forEach(item => {
    if (!groups.has(item.department.code)) groups.set(item.department.code, { name: item.department.name, items: [] });
    groups.get(item.department.code).items.push(item);
  });
  const parts = [...groups.entries()].map(([code, group]) => {
    const bundles = [...new Set(group.items.filter(item => item.handlerBundle)
      .map(item => item.handlerBundle + ' ' + item.handlerVersion))];
    const available = group.items.filter(item => item.availability.code === 'AVAILABLE').length;
    return el('div', { class: 'panel department', id: 'department-' + code },
      el('h3', null, coded(group.name), ' ', el('span', { class: 'code' }, code), ' ',
        bi(available + '/' + group.items.length + ' 受理中', available + '/' + group.items.length + ' available',
          { class: available === group.items.length ? 'available small' : 'unavailable small' })),
      el('p', { class: 'small' }, bi('部门程序包：', 'Bundle: '), bundles.join('；') || '—'),
      table([
        ['编码', 'Code', item => el('span', { class: 'code' }, item.code)],
        ['事项', 'Item', item => coded(item.name)],
        ['类型', 'Kind', item => coded(item.kind)],
        ['时限', 'Limit', item => limits(item)],
        ['状态', 'Availability', item => coded(item.availability, { class: item.availability.code.toLowerCase() })],
        ['受理节点', 'Served on', item => item.servedOn.length ? item.servedOn.join(', ') : '—'],
        ['程序包版本', 'Bundle version', item => item.handlerBundle ? item.handlerBundle + ' ' + item.handlerVersion : '—'],
        ['自', 'Since', item => item.since ? Hall.time(item.since, true) : '—'],
      ], group.items));
  });
  const itemState = new Map(catalog.items.map(item => [item.code, item.availability.code]));
  parts.push(el('div', { class: 'panel' }, tx('h3', '一件事', 'Joint applications'), table([
    ['编码', 'Code', joint => el('span', { class: 'code' }, joint.code)],
    ['名称', 'Name', joint => coded(joint.name)],
    ['包含事项', 'Items', joint => joint.itemCodes.join('、')],
    ['状态', 'Availability', joint => joint.itemCodes.every(code => itemState.get(code) === 'AVAILABLE')
      ? bi('受理中', 'available', { class: 'available' }) : bi('部分暂停受理', 'partly unavailable', { class: 'unavailable' })],
  ], catalog.bundles || [])));
  fill(box, ...parts);
}

export default { name: 'departments', zh: '部门与事项', en: 'Departments & items', draw: departments };
