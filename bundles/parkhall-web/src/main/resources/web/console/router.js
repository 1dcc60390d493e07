/*
 * The console's sections and the navigation between them: the #hash names the section shown (and its arguments),
 * if the signed-in roles allow it.
 */
import * as Hall from '/assets/hall.js';
import { fill, tx, fail } from './dom.js';
import { currentSession, currentRole, isLocked } from './session.js';

const sections = new Map();
let currentId = null;

/**
 * Registers a section: {id, zh, en, allowed(role), build(root), show(args), hide(), nav: false to keep it out of
 * the navigation, element: its element's id when not the section's}. build runs once, the first time it is shown.
 */
export function section(definition) {
  sections.set(definition.id, Object.assign({ nav: true, built: false }, definition));
}

/** The id of the section shown now. */
export function shownSection() {
  return currentId;
}

function element(definition) {
  return Hall.$(definition.element || definition.id);
}

/**
 * Only the visible section keeps its element ids: the intake and the supplement both have a materials checklist
 * (material-<code>), the cases and the inbox both a case detail (action-APPROVE…), and an id must name one
 * element. Hidden sections keep theirs in data-held-id until shown again.
 */
function holdIds(root, hold) {
  if (hold) {
    root.querySelectorAll('[id]').forEach(node => {
      node.dataset.heldId = node.id;
      node.removeAttribute('id');
    });
  } else {
    root.querySelectorAll('[data-held-id]').forEach(node => {
      node.id = node.dataset.heldId;
      delete node.dataset.heldId;
    });
  }
}

function defaultSection() {
  const role = currentRole();
  const order = role.clerk ? ['workstation'] : role.approver ? ['inbox'] : ['workstation', 'floor'];
  return order.concat([...sections.keys()]).find(id => sections.has(id) && sections.get(id).allowed(role));
}

function parseHash() {
  return location.hash.replace(/^#\/?/, '').split('/').filter(Boolean).map(part => {
    try {
      return decodeURIComponent(part);
    } catch (e) {
      return part;
    }
  });
}

/** Navigates to a section (and its arguments), e.g. go('cases', 'PH202611240001'). */
export function go(...parts) {
  const hash = '#' + parts.map(part => encodeURIComponent(String(part))).join('/');
  if (location.hash === hash) route();
  else location.hash = hash;
}

/** Shows the section the hash names, or the role's first section. */
export function route() {
  if (!currentSession() || isLocked()) return;
  let [id, ...args] = parseHash();
  let definition = sections.get(id);
  if (!definition || !definition.allowed(currentRole())) {
    id = defaultSection();
    args = [];
    definition = sections.get(id);
    history.replaceState(null, '', '#' + id);
  }
  if (currentId && currentId !== id) {
    const previous = sections.get(currentId);
    if (previous.hide) previous.hide();
  }
  sections.forEach((other, otherId) => {
    const node = element(other);
    if (node && otherId !== id) {
      node.hidden = true;
      holdIds(node, true);
    }
  });
  const root = element(definition);
  root.hidden = false;
  holdIds(root, false);
  document.body.classList.toggle('printing', id === 'print');
  document.querySelectorAll('#nav a').forEach(link => {
    if (link.dataset.section === id) link.setAttribute('aria-current', 'page');
    else link.removeAttribute('aria-current');
  });
  currentId = id;
  if (!definition.built) {
    definition.built = true;
    definition.build(root);
  }
  if (definition.show) {
    Promise.resolve(definition.show(args)).catch(error => fail(null, error));
  }
}

/** A section's async render that lands after the user moved on must not leave its ids visible twice. */
export function watchHiddenSections(main) {
  new MutationObserver(records => {
    const touched = new Set();
    records.forEach(record => {
      const node = record.target.nodeType === 1 ? record.target : record.target.parentElement;
      const view = node && node.closest('.view');
      if (view && view.hidden) touched.add(view);
    });
    touched.forEach(view => holdIds(view, true));
  }).observe(main, { childList: true, subtree: true });
}

/** The navigation: the sections the signed-in roles allow. */
export function buildNav() {
  const role = currentRole();
  const nav = Hall.$('nav');
  const shown = [...sections.values()].filter(definition => definition.nav && definition.allowed(role));
  // An approver's day starts in the inbox: put it first for them.
  if (!role.clerk && role.approver) shown.sort((a, b) => (b.id === 'inbox') - (a.id === 'inbox'));
  fill(nav, ...shown
    .map(definition => tx('a', definition.zh, definition.en, {
      href: '#' + definition.id, id: 'nav-' + definition.id, 'data-section': definition.id,
    })));
  nav.hidden = false;
}
