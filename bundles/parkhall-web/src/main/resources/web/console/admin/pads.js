/*
 * The admin's rating pads tab (评价器): each counter's pad, paired or not. A pairing code drawn here is shown only on
 * this page (the hall keeps its hash) until it is used or expires; it is typed into the pad at /rate/<counter>.
 */
import * as Hall from '/assets/hall.js';
import { el, fill, bi, say, table, button, busy } from '../dom.js';
import { api } from '../api.js';

const codes = new Map(); // counter → the code drawn here, with its expiry, while the hall still holds it

function state(pad) {
  const code = codes.get(pad.counter);
  if (code && pad.codeExpiresAt === code.expiresAt) {
    const until = Hall.time(code.expiresAt);
    return el('span', null, bi('配对码 ', 'Pairing code '),
      el('strong', { class: 'code', id: 'pad-code-' + pad.counter }, code.code), ' ',
      bi('（' + until + ' 前在评价器上输入）', ' (enter it on the pad before ' + until + ')', { class: 'muted small' }));
  }
  if (pad.pairedAt) {
    const since = Hall.time(pad.pairedAt, true);
    return bi('已配对 ' + since, 'paired ' + since, { class: 'on_time', id: 'pad-paired-' + pad.counter });
  }
  if (pad.codeExpiresAt) return bi('配对码待使用', 'pairing code not used yet', { class: 'near_due' });
  return bi('未配对', 'not paired', { class: 'muted' });
}

function actions(pad, message, redraw) {
  const pair = button(pad.pairedAt ? '重新配对' : '生成配对码', pad.pairedAt ? 'Pair again' : 'Draw a pairing code',
    { id: 'pad-pair-' + pad.counter, class: 'small' });
  pair.addEventListener('click', async () => {
    const code = await busy(pair, message, () => api('POST', `/api/v1/rating-pads/${pad.counter}/pairing-code`, {}));
    if (!code) return;
    codes.set(pad.counter, code);
    await redraw();
  });
  const unpair = button('解除配对', 'Unpair', { id: 'pad-unpair-' + pad.counter, class: 'small danger-outline',
    disabled: !pad.pairedAt && !pad.codeExpiresAt });
  unpair.addEventListener('click', async () => {
    if (!await busy(unpair, message, () => api('POST', `/api/v1/rating-pads/${pad.counter}/unpair`, {}))) return;
    codes.delete(pad.counter);
    say(null, 'ok', pad.counter + '号窗口评价器已解除配对', 'Counter ' + pad.counter + '’s pad unpaired');
    await redraw();
  });
  return el('div', { class: 'btn-row' }, pair, unpair);
}

/** Draws the tab into box; redraw() draws it again after a change. */
async function draw(box, redraw) {
  const { pads } = await api('GET', '/api/v1/rating-pads');
  const message = el('div', { class: 'msg', id: 'pads-message' });
  fill(box, el('p', { class: 'muted small' }, bi('评价器只在配对后向办事群众征询评价；重新配对会让旧设备失效。',
    'A pad asks visitors to rate only once paired; pairing again retires the old device.')),
  table([
    ['窗口', 'Counter', pad => String(pad.counter)],
    ['名称', 'Name', pad => pad.name],
    ['评价器', 'Rating pad', state],
    ['操作', 'Actions', pad => actions(pad, message, redraw)],
  ], pads, pad => ({ id: 'pad-row-' + pad.counter })), message);
}

export default { name: 'pads', zh: '评价器', en: 'Rating pads', draw };
