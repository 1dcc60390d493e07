/*
 * A department's bad ratings (差评整改) for its own staff: the admin tab's list and forms, in a section of its own
 * (a hall admin has them under 管理).
 */
import { el, fill, tx, fail } from './dom.js';
import { drawRectifications, rectificationFilters } from './admin/rectifications.js';

const ui = {};

async function redraw() {
  try {
    await drawRectifications(ui.list, redraw);
  } catch (error) {
    fail(ui.message, error);
  }
}

function build(section) {
  ui.message = el('div', { class: 'msg', id: 'bad-ratings-message' });
  ui.list = el('div');
  fill(section, el('div', { class: 'panel' }, tx('h2', '差评整改', 'Bad ratings'), rectificationFilters(redraw),
    ui.message, ui.list));
}

export default {
  id: 'bad-ratings', zh: '差评整改', en: 'Bad ratings',
  allowed: role => role.approver && !role.admin,
  build, show: redraw,
};
