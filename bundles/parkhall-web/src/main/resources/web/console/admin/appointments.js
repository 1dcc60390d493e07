/*
 * The appointments tab (预约): a day's bookings.
 */
import { fill, today } from '../dom.js';
import { api } from '../api.js';
import { appointments as appointmentTable } from '../floor.js';
import { dayPicker } from './charts.js';

let dayInput = null;

async function appointments(box) {
  const day = dayInput.value || today();
  const list = (await api('GET', '/api/v1/appointments?day=' + encodeURIComponent(day))).appointments;
  fill(box, appointmentTable(list));
}

export default {
  name: 'appointments', zh: '预约', en: 'Appointments', draw: appointments,
  controls(redraw) {
    dayInput = dayPicker('admin-appointment-day', redraw);
    return dayInput.closest('.row-fields');
  },
};
