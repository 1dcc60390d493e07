/*
 * The appointments tab (预约): a day's bookings.
 */
import { el, fill, field, today } from '../dom.js';
import { api } from '../api.js';
import { appointments as appointmentTable } from '../floor.js';

let dayInput = null;

async function appointments(box) {
  const day = dayInput.value || today();
  const list = (await api('GET', '/api/v1/appointments?day=' + encodeURIComponent(day))).appointments;
  fill(box, appointmentTable(list));
}

export default {
  name: 'appointments', zh: '预约', en: 'Appointments', draw: appointments,
  controls(redraw) {
    dayInput = el('input', { type: 'date', value: today() });
    dayInput.addEventListener('change', redraw);
    return el('div', { class: 'row-fields' }, field('admin-appointment-day', '日期', 'Day', dayInput).wrap);
  },
};
