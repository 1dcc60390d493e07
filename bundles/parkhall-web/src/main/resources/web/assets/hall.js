/*
 * Shared by every face of the hall (console, kiosk, display, rating pad, guides), imported as an ES module.
 * Text from the hall is only ever set with textContent: nothing a user typed can become markup.
 */

const LANG_KEY = 'parkhall.lang';
let lang = localStorage.getItem(LANG_KEY) === 'en' ? 'en' : 'zh';
let csrfToken = '';
const langListeners = [];

/** The page's element with that id. */
export const $ = id => document.getElementById(id);

/** The text in the current language. */
export function t(zh, en) {
  return lang === 'en' && en ? en : zh;
}

/** A coded value from the API ({code, zh, en}) in the current language. */
export function label(coded) {
  if (!coded) return '';
  return typeof coded === 'string' ? coded : t(coded.zh, coded.en);
}

/** Shows elements' data-zh / data-en text (and data-zh-placeholder / data-en-placeholder) in the current language. */
export function translate(root) {
  (root || document).querySelectorAll('[data-zh]').forEach(node => {
    node.textContent = t(node.dataset.zh, node.dataset.en);
  });
  (root || document).querySelectorAll('[data-zh-placeholder]').forEach(node => {
    node.placeholder = t(node.dataset.zhPlaceholder, node.dataset.enPlaceholder);
  });
  document.documentElement.lang = lang === 'en' ? 'en' : 'zh-CN';
}

/** Switches the language and remembers it for this browser's other faces. */
export function setLang(next) {
  showLang(next);
  localStorage.setItem(LANG_KEY, lang);
}

/**
 * Switches the language on this page only: the hall TV alternates by itself and must not switch a kiosk or pad
 * that shares its browser.
 */
export function showLang(next) {
  lang = next === 'en' ? 'en' : 'zh';
  translate();
  langListeners.forEach(listener => listener(lang));
}

/** Calls listener after every language switch (to redraw what was drawn from data). */
export function onLang(listener) {
  langListeners.push(listener);
}

/**
 * Builds an element. attrs: class, text (textContent), on<Event> handlers, anything else as an attribute.
 * Children may be elements or strings (added as text).
 */
export function el(tag, attrs, ...children) {
  const node = document.createElement(tag);
  Object.entries(attrs || {}).forEach(([name, value]) => {
    if (value === undefined || value === null || value === false) return;
    if (name === 'text') node.textContent = value;
    else if (name.startsWith('on') && typeof value === 'function') node.addEventListener(name.slice(2).toLowerCase(), value);
    else node.setAttribute(name, value === true ? '' : value);
  });
  children.flat(Infinity).forEach(child => {
    if (child === undefined || child === null || child === false) return;
    node.append(child instanceof Node ? child : document.createTextNode(String(child)));
  });
  return node;
}

/** A refusal or failure from the API, with its bilingual message. */
export class ApiError extends Error {
  constructor(status, error) {
    super(error.messageEn || error.message || ('HTTP ' + status));
    this.status = status;
    this.code = error.code || 'error';
    this.zh = error.message || '请求失败';
    this.en = error.messageEn || this.zh;
    this.field = error.field || '';
  }

  text() {
    return t(this.zh, this.en);
  }
}

/** Calls the API: JSON in and out, the CSRF token on every change, errors thrown as ApiError. */
export async function api(method, path, body) {
  const headers = { Accept: 'application/json' };
  const init = { method, headers, credentials: 'same-origin' };
  if (method !== 'GET') {
    headers['Content-Type'] = 'application/json';
    if (csrfToken) headers['X-CSRF-Token'] = csrfToken;
    init.body = JSON.stringify(body || {});
  }
  let response;
  try {
    response = await fetch(path, init);
  } catch (e) {
    throw new ApiError(0, { code: 'network', message: '网络连接失败，请稍后重试', messageEn: 'network error; try again' });
  }
  const text = await response.text();
  let json = {};
  try {
    json = text ? JSON.parse(text) : {};
  } catch (e) {
    json = { error: { code: 'bad_response', message: '服务器响应异常', messageEn: 'unexpected server response' } };
  }
  if (!response.ok) {
    throw new ApiError(response.status, json.error || {});
  }
  return json;
}

/** Remembers the session's CSRF token (from the session answer) for later changes. */
export function useSession(session) {
  csrfToken = session && session.csrfToken ? session.csrfToken : '';
}

/**
 * The hall's opening hours, time zone and booking rules (GET /api/v1/hours), read once per page: every face shows
 * times in the hall's configured zone, not the browser's. Null when the hall does not answer.
 */
export const HOURS = await fetch('/api/v1/hours', { headers: { Accept: 'application/json' } })
  .then(answer => answer.ok ? answer.json() : null).catch(() => null);
/** The hall's time zone; China Standard Time only while the hall cannot be asked. */
export const ZONE = HOURS ? HOURS.zone : 'Asia/Shanghai';

/** A time like 2026-11-24T01:30:00Z as hall local time HH:mm (or with the date when not today). */
export function time(iso, withDate) {
  if (!iso) return '';
  const date = new Date(iso);
  const hhmm = date.toLocaleTimeString('zh-CN', { hour: '2-digit', minute: '2-digit', hour12: false, timeZone: ZONE });
  return withDate ? date.toLocaleDateString('zh-CN', { timeZone: ZONE }) + ' ' + hhmm : hhmm;
}


/**
 * A day in the hall (today, or offsetDays from now) as YYYY-MM-DD, whatever the browser's time zone; built from
 * the parts so it does not depend on a locale's date format being available.
 */
export function today(offsetDays = 0) {
  const parts = new Intl.DateTimeFormat('en-US', { timeZone: ZONE, year: 'numeric', month: '2-digit',
    day: '2-digit' }).formatToParts(new Date(Date.now() + offsetDays * 86400000));
  const part = type => parts.find(entry => entry.type === type).value;
  return part('year') + '-' + part('month') + '-' + part('day');
}

/** Wires a button with data-lang-switch to toggle 中文/English. */
function langSwitch(button) {
  const show = () => { button.textContent = lang === 'en' ? '中文' : 'English'; };
  button.addEventListener('click', () => setLang(lang === 'en' ? 'zh' : 'en'));
  onLang(show);
  show();
}

/** The page's language now: 'zh' or 'en'. */
export function currentLang() {
  return lang;
}

/** Sets text that the language switch keeps translated (translate() reads data-zh / data-en). */
export function setText(node, zh, en) {
  node.dataset.zh = zh == null ? '' : String(zh);
  node.dataset.en = en == null || en === '' ? node.dataset.zh : String(en);
  node.textContent = t(node.dataset.zh, node.dataset.en);
  return node;
}

// Module scripts run once the page is parsed: its static text can be translated now.
translate();
document.querySelectorAll('[data-lang-switch]').forEach(langSwitch);
