/*
 * Public guides (办事指南), shared part: helpers for the other guide scripts, the router on location.pathname
 * (/guide/ list, /guide/item/<CODE> one guide, /guide/status case lookup, /guide/book appointments) and the
 * searchable item list.
 */
'use strict';

const Guide = (() => {
  const $ = id => document.getElementById(id);
  const views = {};               // view name -> function(argument) that fills it

  /** Sets text that the language switch keeps translated (hall.js reads data-zh / data-en). */
  function setText(node, zh, en) {
    node.dataset.zh = zh == null ? '' : String(zh);
    node.dataset.en = en == null || en === '' ? node.dataset.zh : String(en);
    node.textContent = Hall.t(node.dataset.zh, node.dataset.en);
    return node;
  }

  /** A new element with such text. */
  function say(tag, zh, en, attrs) {
    return setText(Hall.el(tag, attrs), zh, en);
  }

  /** {zh, en} from whatever the API sent: a plain string, {zh, en}, {code, zh, en}, or {name: …}. */
  function bi(value) {
    if (value === undefined || value === null || value === '') return null;
    if (typeof value !== 'object') return { zh: String(value), en: String(value) };
    if (value.zh) return { zh: value.zh, en: value.en || value.zh };
    if (value.name) return bi(value.name);
    if (value.code) return { zh: String(value.code), en: String(value.code) };
    return null;
  }

  /** An element showing a bilingual API value (or nothing when the value is absent). */
  function show(tag, value, attrs) {
    const text = bi(value);
    return text ? say(tag, text.zh, text.en, attrs) : null;
  }

  /** A definition list from [zh, en, value-node] rows, leaving out rows without a value. */
  function facts(rows) {
    return Hall.el('dl', { class: 'facts' }, rows.filter(row => row[2]).map(([zh, en, value]) =>
      Hall.el('div', {}, say('dt', zh, en), Hall.el('dd', {}, value))));
  }

  function message(id, zh, en) {
    const box = $(id);
    box.classList.toggle('shown', Boolean(zh));
    if (!zh) {
      delete box.dataset.zh;
      box.textContent = '';
      return;
    }
    setText(box, zh, en);
  }

  function apiMessage(id, error, zhHint, enHint) {
    const zh = error instanceof Hall.ApiError ? error.zh : '出现异常，请稍后重试';
    const en = error instanceof Hall.ApiError ? error.en : 'Something went wrong; please try again';
    const trim = line => line.replace(/[。.]\s*$/, ''); // the hint follows as its own sentence
    message(id, zhHint ? `${trim(zh)}。${zhHint}` : zh, enHint ? `${trim(en)}. ${enHint}` : en);
  }

  function itemHref(code) {
    return '/guide/item/' + encodeURIComponent(code);
  }

  /** "承诺 N 个工作日" or 即办件, for lists and guides alike. */
  function limits(item) {
    if (item.instant || item.promisedLimitDays === 0) return say('span', '即办件', 'decided on the spot', { class: 'limit' });
    return say('span', `承诺 ${item.promisedLimitDays} 个工作日（法定 ${item.legalLimitDays} 个）`,
      `${item.promisedLimitDays} working days promised (legal limit ${item.legalLimitDays})`, { class: 'limit' });
  }

  function availability(item) {
    const code = item.availability && item.availability.code;
    return show('span', item.availability, { class: 'tag ' + (code === 'UNAVAILABLE' ? 'unavailable' : 'available') });
  }

  // --- the item list ---

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

  function renderList(items, bundles) {
    setText($('guide-count'), `共 ${items.length} 个事项`, `${items.length} items`);
    const names = new Map(items.map(item => [item.code, bi(item.name)]));

    $('guide-bundles').replaceChildren(...bundles.map(bundle => {
      const name = bi(bundle.name) || { zh: bundle.code, en: bundle.code };
      return Hall.el('div', { class: 'card bundle', id: 'bundle-' + bundle.code },
        Hall.el('h2', {}, say('span', '一件事一次办', 'One application, all departments', { class: 'tag bundle-tag' }),
          ' ', say('span', name.zh, name.en)),
        say('p', '一次申请，以下事项由各部门并联办理、一次送达：', 'One application; these items are decided in parallel and delivered once:',
          { class: 'muted' }),
        Hall.el('ul', { class: 'bundle-items' }, (bundle.itemCodes || []).map(code => {
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

  function listView() {
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

  // --- routing ---

  function route() {
    const path = location.pathname.replace(/\/+$/, '');
    const item = path.match(/^\/guide\/item\/([^/]+)$/);
    let name = 'list';
    let argument;
    if (item) {
      name = 'item';
      argument = decodeURIComponent(item[1]);
    } else if (path === '/guide/status') {
      name = 'status';
    } else if (path === '/guide/book') {
      name = 'book';
    } else if (path !== '/guide') {
      message('guide-message', '没有该页面，已为您打开事项列表', 'No such page; here is the list of items');
    }
    ['list', 'item', 'status', 'book'].forEach(view => { $('view-' + view).hidden = view !== name; });
    $(name === 'status' || name === 'book' ? 'nav-' + name : 'nav-guides').setAttribute('aria-current', 'page');
    const page = $('page-name');
    if (name === 'status') setText(page, '办件查询', 'Case status');
    if (name === 'book') setText(page, '预约办事', 'Book a visit');
    document.title = `${page.dataset.zh} · 园区政务服务分中心`;
    (name === 'list' ? listView : views[name])(argument);
  }

  document.addEventListener('DOMContentLoaded', route);

  return { $, setText, say, bi, show, facts, message, apiMessage, itemHref, limits, availability, views };
})();
