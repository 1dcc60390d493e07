/*
 * The queues and counters tab (队列与窗口): each queue's target and waiting, each counter's staff and ticket.
 */
import * as Hall from '/assets/hall.js';
import { el, fill, tx, bi, coded, table } from '../dom.js';
import { api } from '../api.js';

async function floor(box) {
  const [queues, counters] = await Promise.all([api('GET', '/api/v1/queues'), api('GET', '/api/v1/counters')]);
  fill(box, tx('h3', '队列', 'Queues'), table([
    ['字母', 'Letter', queue => el('strong', null, queue.letter)],
    ['名称', 'Name', queue => coded(queue.name)],
    ['服务目标', 'Target', queue => bi(queue.serviceLevelMinutes + ' 分钟', queue.serviceLevelMinutes + ' min')],
    ['等候', 'Waiting', queue => String(queue.waiting)],
    ['预计等候', 'Est. wait', queue => bi(queue.estimatedMinutes + ' 分钟', queue.estimatedMinutes + ' min')],
  ], queues.queues),
  tx('h3', '窗口', 'Counters'), table([
    ['窗口', 'Counter', counter => String(counter.number)],
    ['名称', 'Name', counter => counter.name],
    ['叫号顺序', 'Queues', counter => counter.queues.join(' → ')],
    ['在岗人员', 'Staff', counter => counter.staff || bi('未开放', 'closed', { class: 'muted' })],
    ['登录时间', 'Since', counter => counter.since ? Hall.time(counter.since, true) : '—'],
    ['当前号', 'Ticket', counter => counter.current ? [counter.current.label, ' ', coded(counter.current.state)] : '—'],
  ], counters.counters));
}

export default { name: 'floor', zh: '队列与窗口', en: 'Queues & counters', draw: floor };
