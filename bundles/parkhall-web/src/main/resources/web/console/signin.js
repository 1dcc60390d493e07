/*
 * Sign-in, the screen lock (idle time or an expired session: what was typed underneath stays) and sign-out.
 */
import * as Hall from '/assets/hall.js';
import { $ } from '/assets/hall.js';
import { el, fill, bi, say, fail } from './dom.js';
import { catalog, departmentName, onExpired } from './api.js';
import { currentSession, currentRole, isLocked, signedIn, setLocked } from './session.js';
import { route, buildNav, watchHiddenSections } from './router.js';

let lastActivity = Date.now();

function roleNames() {
  const role = currentRole();
  const names = [];
  if (role.admin) names.push(['管理员', 'hall admin']);
  else if (role.clerk) names.push(['综窗受理', 'clerk']);
  if (role.guide) names.push(['咨询导办', 'guide']);
  if (!role.admin && role.siteAdmin.length) {
    names.push(['站点管理员（' + role.siteAdmin.join('、') + '）', 'site admin (' + role.siteAdmin.join(', ') + ')']);
  }
  role.departments.forEach(department => {
    const name = departmentName(department);
    names.push([name.zh + '审批', name.en + ' approver']);
  });
  return names;
}

function showWho() {
  const who = $('who');
  const names = roleNames();
  const site = currentSession().site;
  // The site this node serves: where the clerk works, whose floor and numbers these are (全旗通办).
  fill(who, el('strong', null, currentSession().user), ' · ',
    bi(names.map(name => name[0]).join('、'), names.map(name => name[1]).join(', ')),
    ...(site ? [' · ', bi(site.name.zh, site.name.en)] : []));
  who.hidden = false;
  $('logout').hidden = false;
}

/** Opens the console for a session; after a lock, the same user carries on where they were. */
function open(current) {
  signedIn(current);
  Hall.useSession(current);
  lastActivity = Date.now();
  $('login').hidden = true;
  $('app').hidden = false;
}

function start(current) {
  open(current);
  buildNav();
  showWho();
  // Department names for the header come from the catalog; the page works without it.
  catalog().then(showWho).catch(() => {});
  route();
}

/** Shows the login form over the page; what was typed underneath stays for when the same user is back. */
function lock(reason) {
  const session = currentSession();
  if (isLocked() || !session) {
    if (!session) showLogin();
    return;
  }
  setLocked(true);
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
    const before = currentSession();
    if (isLocked() && before && current.user !== before.user) {
      // Someone else took over the screen: nothing of the previous user's work may stay on it.
      location.reload();
      return;
    }
    if (isLocked()) {
      open(current);
      $('nav').hidden = false;
      showWho();
      say(null, 'info', '已重新登录；如刚才的操作未完成，请再提交一次',
        'Signed in again; if your last step did not go through, submit it once more');
      route();
    } else {
      start(current);
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
    const session = currentSession();
    if (!session || isLocked()) return;
    const idleMs = (session.idleMinutes || 30) * 60000;
    if (Date.now() - lastActivity > idleMs) {
      Hall.api('POST', '/api/v1/session/logout', {}).catch(() => {});
      lock('idle');
    }
  }, 15000);
}

/** Wires the frame and opens the session the browser still has, or the login form. */
export async function boot() {
  $('login-form').addEventListener('submit', submitLogin);
  $('logout').addEventListener('click', logout);
  window.addEventListener('hashchange', route);
  onExpired(() => lock('expired'));
  watchHiddenSections($('app'));
  watchIdle();
  // /console/cases/PH… (a path without extension serves this page too) becomes #cases/PH….
  const below = location.pathname.replace(/^\/console\/?/, '');
  if (below && !location.hash) history.replaceState(null, '', '/console/#' + below);
  try {
    start(await Hall.api('GET', '/api/v1/session'));
  } catch (error) {
    showLogin();
    if (!(error instanceof Hall.ApiError) || error.status !== 401) fail($('login-message'), error);
  }
}
