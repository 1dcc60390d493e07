/*
 * Who is signed in on this console and what their roles allow; the sign-in (signin.js) sets it, every section
 * reads it.
 */

let session = null;
let role = null;
let locked = false;

/** What the session's roles allow, as the server's route table decides it (halladmin counts as clerk). */
function rolesOf(current) {
  const roles = current.roles || [];
  const admin = roles.includes('halladmin');
  const departments = current.departments || [];
  // department: the one an approver's inbox opens on; with several they choose, as a hall admin does.
  // siteAdmin: the sites a site admin (siteadmin:<code>) sees the cases of; a county admin sees every site's.
  return { admin, clerk: admin || roles.includes('clerk'), guide: roles.includes('guide'), departments,
    siteAdmin: current.siteAdminOf || [],
    leads: current.leads || [],
    approver: departments.length > 0, department: departments.length === 1 ? departments[0] : '' };
}

/**
 * The session answer of /api/v1/session (user, roles, departments, idleMinutes, site, siteAdminOf), or null before
 * sign-in.
 */
export function currentSession() {
  return session;
}

/** {admin, clerk, guide, approver, departments, department, siteAdmin} of the signed-in user. */
export function currentRole() {
  return role;
}

export function isLocked() {
  return locked;
}

/** Whether timers may call the API now (signed in, not locked, page visible). */
export function isActive() {
  return Boolean(session) && !locked && !document.hidden;
}

export function signedIn(current) {
  session = current;
  role = rolesOf(current);
  locked = false;
}

export function setLocked(value) {
  locked = value;
}
