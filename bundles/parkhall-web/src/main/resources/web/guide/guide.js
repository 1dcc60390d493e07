/*
 * Public guides (办事指南): the router on location.pathname (/guide/ list, /guide/item/<CODE> one guide,
 * /guide/status case lookup, /guide/book appointments).
 */
import { $, setText, message } from './common.js';
import listView from './guide-list.js';
import itemView from './guide-item.js';
import statusView from './guide-status.js';
import bookView from './guide-book.js';

const VIEWS = { list: listView, item: itemView, status: statusView, book: bookView };

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
  VIEWS[name](argument);
}

route();
