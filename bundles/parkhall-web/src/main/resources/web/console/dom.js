/*
 * Building the console's DOM: elements, bilingual text, messages and field errors, tables and buttons. Every value
 * from the hall goes into the page as text (Hall.el / textContent), never as HTML.
 */
import * as Hall from '/assets/hall.js';

export { today } from '/assets/hall.js';

// ---------------------------------------------------------------- building elements

/** Drops what is not content and flattens nested lists, so a builder may pass [sep, node] pairs or null. */
function content(children) {
  return children.flat(Infinity).filter(child => child !== null && child !== undefined && child !== false);
}

/** Hall.el, taking children nested to any depth (Hall.el flattens one level only). */
export function el(tag, attrs, ...children) {
  return Hall.el(tag, attrs, ...content(children));
}

/** Replaces a node's children, nested lists and nulls allowed as in el(). */
export function fill(node, ...children) {
  node.replaceChildren(...content(children));
  return node;
}

// ---------------------------------------------------------------- bilingual text

/** An element whose text follows the language switch (hall.js re-translates data-zh / data-en). */
export function tx(tag, zh, en, attrs) {
  return Hall.el(tag, Object.assign({ 'data-zh': zh, 'data-en': en || zh, text: Hall.t(zh, en) }, attrs || {}));
}

/** A span for bilingual text. */
export function bi(zh, en, attrs) {
  return tx('span', zh, en, attrs);
}

/** A coded value from the API ({code, zh, en}) or a Bilingual ({zh, en}) as a span that follows the language. */
export function coded(value, attrs) {
  if (value === null || value === undefined || value === '') return el('span', attrs, '—');
  if (typeof value !== 'object') return el('span', attrs, String(value));
  return bi(value.zh || value.code || '', value.en || value.zh || value.code || '', attrs);
}

/** A ledger entry's details in words, each under the name the hall gives it. */
export function ledgerDetails(event) {
  return el('span', { class: 'small' }, (event.details || []).map((detail, index) =>
    [index ? '；' : null, coded(detail.name), '：', detail.value]));
}

/** Puts bilingual text in an existing node (it must hold text only). */
export function setText(node, zh, en) {
  node.dataset.zh = zh;
  node.dataset.en = en || zh;
  node.textContent = Hall.t(zh, en);
  return node;
}

// ---------------------------------------------------------------- messages

/**
 * Shows a message in box (or the bar under the navigation when box is null). kind: ok, info, warn, error.
 * Passing no zh clears it.
 */
export function say(box, kind, zh, en) {
  const target = box || Hall.$('message');
  clearTimeout(target.hideTimer);
  if (!zh) {
    target.replaceChildren();
    target.className = target === Hall.$('message') ? 'message' : 'msg';
    target.hidden = target === Hall.$('message');
    return;
  }
  fill(target, bi(zh, en));
  target.className = (target === Hall.$('message') ? 'message ' : 'msg ') + 'msg-' + kind;
  target.hidden = false;
  target.setAttribute('data-kind', kind);
  if (target === Hall.$('message') && kind === 'ok') {
    target.hideTimer = setTimeout(() => say(null), 8000);
  }
}

/** Shows what went wrong: the API's bilingual message, or a generic one for a script failure. */
export function fail(box, error) {
  if (error instanceof Hall.ApiError) {
    if (error.status === 401) return; // the login form is already showing
    say(box, 'error', error.zh, error.en);
  } else {
    console.error(error);
    say(box, 'error', '操作失败，请重试或联系管理员', 'Something went wrong; try again or call the administrator');
  }
}

/** Marks a form field as wrong (or right, when zh is empty) with the text under it. */
export function fieldError(input, errorBox, zh, en) {
  if (zh) {
    input.setAttribute('aria-invalid', 'true');
    setText(errorBox, zh, en);
  } else {
    input.removeAttribute('aria-invalid');
    errorBox.textContent = '';
    delete errorBox.dataset.zh;
    delete errorBox.dataset.en;
  }
}

// ---------------------------------------------------------------- small builders

