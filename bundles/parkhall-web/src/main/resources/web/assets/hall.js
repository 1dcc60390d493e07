/*
 * Shared by every face of the hall (console, kiosk, display, rating pad, guides).
 * Text from the hall is only ever set with textContent: nothing a user typed can become markup.
 */
'use strict';

const Hall = (() => {
  const LANG_KEY = 'parkhall.lang';
  let lang = localStorage.getItem(LANG_KEY) === 'en' ? 'en' : 'zh';
  let csrfToken = '';
  const langListeners = [];

  /** The text in the current language. */
  function t(zh, en) {
    return lang === 'en' && en ? en : zh;
  }

  /** A coded value from the API ({code, zh, en}) in the current language. */
  function label(coded) {
    if (!coded) return '';
    return typeof coded === 'string' ? coded : t(coded.zh, coded.en);
  }

  /** Shows elements' data-zh / data-en text (and data-zh-placeholder / data-en-placeholder) in the current language. */
  function translate(root) {
    (root || document).querySelectorAll('[data-zh]').forEach(node => {
      node.textContent = t(node.dataset.zh, node.dataset.en);
    });
    (root || document).querySelectorAll('[data-zh-placeholder]').forEach(node => {
      node.placeholder = t(node.dataset.zhPlaceholder, node.dataset.enPlaceholder);
    });
    document.documentElement.lang = lang === 'en' ? 'en' : 'zh-CN';
  }

  function setLang(next) {
    lang = next === 'en' ? 'en' : 'zh';
    localStorage.setItem(LANG_KEY, lang);
    translate();
    langListeners.forEach(listener => listener(lang));
  }

  /** Calls listener after every language switch (to redraw what was drawn from data). */
  function onLang(listener) {
    langListeners.push(listener);
  }

  /**
   * Builds an element. attrs: class, text (textContent), on<Event> handlers, anything else as an attribute.
   * Children may be elements or strings (added as text).
   */
  function el(tag, attrs, ...children) {
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
  class ApiError extends Error {
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
  async function api(method, path, body) {
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
  function useSession(session) {
    csrfToken = session && session.csrfToken ? session.csrfToken : '';
  }

  /** A time like 2026-11-24T01:30:00Z as hall local time HH:mm (or with the date when not today). */
  function time(iso, withDate) {
    if (!iso) return '';
    const date = new Date(iso);
    const hhmm = date.toLocaleTimeString('zh-CN', { hour: '2-digit', minute: '2-digit', hour12: false, timeZone: 'Asia/Shanghai' });
    return withDate ? date.toLocaleDateString('zh-CN', { timeZone: 'Asia/Shanghai' }) + ' ' + hhmm : hhmm;
  }

  /** Wires a button with data-lang-switch to toggle 中文/English. */
  function langSwitch(button) {
    const show = () => { button.textContent = lang === 'en' ? '中文' : 'English'; };
    button.addEventListener('click', () => setLang(lang === 'en' ? 'zh' : 'en'));
    onLang(show);
    show();
  }

  document.addEventListener('DOMContentLoaded', () => {
    translate();
    document.querySelectorAll('[data-lang-switch]').forEach(langSwitch);
  });

  return { t, label, translate, setLang, onLang, el, api, ApiError, useSession, time, get lang() { return lang; } };
})();
