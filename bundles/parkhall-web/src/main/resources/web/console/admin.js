/*
 * The hall admin's pages (管理): a tab per concern, each its own module under admin/ — status, queues and counters,
 * departments and items, statistics, monthly and quarterly reports, rectifications, appointments, the ledger, the
 * notices' outbox, the rating pads; staff accounts, the working-day calendar and the "十有" checklist appear only
 * when the hall answers for them (403/404 keeps a tab
 * away). A tab is {name, zh, en, draw(box, redraw) → false when its endpoint is absent, controls(redraw)?,
 * probe()? for an optional tab's endpoint, leave()? when the admin moves on}.
 */
import * as Hall from '/assets/hall.js';
import { el, fill, tx, bi, say, fail, button, translateTitles } from './dom.js';
import { optional } from './api.js';
import { go } from './router.js';
import overview from './admin/overview.js';
import queues from './admin/queues.js';
import departments from './admin/departments.js';
import stats from './admin/stats.js';
import reports from './admin/reports.js';
import rectifications from './admin/rectifications.js';
import appointments from './admin/appointments.js';
import ledger from './admin/ledger.js';
import pads from './admin/pads.js';
import notices from './admin/notices.js';
import staff from './admin/staff.js';
import calendar from './admin/calendar.js';
import checklist from './admin/checklist.js';

const TABS = [overview, queues, departments, stats, reports, rectifications, appointments, ledger, notices, pads,
  staff, calendar, checklist];
const ui = { buttons: {}, controls: {} };
let currentTab = TABS[0];
let drawing = 0;

const tabNamed = name => TABS.find(tab => tab.name === name);

/** An optional tab whose endpoint turned out absent or not for this role: hidden, with a word in its place. */
function unavailable(box, tab) {
  ui.buttons[tab.name].hidden = true;
  fill(box, el('p', { class: 'muted' }, bi('该功能暂不可用（未部署或无权限）', 'Not available (not deployed or not permitted)')));
}

/**
 * Draws a tab into a fresh box that replaces the shown one when ready; a reply for a tab the admin already left
 * is dropped. Redrawing the same tab keeps the old content on screen meanwhile.
 */
async function showTab(name) {
  const next = tabNamed(name) || TABS[0];
  const switching = next !== currentTab || !ui.body.firstChild;
  if (next !== currentTab && currentTab.leave) currentTab.leave();
  currentTab = next;
  const token = ++drawing;
  Object.entries(ui.buttons).forEach(([tabName, tab]) => tab.setAttribute('aria-selected', String(tabName === next.name)));
  Object.entries(ui.controls).forEach(([tabName, controls]) => { controls.hidden = tabName !== next.name; });
  say(ui.message);
  if (switching) fill(ui.body, el('p', { class: 'muted' }, bi('正在加载…', 'Loading…')));
  const box = el('div', { class: 'tab-body', 'data-tab': next.name });
  try {
    const shown = await next.draw(box, () => showTab(next.name));
    if (token !== drawing) return;
    if (shown === false) unavailable(box, next);
    // Parts kept between draws (the staff form) may have missed a language switch while off the page.
    Hall.translate(box);
    translateTitles(box);
    fill(ui.body, box);
  } catch (error) {
    if (token !== drawing) return;
    ui.body.replaceChildren();
    fail(ui.message, error);
  }
}

/** Asks for the optional endpoints once; each tab (placed, hidden, in a fixed order) shows if its endpoint answers. */
async function probeOptional() {
  await Promise.all(TABS.filter(tab => tab.probe).map(async tab => {
    try {
      if (await optional(tab.probe()) !== null) ui.buttons[tab.name].hidden = false;
    } catch (e) {
      // Failing: the tab stays away.
    }
  }));
}

function build(section) {
  const tabs = el('div', { class: 'tabs', role: 'tablist' }, TABS.map(tab => {
    ui.buttons[tab.name] = button(tab.zh, tab.en, { id: 'admin-tab-' + tab.name, class: 'tab', role: 'tab',
      'data-tab': tab.name, hidden: Boolean(tab.probe), onclick: () => go('admin', tab.name) });
    return ui.buttons[tab.name];
  }));
  TABS.filter(tab => tab.controls).forEach(tab => {
    ui.controls[tab.name] = tab.controls(() => showTab(tab.name));
    ui.controls[tab.name].hidden = true;
  });
  ui.message = el('div', { class: 'msg', id: 'admin-message' });
  ui.body = el('div', { id: 'admin-body' });
  section.append(el('div', { class: 'panel' }, tx('h2', '管理', 'Administration'), tabs, Object.values(ui.controls),
    ui.message, ui.body));
  probeOptional();
}

export default {
  id: 'admin', zh: '管理', en: 'Admin',
  allowed: role => role.admin,
  build,
  show: args => showTab(args[0] || currentTab.name),
  hide: () => currentTab.leave && currentTab.leave(),
};
