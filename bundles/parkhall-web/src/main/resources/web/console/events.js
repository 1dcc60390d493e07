/*
 * Events between sections (case-created, case-supplemented, case-acted): one section tells, others redraw.
 */
const listeners = new Map();

export function on(name, listener) {
  if (!listeners.has(name)) listeners.set(name, []);
  listeners.get(name).push(listener);
}

export function emit(name, data) {
  (listeners.get(name) || []).forEach(listener => {
    try {
      listener(data);
    } catch (error) {
      console.error(error);
    }
  });
}
