/*
 * What the public guide pages share: bilingual text from the hall's values, messages, item links and limits.
 */
import * as Hall from '/assets/hall.js';

export const { $, setText } = Hall;

/** A new element with such text. */
export function say(tag, zh, en, attrs) {
  return setText(Hall.el(tag, attrs), zh, en);
}

/** {zh, en} from whatever the API sent: a plain string, {zh, en}, {code, zh, en}, or {name: …}. */
export function bi(value) {
  if (value === undefined || value === null || value === '') return null;
  if (typeof value !== 'object') return { zh: String(value), en: String(value) };
  if (value.zh) return { zh: value.zh, en: value.en || value.zh };
  if (value.name) return bi(value.name);
  if (value.code) return { zh: String(value.code), en: String(value.code) };
  return null;
}

/** An element showing a bilingual API value (or nothing when the value is absent). */
export function show(tag, value, attrs) {
  const text = bi(value);
  return text ? say(tag, text.zh, text.en, attrs) : null;
}

/** A definition list from [zh, en, value-node] rows, leaving out rows without a value. */
export function facts(rows) {
  return Hall.el('dl', { class: 'facts' }, rows.filter(row => row[2]).map(([zh, en, value]) =>
    Hall.el('div', {}, say('dt', zh, en), Hall.el('dd', {}, value))));
}

export function message(id, zh, en) {
  const box = $(id);
  box.classList.toggle('shown', Boolean(zh));
  if (!zh) {
    delete box.dataset.zh;
    box.textContent = '';
    return;
  }
  setText(box, zh, en);
}

export function apiMessage(id, error, zhHint, enHint) {
  const zh = error instanceof Hall.ApiError ? error.zh : '出现异常，请稍后重试';
  const en = error instanceof Hall.ApiError ? error.en : 'Something went wrong; please try again';
  const trim = line => line.replace(/[。.]\s*$/, ''); // the hint follows as its own sentence
  message(id, zhHint ? `${trim(zh)}。${zhHint}` : zh, enHint ? `${trim(en)}. ${enHint}` : en);
}

export function itemHref(code) {
  return '/guide/item/' + encodeURIComponent(code);
}

/** "承诺 N 个工作日" or 即办件, for lists and guides alike. */
export function limits(item) {
  if (item.instant || item.promisedLimitDays === 0) return say('span', '即办件', 'decided on the spot', { class: 'limit' });
  return say('span', `承诺 ${item.promisedLimitDays} 个工作日（法定 ${item.legalLimitDays} 个）`,
    `${item.promisedLimitDays} working days promised (legal limit ${item.legalLimitDays})`, { class: 'limit' });
}

export function availability(item) {
  const code = item.availability && item.availability.code;
  // Served on other nodes only is refused here as well: shown as unavailable, naming the nodes that take it.
  const away = code === 'UNAVAILABLE' || code === 'OTHER_NODES';
  const tag = show('span', item.availability, { class: 'tag ' + (away ? 'unavailable' : 'available') });
  if (code !== 'OTHER_NODES' || !item.servedOn || !item.servedOn.length) return tag;
  return Hall.el('span', {}, tag, ' ' + item.servedOn.join('、'));
}
