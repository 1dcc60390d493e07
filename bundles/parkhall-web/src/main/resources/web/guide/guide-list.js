/*
 * The searchable list of items and joint applications (一件事) at /guide/, grouped by department.
 */
import * as Hall from '/assets/hall.js';
import { $, setText, say, bi, show, message, apiMessage, itemHref, limits, availability } from './common.js';

let searchTimer = null;
let searchRound = 0;
let searchFailed = false;

async function search(query) {
  const round = ++searchRound;
  history.replaceState(null, '', query ? '/guide/?q=' + encodeURIComponent(query) : '/guide/');
  let answer;
  try {
    answer = await Hall.api('GET', '/api/v1/items' + (query ? '?q=' + encodeURIComponent(query) : ''));
  } catch (error) {
    if (round === searchRound) apiMessage('guide-message', error);
    searchFailed = true;
    return;
  }
  if (round !== searchRound) return; // a newer search has answered or will
  if (searchFailed) message('guide-message', '');
  searchFailed = false;
  renderList(answer.items || [], query ? [] : answer.bundles || []);
}

function itemCard(item) {
  const name = bi(item.name) || { zh: item.code, en: item.code };
  return Hall.el('li', { class: 'item-card' },
    Hall.el('a', { href: itemHref(item.code), id: 'item-' + item.code, class: 'item-name' },
      say('span', name.zh, name.en)),
    Hall.el('div', { class: 'item-meta' },
      Hall.el('span', { class: 'code', text: item.code }), show('span', item.kind, { class: 'kind' }),
      limits(item), availability(item)));
}

function renderList(items, joints) {
  setText($('guide-count'), `共 ${items.length} 个事项`, `${items.length} items`);
  const names = new Map(items.map(item => [item.code, bi(item.name)]));

  $('guide-bundles').replaceChildren(...joints.map(joint => {
    const name = bi(joint.name) || { zh: joint.code, en: joint.code };
    return Hall.el('div', { class: 'card bundle', id: 'bundle-' + joint.code },
      Hall.el('h2', {}, say('span', '一件事一次办', 'One application, all departments', { class: 'tag bundle-tag' }),
        ' ', say('span', name.zh, name.en)),
      say('p', '一次申请，以下事项由各部门并联办理、一次送达：', 'One application; these items are decided in parallel and delivered once:',
        { class: 'muted' }),
      Hall.el('ul', { class: 'bundle-items' }, (joint.itemCodes || []).map(code => {
        const itemName = names.get(code) || { zh: code, en: code };
        return Hall.el('li', {}, Hall.el('a', { href: itemHref(code) }, say('span', itemName.zh, itemName.en)),
          ' ', Hall.el('span', { class: 'code', text: code }));
      })));
  }));

  if (!items.length) {
    $('guide-items').replaceChildren(say('p', '没有找到相关事项，请换个关键词或咨询导办窗口（F 咨询导办）',
      'No item found; try other words or ask at the guidance desk (queue F)', { class: 'empty' }));
    return;
  }
  // Group by department, in the order the catalog lists them.
  const groups = new Map();
  items.forEach(item => {
    const key = (item.department && item.department.code) || '';
    if (!groups.has(key)) groups.set(key, { department: item.department, items: [] });
    groups.get(key).items.push(item);
  });
  $('guide-items').replaceChildren(...[...groups.values()].map(group => Hall.el('section', { class: 'department' },
    show('h2', group.department) || say('h2', '其他', 'Other'),
    Hall.el('ul', { class: 'item-list' }, group.items.map(itemCard)))));
}

export default function listView() {
  const input = $('guide-search');
  input.value = new URLSearchParams(location.search).get('q') || '';
  input.addEventListener('input', () => {
    clearTimeout(searchTimer);
    searchTimer = setTimeout(() => search(input.value.trim()), 300); // search as one types, not per key
  });
  input.addEventListener('keydown', event => {
    if (event.key === 'Enter') {
      clearTimeout(searchTimer);
      search(input.value.trim());
    }
  });
  search(input.value.trim());
}