/** A label, an input and the error line under it. The input gets the id; the error line id-error. */
export function field(id, zh, en, input, hintNode) {
  input.id = id;
  const error = el('div', { class: 'field-error', id: id + '-error', 'aria-live': 'polite' });
  const wrap = el('div', { class: 'field' }, tx('label', zh, en, { for: id }), input, hintNode, error);
  return { wrap, input, error };
}

/**
 * A table: columns are [zh, en, cell(row) → node or text, class?]; rowAttrs(row) gives each row's attributes.
 * Wrapped so a wide table scrolls on its own on a phone instead of the page.
 */
export function table(columns, rows, rowAttrs, emptyZh, emptyEn) {
  const head = el('tr', null, columns.map(([zh, en]) => tx('th', zh, en, { scope: 'col' })));
  const body = rows.map(row => el('tr', rowAttrs ? rowAttrs(row) : null, columns.map(column => {
    const value = column[2](row);
    return el('td', { class: column[3] }, value === undefined || value === null || value === '' ? '—' : value);
  })));
  if (!rows.length) {
    body.push(el('tr', null, el('td', { colspan: columns.length, class: 'muted' },
      bi(emptyZh || '暂无记录', emptyEn || 'nothing to show'))));
  }
  return el('div', { class: 'table-wrap' }, el('table', null, el('thead', null, head),
    el('tbody', null, body)));
}

/** A button with bilingual text. */
export function button(zh, en, attrs) {
  return tx('button', zh, en, Object.assign({ type: 'button' }, attrs || {}));
}

/**
 * Runs an action for a button: disabled meanwhile, so a double click never sends twice; errors go to box.
 */
export async function busy(buttonNode, box, work) {
  if (buttonNode) buttonNode.disabled = true;
  try {
    return await work();
  } catch (error) {
    fail(box, error);
    return undefined;
  } finally {
    if (buttonNode) buttonNode.disabled = false;
  }
}

/** The CSS class for a case's time status (hall.css colours on_time / near_due / overdue). */
export function timeClass(status) {
  return status && status.code ? status.code.toLowerCase() : '';
}

/**
 * Any JSON value as readable DOM, for endpoints whose exact shape this console does not know (optional admin
 * sections, new statistics): coded values translated, arrays of objects as tables, times as hall time.
 */
export function render(value) {
  if (value === null || value === undefined || value === '') return el('span', { class: 'muted' }, '—');
  if (typeof value === 'boolean') {
    return value ? bi('✓ 是', '✓ yes', { class: 'yes' }) : bi('✗ 否', '✗ no', { class: 'no' });
  }
  if (typeof value === 'number') return el('span', null, String(Math.round(value * 100) / 100));
  if (typeof value === 'string') {
    return el('span', null, /^\d{4}-\d\d-\d\dT\d\d:\d\d/.test(value) ? Hall.time(value, true) : value);
  }
  if (Array.isArray(value)) {
    if (!value.length) return el('span', { class: 'muted' }, '—');
    if (value.every(entry => entry && typeof entry === 'object' && !Array.isArray(entry) && !('zh' in entry))) {
      const keys = [...new Set(value.flatMap(Object.keys))].slice(0, 12);
      return table(keys.map(key => [key, key, row => render(row[key])]), value);
    }
    return el('ul', { class: 'plain' }, value.map(entry => el('li', null, render(entry))));
  }
  if ('zh' in value && typeof value.zh === 'string') return coded(value);
  return el('dl', { class: 'pairs' }, Object.entries(value).flatMap(([key, entry]) =>
    [el('dt', null, key), el('dd', null, render(entry))]));
}

/** A tooltip that follows the language switch (the listener below). */
export function titled(node, zh, en) {
  node.dataset.zhTitle = zh;
  node.dataset.enTitle = en || zh;
  node.title = Hall.t(zh, en);
  return node;
}

/** Tooltips in root (built from data) in the current language. */
export function translateTitles(root) {
  (root || document).querySelectorAll('[data-zh-title]').forEach(node => {
    node.title = Hall.t(node.dataset.zhTitle, node.dataset.enTitle);
  });
}

Hall.onLang(() => translateTitles());
