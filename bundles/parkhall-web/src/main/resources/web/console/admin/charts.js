/*
 * What the admin tabs draw with: figures as text, bar charts from plain elements, tiles and colour keys.
 */
import { el, tx, bi, field, today } from '../dom.js';

export const minutes = value => (Math.round((value || 0) * 10) / 10).toString();
export const percent = value => Math.round((value || 0) * 1000) / 10 + '%';
export const pad = number => String(number).padStart(2, '0');
export const thisYear = () => Number(today().slice(0, 4));

/** A row of colour keys for a chart: [[class, zh, en]…]. */
export function legend(keys, id) {
  return el('ul', { class: 'legend', id }, keys.map(([className, zh, en]) => el('li', null,
    className ? el('span', { class: 'swatch ' + className, 'aria-hidden': 'true' }) : null, bi(zh, en))));
}

/**
 * Horizontal bars drawn with plain elements; widths are set through element.style (allowed by the page's CSP,
 * which forbids style attributes written in markup). rows: [{label: node, values: [number…], text}]; values are
 * drawn over each other, the first (widest) behind.
 */
export function bars({ id, zh, en, rows, max, keys, className }) {
  const top = max || Math.max(1, ...rows.flatMap(entry => entry.values));
  return el('div', { class: 'chart ' + (className || ''), id }, tx('h4', zh, en), keys ? legend(keys) : null,
    rows.map(entry => {
      const track = el('div', { class: 'bar-track' });
      entry.values.forEach((value, i) => {
        const bar = el('div', { class: 'bar-fill bar-' + i });
        bar.style.width = Math.max(0, Math.min(100, ((value || 0) / top) * 100)) + '%';
        track.append(bar);
      });
      return el('div', { class: 'bar-row' }, el('div', { class: 'bar-label' }, entry.label), track,
        el('div', { class: 'bar-value' }, entry.text));
    }), rows.length ? null : el('p', { class: 'muted' }, bi('暂无数据', 'no data')));
}

export function tile(zh, en, value, className, id) {
  return el('div', { class: 'tile', id }, tx('div', zh, en, { class: 'tile-label' }),
    el('div', { class: 'tile-value ' + (className || '') }, String(value)));
}

/** A day to show, today at first, redrawing the tab when changed; the input, in its labelled row. */
export function dayPicker(id, redraw) {
  const input = el('input', { type: 'date', value: today() });
  input.addEventListener('change', redraw);
  el('div', { class: 'row-fields' }, field(id, '日期', 'Day', input).wrap);
  return input;
}
