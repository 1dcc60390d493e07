/*
 * The hall's API as the signed-in console calls it, and the catalog many screens name items from.
 */
import * as Hall from '/assets/hall.js';

const expired = [];
let catalogCache = null;
let catalogAt = 0;

/** Calls listener when the session turns out expired (a 401): the sign-in locks the screen. */
export function onExpired(listener) {
  expired.push(listener);
}

/**
 * Hall.api, plus what a signed-in console needs: 401 shows the login form again (the page and its unsaved forms
 * stay as they are underneath), and a stale CSRF token is renewed once.
 */
export async function api(method, path, body) {
  try {
    return await Hall.api(method, path, body);
  } catch (error) {
    if (!(error instanceof Hall.ApiError)) throw error;
    if (error.status === 401) {
      expired.forEach(listener => listener());
      throw error;
    }
    if (error.status === 403 && error.code === 'csrf') {
      try {
        Hall.useSession(await Hall.api('GET', '/api/v1/session'));
      } catch (renewal) {
        if (renewal.status === 401) expired.forEach(listener => listener());
        throw renewal;
      }
      return Hall.api(method, path, body);
    }
    throw error;
  }
}

/** A GET that answers null when the endpoint is not there (yet) or not for this role: optional sections. */
export async function optional(path) {
  try {
    return await api('GET', path);
  } catch (error) {
    if (error instanceof Hall.ApiError && [403, 404, 405, 501].includes(error.status)) return null;
    throw error;
  }
}

/**
 * The catalog (items with availability, and the joint applications, 一件事, as `bundles`), kept a minute: many
 * screens name items.
 */
export async function catalog(fresh) {
  if (fresh || !catalogCache || Date.now() - catalogAt > 60000) {
    catalogCache = await api('GET', '/api/v1/items');
    catalogAt = Date.now();
  }
  return catalogCache;
}

/** A department's name as {zh, en}, from the catalog already loaded; the code itself when unknown. */
export function departmentName(code) {
  if (code === 'hall') return { zh: '分中心', en: 'the hall' };
  const item = catalogCache && catalogCache.items.find(entry => entry.department && entry.department.code === code);
  return item ? item.department.name : { zh: code || '—', en: code || '—' };
}
