-- 010: one live booking per phone per queue and day, kept by the database rather than by a read before the write
-- (two bookings at once both passed that read). live_phone is the phone while the booking is BOOKED, else NULL,
-- and a unique constraint allows any number of NULLs. Where earlier versions let a phone hold two, the first stays
-- live and the later one is still honoured at check-in, only no longer counted.

ALTER TABLE appointment ADD COLUMN live_phone VARCHAR(20);

UPDATE appointment SET live_phone = phone WHERE state = 'BOOKED' AND id = (SELECT MIN(earliest.id) FROM appointment
    earliest WHERE earliest.service_day = appointment.service_day AND earliest.queue_letter = appointment.queue_letter
    AND earliest.phone = appointment.phone AND earliest.state = 'BOOKED');

ALTER TABLE appointment ADD CONSTRAINT appointment_one_live UNIQUE (service_day, queue_letter, live_phone);
