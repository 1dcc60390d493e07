/*
 * The service guides (办事指南) for guides and clerks to answer questions with, and to start an application from.
 */
import * as Hall from '/assets/hall.js';
import { el, fill, tx, coded, fail, field, button } from './dom.js';
import { go } from './router.js';
import { currentRole } from './session.js';
import * as Guide from './guide.js';
const ui = {};
let timer = null;
let shown = '';

async function search() {
  try {
    const found = await Guide.search(ui.query.value);
    fill(ui.results, Guide.resultList(found, 'guide-item-', code => go('items', code), shown));
  } catch (error) {
    fail(ui.message, error);
  }
}

function build(section) {
  ui.query = el('input', { type: 'search', autocomplete: 'off', 'data-zh-placeholder': '事项名称、编码或关键词',
    'data-en-placeholder': 'item name, code or keyword', placeholder: Hall.t('事项名称、编码或关键词', 'item name, code or keyword') });
  ui.query.addEventListener('input', () => {
    clearTimeout(timer);
    timer = setTimeout(search, 250);
  });
  ui.message = el('div', { class: 'msg' });
  ui.results = el('div', { class: 'results-box' });
  ui.title = el('h2');
  ui.guide = el('div');
  ui.apply = el('div', { class: 'btn-row' });
  section.append(el('div', { class: 'split' },
    el('div', { class: 'panel pane-left' }, tx('h2', '办事指南', 'Service guides'),
      field('guide-search', '搜索事项', 'Search items', ui.query).wrap, ui.message, ui.results),
    el('div', { class: 'panel pane-right' }, ui.title, ui.apply, ui.guide)));
}

async function show(args) {
  if (!ui.results.childElementCount) await search();
  if (args[0] && args[0] !== shown) {
    try {
      const loaded = await Guide.load(args[0]);
      shown = args[0];
      fill(ui.title, el('span', { class: 'code' }, loaded.code), ' ', coded(loaded.name));
      fill(ui.guide, Guide.view(loaded));
      fill(ui.apply, ...(currentRole().clerk ? [button('按此事项受理', 'Take an application for it',
        { onclick: () => go('intake', loaded.code) })] : []));
      await search();
    } catch (error) {
      fail(ui.message, error);
    }
  }
}

export default {
  id: 'items', zh: '办事指南', en: 'Guides',
  allowed: role => role.clerk || role.guide,
  build, show,
};
