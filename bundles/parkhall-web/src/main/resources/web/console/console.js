/*
 * The staff console's frame: sign-in and session, the navigation between sections, and the small helpers every
 * section uses. Sections (workstation.js, intake.js, …) register themselves with Console.section(); this file
 * shows the one the #hash names, if the signed-in roles allow it.
 * Every value from the hall goes into the page as text (Hall.el / textContent), never as HTML.
 */
'use strict';

const Console = (() => {
  const $ = id => document.getElementById(id);
  const sections = new Map();
  const listeners = new Map();
  let session = null;
  let role = null;
  let locked = false;
  let currentId = null;
  let lastActivity = Date.now();
  let catalogCache = null;
  let catalogAt = 0;
  /**
   * Query codes (查询码) issued in this page, by case number, for the documents printed next: the hall keeps only
   * their digest, so they are gone when the page is left. Never put in the address bar.
   */
  const queryCodes = new Map();

  // ---------------------------------------------------------------- building elements

  /** Drops what is not content and flattens nested lists, so a builder may pass [sep, node] pairs or null. */
  function content(children) {
    return children.flat(Infinity).filter(child => child !== null && child !== undefined && child !== false);
  }

  /** Hall.el, taking children nested to any depth (Hall.el flattens one level only). */
  function el(tag, attrs, ...children) {
    return Hall.el(tag, attrs, ...content(children));
  }

  /** Replaces a node's children, nested lists and nulls allowed as in el(). */
  function fill(node, ...children) {
    node.replaceChildren(...content(children));
    return node;
  }

  // ---------------------------------------------------------------- bilingual text

  /** An element whose text follows the language switch (hall.js re-translates data-zh / data-en). */
  function tx(tag, zh, en, attrs) {
    return Hall.el(tag, Object.assign({ 'data-zh': zh, 'data-en': en || zh, text: Hall.t(zh, en) }, attrs || {}));
  }

  /** A span for bilingual text. */
  function bi(zh, en, attrs) {
    return tx('span', zh, en, attrs);
  }

  /** A coded value from the API ({code, zh, en}) or a Bilingual ({zh, en}) as a span that follows the language. */
  function coded(value, attrs) {
    if (value === null || value === undefined || value === '') return el('span', attrs, '—');
    if (typeof value !== 'object') return el('span', attrs, String(value));
    return bi(value.zh || value.code || '', value.en || value.zh || value.code || '', attrs);
  }

  /** Puts bilingual text in an existing node (it must hold text only). */
  function setText(node, zh, en) {
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
  function say(box, kind, zh, en) {
    const target = box || $('message');
    clearTimeout(target.hideTimer);
    if (!zh) {
      target.replaceChildren();
      target.className = target === $('message') ? 'message' : 'msg';
      target.hidden = target === $('message');
      return;
    }
    fill(target, bi(zh, en));
    target.className = (target === $('message') ? 'message ' : 'msg ') + 'msg-' + kind;
    target.hidden = false;
    target.setAttribute('data-kind', kind);
    if (target === $('message') && kind === 'ok') {
      target.hideTimer = setTimeout(() => say(null), 8000);
    }
  }

  /** Shows what went wrong: the API's bilingual message, or a generic one for a script failure. */
  function fail(box, error) {
    if (error instanceof Hall.ApiError) {
      if (error.status === 401) return; // the login form is already showing
      say(box, 'error', error.zh, error.en);
    } else {
      console.error(error);
      say(box, 'error', '操作失败，请重试或联系管理员', 'Something went wrong; try again or call the administrator');
    }
  }

  /** Marks a form field as wrong (or right, when zh is empty) with the text under it. */
  function fieldError(input, errorBox, zh, en) {
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

  // ---------------------------------------------------------------- the API

  /**
   * Hall.api, plus what a signed-in console needs: 401 shows the login form again (the page and its unsaved forms
   * stay as they are underneath), and a stale CSRF token is renewed once.
   */
  async function api(method, path, body) {
    try {
      return await Hall.api(method, path, body);
    } catch (error) {
      if (!(error instanceof Hall.ApiError)) throw error;
      if (error.status === 401) {
        lock('expired');
        throw error;
      }
      if (error.status === 403 && error.code === 'csrf') {
        try {
          Hall.useSession(await Hall.api('GET', '/api/v1/session'));
        } catch (renewal) {
          if (renewal.status === 401) lock('expired');
          throw renewal;
        }
        return Hall.api(method, path, body);
      }
      throw error;
    }
  }

  /** A GET that answers null when the endpoint is not there (yet) or not for this role: optional sections. */
  async function optional(path) {
    try {
      return await api('GET', path);
    } catch (error) {
      if (error instanceof Hall.ApiError && [403, 404, 405, 501].includes(error.status)) return null;
      throw error;
    }
  }

  /** The catalog (items with availability, and the 一件事 bundles), kept a minute: many screens name items. */
  async function catalog(fresh) {
    if (fresh || !catalogCache || Date.now() - catalogAt > 60000) {
      catalogCache = await api('GET', '/api/v1/items');
      catalogAt = Date.now();
    }
    return catalogCache;
  }

  /** A department's name as {zh, en}, from the catalog already loaded; the code itself when unknown. */
  function departmentName(code) {
    if (code === 'hall') return { zh: '分中心', en: 'the hall' };
    const item = catalogCache && catalogCache.items.find(entry => entry.department && entry.department.code === code);
    return item ? item.department.name : { zh: code || '—', en: code || '—' };
  }

  // ---------------------------------------------------------------- small builders

  /** A label, an input and the error line under it. The input gets the id; the error line id-error. */
  function field(id, zh, en, input, hintNode) {
    input.id = id;
    const error = el('div', { class: 'field-error', id: id + '-error', 'aria-live': 'polite' });
    const wrap = el('div', { class: 'field' }, tx('label', zh, en, { for: id }), input, hintNode, error);
    return { wrap, input, error };
  }

  /**
   * A table: columns are [zh, en, cell(row) → node or text, class?]; rowAttrs(row) gives each row's attributes.
   * Wrapped so a wide table scrolls on its own on a phone instead of the page.
   */
  function table(columns, rows, rowAttrs, emptyZh, emptyEn) {
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

  /**
   * The applicant's query code just issued for a case: remembered for the documents printed from this page (see
   * queryCodes) and shown once, to read out or copy onto the receipt.
   */
  function queryCode(number, code, id) {
    if (!code) return null;
    queryCodes.set(number, code);
    return el('p', { class: 'query-code' }, bi('查询码：', 'Query code: '), el('strong', { id }, code),
      el('span', { class: 'muted small' }, ' ', bi('（只显示这一次，已印在文书上；申请人凭办件编号和查询码查询进度）',
        '(shown this once and printed on the document; the applicant follows the case with its number and this code)')));
  }

  /** A button with bilingual text. */
  function button(zh, en, attrs) {
    return tx('button', zh, en, Object.assign({ type: 'button' }, attrs || {}));
  }

  /**
   * Runs an action for a button: disabled meanwhile, so a double click never sends twice; errors go to box.
   */
  async function busy(buttonNode, box, work) {
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
  function timeClass(status) {
    return status && status.code ? status.code.toLowerCase() : '';
  }

  /**
   * Today in the hall (Asia/Shanghai) as YYYY-MM-DD, whatever the browser's time zone; built from the parts so it
   * does not depend on a locale's date format being available.
   */
  function today() {
    const parts = new Intl.DateTimeFormat('en-US', { timeZone: 'Asia/Shanghai', year: 'numeric', month: '2-digit',
      day: '2-digit' }).formatToParts(new Date());
    const part = type => parts.find(entry => entry.type === type).value;
    return part('year') + '-' + part('month') + '-' + part('day');
  }

  /**
   * Any JSON value as readable DOM, for endpoints whose exact shape this console does not know (optional admin
   * sections, new statistics): coded values translated, arrays of objects as tables, times as hall time.
   */
  function render(value) {
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

  // ---------------------------------------------------------------- events between sections

  function on(name, listener) {
    if (!listeners.has(name)) listeners.set(name, []);
    listeners.get(name).push(listener);
  }

  function emit(name, data) {
    (listeners.get(name) || []).forEach(listener => {
      try {
        listener(data);
      } catch (error) {
        console.error(error);
      }
    });
  }

  // ---------------------------------------------------------------- roles and sections

  /** What the session's roles allow, as the server's AccessRules decide it (halladmin counts as clerk). */
  function rolesOf(current) {
    const roles = current.roles || [];
    const admin = roles.includes('halladmin');
    const departments = current.departments || [];
    // department: the one an approver's inbox opens on; with several they choose, as a hall admin does.
    return { admin, clerk: admin || roles.includes('clerk'), guide: roles.includes('guide'), departments,
      approver: departments.length > 0, department: departments.length === 1 ? departments[0] : '' };
  }

  /**
   * Registers a section: {id, zh, en, allowed(role), build(root), show(args), hide(), nav: false to keep it out of
   * the navigation}. build runs once, the first time the section is shown.
   */
  function section(definition) {
    sections.set(definition.id, Object.assign({ nav: true, built: false }, definition));
  }

  /** The section's element (print lives in print-view: the print button itself is #print). */
  function element(definition) {
    return $(definition.element || definition.id);
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
  function go(...parts) {
    const hash = '#' + parts.map(part => encodeURIComponent(String(part))).join('/');
    if (location.hash === hash) route();
    else location.hash = hash;
  }

  /** Shows the section the hash names, or the role's first section. */
  function route() {
    if (!session || locked) return;
    let [id, ...args] = parseHash();
    let definition = sections.get(id);
    if (!definition || !definition.allowed(role)) {
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
  function watchHiddenSections(main) {
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

  function buildNav() {
    const nav = $('nav');
    const shown = [...sections.values()].filter(definition => definition.nav && definition.allowed(role));
    // An approver's day starts in the inbox: put it first for them.
    if (!role.clerk && role.approver) shown.sort((a, b) => (b.id === 'inbox') - (a.id === 'inbox'));
    fill(nav, ...shown
      .map(definition => tx('a', definition.zh, definition.en, {
        href: '#' + definition.id, id: 'nav-' + definition.id, 'data-section': definition.id,
      })));
    nav.hidden = false;
  }

  // ---------------------------------------------------------------- sign-in, lock, sign-out

  function roleNames() {
    const names = [];
    if (role.admin) names.push(['管理员', 'hall admin']);
    else if (role.clerk) names.push(['综窗受理', 'clerk']);
    if (role.guide) names.push(['咨询导办', 'guide']);
    role.departments.forEach(department => {
      const name = departmentName(department);
      names.push([name.zh + '审批', name.en + ' approver']);
    });
    return names;
  }

  function showWho() {
    const who = $('who');
    const names = roleNames();
    fill(who, el('strong', null, session.user), ' · ',
      bi(names.map(name => name[0]).join('、'), names.map(name => name[1]).join(', ')));
    who.hidden = false;
    $('logout').hidden = false;
  }

  async function start(current) {
    session = current;
    role = rolesOf(current);
    Hall.useSession(current);
    locked = false;
    lastActivity = Date.now();
    $('login').hidden = true;
    $('app').hidden = false;
    buildNav();
    showWho();
    // Department names for the header come from the catalog; the page works without it.
    catalog().then(showWho).catch(() => {});
    route();
  }

  /** Shows the login form over the page; what was typed underneath stays for when the same user is back. */
  function lock(reason) {
    if (locked || !session) {
      if (!session) showLogin();
      return;
    }
    locked = true;
    $('app').hidden = true;
    $('nav').hidden = true;
    showLogin();
    $('login-user').value = session.user;
    if (reason === 'idle') {
      say($('login-message'), 'info', '长时间未操作，已自动锁定，请重新登录（未提交的内容已保留）',
        'Locked after a while without use: sign in again (unsaved work is kept)');
    } else {
      say($('login-message'), 'info', '登录已超时，请重新登录（未提交的内容已保留）',
        'Your session expired: sign in again (unsaved work is kept)');
    }
    $('login-password').focus();
  }

  function showLogin() {
    $('login').hidden = false;
    $('app').hidden = true;
    $('nav').hidden = true;
    $('who').hidden = true;
    $('logout').hidden = true;
    if (!$('login-user').value) $('login-user').focus();
  }

  async function submitLogin(event) {
    event.preventDefault();
    const user = $('login-user');
    const password = $('login-password');
    const box = $('login-message');
    say(box);
    if (!user.value.trim() || !password.value) {
      say(box, 'error', '请输入用户名和密码', 'Enter your user name and password');
      (user.value.trim() ? password : user).focus();
      return;
    }
    $('login-submit').disabled = true;
    try {
      const current = await Hall.api('POST', '/api/v1/session', { username: user.value.trim(),
        password: password.value });
      password.value = '';
      if (locked && session && current.user !== session.user) {
        // Someone else took over the screen: nothing of the previous user's work may stay on it.
        location.reload();
        return;
      }
      if (locked) {
        session = current;
        Hall.useSession(current);
        locked = false;
        lastActivity = Date.now();
        $('login').hidden = true;
        $('app').hidden = false;
        $('nav').hidden = false;
        showWho();
        say(null, 'info', '已重新登录；如刚才的操作未完成，请再提交一次',
          'Signed in again; if your last step did not go through, submit it once more');
        route();
      } else {
        await start(current);
      }
    } catch (error) {
      password.value = '';
      password.focus();
      if (error instanceof Hall.ApiError) say(box, 'error', error.zh, error.en);
      else fail(box, error);
    } finally {
      $('login-submit').disabled = false;
    }
  }

  async function logout() {
    try {
      await Hall.api('POST', '/api/v1/session/logout', {});
    } catch (e) {
      // Signed out either way: the page below is reloaded without the session.
    }
    location.replace('/console/');
  }

  /** Locks the screen after the session's idle time without a key or a click, as the server would. */
  function watchIdle() {
    ['pointerdown', 'keydown', 'wheel', 'touchstart'].forEach(name =>
      document.addEventListener(name, () => { lastActivity = Date.now(); }, { passive: true, capture: true }));
    setInterval(() => {
      if (!session || locked) return;
      const idleMs = (session.idleMinutes || 30) * 60000;
      if (Date.now() - lastActivity > idleMs) {
        Hall.api('POST', '/api/v1/session/logout', {}).catch(() => {});
        lock('idle');
      }
    }, 15000);
  }

  async function boot() {
    $('login-form').addEventListener('submit', submitLogin);
    $('logout').addEventListener('click', logout);
    window.addEventListener('hashchange', route);
    watchHiddenSections($('app'));
    watchIdle();
    // /console/cases/PH… (a path without extension serves this page too) becomes #cases/PH….
    const below = location.pathname.replace(/^\/console\/?/, '');
    if (below && !location.hash) history.replaceState(null, '', '/console/#' + below);
    try {
      await start(await Hall.api('GET', '/api/v1/session'));
    } catch (error) {
      showLogin();
      if (!(error instanceof Hall.ApiError) || error.status !== 401) fail($('login-message'), error);
    }
  }

  document.addEventListener('DOMContentLoaded', boot);

  return {
    $, el, fill, tx, bi, coded, setText, say, fail, fieldError, api, optional, catalog, departmentName, field, table, button,
    busy, timeClass, today, render, on, emit, section, go, route,
    queryCodes, queryCode,
    get session() { return session; },
    get role() { return role; },
    /** Whether timers may call the API now (signed in, not locked, page visible). */
    get active() { return Boolean(session) && !locked && !document.hidden; },
    get current() { return currentId; },
  };
})();
