/*
 * Appointments (预约办事) at /guide/book: choose a queue, a day within the booking horizon and a slot with places
 * left, leave a name and mobile number, and get the reference and query code to check in with at the kiosk. A
 * booking can be looked up and cancelled with the two.
 */
import * as Hall from '/assets/hall.js';
import { $, say, message, apiMessage } from './common.js';
let chosenStart = '';

/** The queues that take bookings (the others are walk-in only), as the hall publishes them. */
async function loadQueues() {
  const { queues } = await Hall.api('GET', '/api/v1/queues');
  $('book-queue').replaceChildren(...queues.filter(queue => Hall.HOURS.bookableQueues.includes(queue.letter))
    .map(queue => say('option', `${queue.letter} ${queue.name.zh}`, `${queue.letter} ${queue.name.en}`,
      { value: queue.letter })));
}

async function loadSlots() {
  chosenStart = '';
  const box = $('book-slots');
  box.replaceChildren();
  message('book-message', '');
  try {
    const { slots } = await Hall.api('GET', `/api/v1/appointments/slots?queue=${encodeURIComponent($('book-queue').value)}`
      + `&day=${encodeURIComponent($('book-day').value)}`);
    if (!slots.length) return message('book-message', '该日不办公，请选择其他日期', 'The hall is closed that day; choose another');
    if (slots.every(slot => slot.capacity === 0)) {
      return message('book-message', '该类别不接受预约，请到分中心现场取号', 'This queue takes no bookings; take a ticket at the hall');
    }
    box.append(...slots.map(slotButton));
  } catch (error) {
    apiMessage('book-message', error);
  }
}

function slotButton(slot) {
  const free = Math.max(0, slot.capacity - slot.booked);
  const button = Hall.el('button', { type: 'button', class: 'slot' + (slot.extended ? ' extended' : ''),
    id: 'slot-' + slot.start.replace(':', ''), role: 'radio', 'aria-checked': 'false',
    disabled: !slot.open || free === 0 },
  Hall.el('strong', { text: `${slot.start}–${slot.end}` }),
  say('span', slot.extended ? `延时 · 余 ${free}` : `余 ${free}`, slot.extended ? `extended · ${free} left` : `${free} left`));
  button.addEventListener('click', () => {
    chosenStart = slot.start;
    $('book-slots').querySelectorAll('.slot').forEach(other => other.setAttribute('aria-checked', String(other === button)));
  });
  return button;
}

async function book(event) {
  event.preventDefault();
  if (!chosenStart) return message('book-message', '请选择一个时段', 'Choose a slot');
  $('book-submit').disabled = true;
  try {
    const confirmation = await Hall.api('POST', '/api/v1/appointments', { queue: $('book-queue').value,
      day: $('book-day').value, start: chosenStart, name: $('book-name').value.trim(),
      phone: $('book-phone').value.trim() });
    message('book-message', '');
    show(confirmation.booking, confirmation.queryCode, 'book-result');
    loadSlots();
  } catch (error) {
    apiMessage('book-message', error);
    ['name', 'phone'].forEach(field => $('book-' + field).setAttribute('aria-invalid', String(error.field === field)));
  } finally {
    $('book-submit').disabled = false;
  }
}

/**
 * A booking with what to do next, and a cancel button while it can still be cancelled. The query code is shown
 * only right after booking: the hall keeps no readable copy.
 */
function show(booking, queryCode, into) {
  const card = Hall.el('div', { class: 'card booking', id: 'booking-card' },
    say('p', '预约号', 'Reference', { class: 'muted' }),
    Hall.el('p', { class: 'reference', id: 'booking-reference-shown', text: booking.reference }),
    say('p', '查询码（请记下，签到、查询和取消时需要）', 'Query code (write it down: you need it to check in, look up or cancel)', { class: 'muted' }),
    Hall.el('p', { class: 'reference', id: 'booking-code-shown', text: queryCode }),
    Hall.el('p', { text: `${booking.day} ${booking.start}–${booking.end} · ${booking.queue}` }),
    booking.state ? say('p', `状态：${booking.state.zh}`, `State: ${booking.state.en}`, { id: 'booking-state' }) : null,
    say('p', `请于时段开始前${Hall.HOURS.checkInEarlyMinutes}分钟至开始后${Hall.HOURS.lateGraceMinutes}分钟内，`
      + '在分中心自助机凭预约号和查询码签到，签到后优先叫号。', `Check in at the kiosk from ${Hall.HOURS.checkInEarlyMinutes}`
      + ` minutes before to ${Hall.HOURS.lateGraceMinutes} minutes after the slot begins, with this reference and the`
      + ' query code; you are then called first.'));
  if (booking.state && booking.state.code === 'BOOKED') {
    const cancel = say('button', '取消预约', 'Cancel booking', { type: 'button', class: 'secondary', id: 'booking-cancel' });
    cancel.addEventListener('click', async () => {
      try {
        show(await Hall.api('POST', `/api/v1/appointments/${encodeURIComponent(booking.reference)}/cancel`,
          { queryCode }), queryCode, into);
      } catch (error) {
        apiMessage(into === 'book-result' ? 'book-message' : 'booking-message', error);
      }
    });
    card.append(cancel);
  }
  $(into).replaceChildren(card);
}

async function lookUp(event) {
  event.preventDefault();
  const reference = $('booking-reference').value.trim().toUpperCase();
  const code = $('booking-code').value.replace(/\s/g, '');
  if (!/^\d{8}$/.test(code)) return message('booking-message', '请输入8位查询码', 'Enter the 8-digit query code');
  try {
    message('booking-message', '');
    const booking = await Hall.api('GET', `/api/v1/appointments/${encodeURIComponent(reference)}?queryCode=${code}`);
    show(booking, code, 'book-result');
  } catch (error) {
    apiMessage('booking-message', error);
  }
}

export default async function bookView() {
  document.title = '预约办事 · 园区政务服务分中心';
  const day = $('book-day');
  day.min = Hall.today();
  day.max = Hall.today(Hall.HOURS.bookAheadDays);
  day.value = Hall.today(1);
  Hall.setText($('book-hours'), Hall.HOURS.text.zh, Hall.HOURS.text.en);
  try {
    await loadQueues();
  } catch (error) {
    return apiMessage('book-message', error);
  }
  $('book-queue').addEventListener('change', loadSlots);
  day.addEventListener('change', loadSlots);
  $('book-form').addEventListener('submit', book);
  $('booking-form').addEventListener('submit', lookUp);
  loadSlots();
}
