/*
 * The rectifications tab (整改回访): each bad rating's rectification with its deadline, and the follow-up call
 * recorded to close it.
 */
import * as Hall from '/assets/hall.js';
import { el, fill, bi, coded, say, button, busy, today as hallToday } from '../dom.js';
import { api, catalog, departmentName } from '../api.js';

let openOnlyBox = null;

async function rectifications(box, redraw) {
  const openOnly = openOnlyBox.checked;
  const list = (await api('GET', '/api/v1/rectifications' + (openOnly ? '?open=true' : ''))).rectifications;
  await catalog().catch(() => null);
  const today = hallToday();
  const cards = list.map(entry => {
    const open = !entry.followedUpAt;
    const rating = entry.rating || {};
    const parts = [
      el('h4', null, '#' + entry.id, ' · ', coded(departmentName(entry.department)), ' · ',
        bi('整改期限 ', 'due '), el('span', { class: open && entry.deadline < today ? 'overdue' : '' }, entry.deadline),
        open ? bi(' 待回访', ' awaiting follow-up', { class: 'near_due' }) : bi(' 已回访', ' followed up', { class: 'on_time' })),
      el('p', { class: 'small' }, rating.subject || '', ' · ', bi('总体：', 'overall: '), coded(rating.overall),
        ' · ', bi('效率：', 'efficiency: '), coded(rating.efficiency), ' · ', bi('能力：', 'competence: '),
        coded(rating.competence), ' · ', bi('态度：', 'attitude: '), coded(rating.attitude)),
      rating.comment ? el('blockquote', null, rating.comment) : null,
      el('p', { class: 'muted small' }, bi('评价时间：', 'Rated: '), Hall.time(rating.ratedAt, true), ' · ',
        bi('立案：', 'opened: '), Hall.time(entry.openedAt, true)),
    ];
    if (open) {
      const note = el('textarea', { id: 'follow-up-note-' + entry.id, rows: '2', maxlength: '500',
        'data-zh-placeholder': '回访记录：联系情况、整改措施、评价人意见',
        'data-en-placeholder': 'follow-up call: contact, measures taken, the rater’s view',
        placeholder: Hall.t('回访记录：联系情况、整改措施、评价人意见', 'follow-up call: contact, measures taken, the rater’s view') });
      const message = el('div', { class: 'msg' });
      const submit = button('记录回访并办结', 'Record the follow-up', { id: 'follow-up-' + entry.id });
      submit.addEventListener('click', async () => {
        if (!note.value.trim()) {
          say(message, 'error', '请填写回访记录', 'Write what the follow-up call found');
          note.focus();
          return;
        }
        const answer = await busy(submit, message, () => api('POST', '/api/v1/rectifications/' + entry.id
          + '/follow-up', { note: note.value.trim() }));
        if (answer) {
          say(null, 'ok', '整改 #' + entry.id + ' 已回访办结', 'Rectification #' + entry.id + ' followed up');
          await redraw();
        }
      });
      parts.push(note, el('div', { class: 'btn-row' }, submit), message);
    } else {
      parts.push(el('p', null, bi('回访：', 'Follow-up: '), entry.followUp, ' — ', entry.followedUpBy, ' · ',
        Hall.time(entry.followedUpAt, true)));
    }
    return el('div', { class: 'panel rectification', 'data-id': String(entry.id) }, parts);
  });
  fill(box, ...(cards.length ? cards : [el('p', { class: 'muted' }, bi('没有需要整改的差评', 'No rectification'))]));
}

export default {
  name: 'rectifications', zh: '整改回访', en: 'Rectifications', draw: rectifications,
  controls(redraw) {
    openOnlyBox = el('input', { type: 'checkbox', id: 'rectifications-open', checked: true });
    openOnlyBox.addEventListener('change', redraw);
    return el('div', null, el('label', null, openOnlyBox, ' ', bi('只看待回访', 'open ones only')));
  },
};
