/*
 * 网上办: sign in through the unified identity, apply for an item taken online from its declared form (the
 * console's form renderer), upload each material the notice names (a phone's camera or a file), supplement, follow
 * the case. Every call is the online API's (/api/v1/online/*), with the online session's CSRF token.
 */
import { $, t, el, api, useSession, translate } from '/assets/hall.js';
import { formEditor } from '/console/form.js';

const HASH_MESSAGES = {
  '#sign-in-refused': ['登录未完成，请重新登录', 'The sign-in did not complete; sign in again'],
  '#sign-in-unavailable': ['统一身份认证暂时无法访问，请稍后重试', 'The identity provider cannot be reached; try later'],
};
let token = '';
let items = [];
let editor = null;

function say(zh, en) {
  $('online-message').textContent = t(zh, en);
}

function fail(error) {
  say(error.zh || '操作失败', error.en || 'failed');
}

async function start() {
  const known = HASH_MESSAGES[location.hash];
  if (known) say(...known);
  let account;
  try {
    account = await api('GET', '/api/v1/online/account');
  } catch (error) {
    $('signed-out').hidden = false;
    return;
  }
  token = account.csrfToken;
  useSession(account);
  $('signed-in').hidden = false;
  $('account').textContent = `${account.name} ${account.idNumber}`
    + (account.enterprise ? ` · ${account.enterprise.name} ${account.enterprise.creditCode}` : '');
  await Promise.all([showCases(), showItems()]);
}

async function showCases() {
  const answer = await api('GET', '/api/v1/online/cases');
  $('cases').replaceChildren(...answer.cases.map(own => el('li', {},
    el('a', { href: '#case-' + own.number, onclick: () => openCase(own.number) }, own.number),
    ` ${own.itemName} · ${own.state}`)));
}

async function showItems() {
  items = (await api('GET', '/api/v1/online/items')).items;
  $('item').replaceChildren(...items.map(item => el('option', { value: item.code },
    `${item.code} ${t(item.name.zh, item.name.en)}`)));
  $('item').onchange = chooseItem;
  chooseItem();
}

function chooseItem() {
  const item = items.find(each => each.code === $('item').value);
  editor = item ? formEditor([item]) : null;
  $('form').replaceChildren(editor ? editor.element : '');
}

async function apply() {
  try {
    const filed = await api('POST', '/api/v1/online/applications', {
      itemCode: $('item').value, facts: editor ? editor.values() : {}, delivery: { mode: 'WINDOW_PICKUP' },
    });
    await showCases();
    await openCase(filed.number);
  } catch (error) {
    fail(error);
  }
}

/** One case: where it stands, what the notice asks, an upload for each material, and the supplement. */
async function openCase(number) {
  const answer = await api('GET', '/api/v1/online/cases/' + encodeURIComponent(number));
  const file = answer.case;
  const item = items.find(each => each.code === file.itemCode);
  const uploaded = new Set(answer.materials.map(material => material.materialCode));
  const materials = item && item.guide ? item.guide.materials : [];
  const rows = materials.map(material => {
    const input = el('input', { type: 'file', accept: 'application/pdf,image/jpeg,image/png', capture: 'environment',
      id: 'upload-' + material.code, 'aria-label': t(material.name.zh, material.name.en) });
    input.onchange = () => upload(number, material.code, input.files[0]);
    return el('li', {}, `${t(material.name.zh, material.name.en)} ${uploaded.has(material.code) ? '✓' : ''} `,
      input);
  });
  const box = $('case');
  box.hidden = false;
  box.replaceChildren(el('h2', {}, `${file.number} · ${file.state}`),
    el('ul', { class: 'problems' }, (file.problems || []).map(problem => el('li', {},
      t(problem.reason.zh, problem.reason.en)))),
    el('ul', { id: 'materials' }, rows),
    el('button', { type: 'button', id: 'supplement', onclick: () => supplement(number) },
      t('提交补正', 'Send the materials')));
}

async function upload(number, material, file) {
  if (!file) return;
  const response = await fetch(`/api/v1/online/cases/${encodeURIComponent(number)}/materials/`
    + encodeURIComponent(material), { method: 'POST', credentials: 'same-origin', body: file,
    headers: { 'Content-Type': file.type || 'application/octet-stream', 'X-CSRF-Token': token } });
  if (!response.ok) {
    const error = (await response.json().catch(() => ({}))).error || {};
    say(error.message || '上传失败', error.messageEn || 'upload failed');
    return;
  }
  say('已上传', 'Uploaded');
  await openCase(number);
}

async function supplement(number) {
  try {
    await api('POST', `/api/v1/online/cases/${encodeURIComponent(number)}/supplement`, {});
    await showCases();
    await openCase(number);
  } catch (error) {
    fail(error);
  }
}

$('sign-in').onclick = async () => {
  try {
    location.assign((await api('POST', '/api/v1/online/sign-in', {})).redirect);
  } catch (error) {
    fail(error);
  }
};
$('sign-out').onclick = async () => {
  await api('POST', '/api/v1/online/sign-out', {});
  location.assign('/online/');
};
$('apply').onclick = apply;
translate();
start();
