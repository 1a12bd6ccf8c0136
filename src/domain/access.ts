/**
 * Who may do what. Roles: admin (everything), manager (the books, imports, reports), collector (works the
 * customers assigned to them: reads their books, keeps their contacts), viewer (reads everything, writes
 * nothing). Collector scoping is applied by the actions through `customerScope`.
 */
export type Role = 'admin' | 'manager' | 'collector' | 'viewer';
export const ROLES: readonly Role[] = ['admin', 'manager', 'collector', 'viewer'];

export type Principal = { userId: string; role: Role; name: string; via: 'session' | 'token' | 'cli' };

export type Permission =
  | 'ledger.read'
  | 'ledger.write'
  | 'contacts.write'
  | 'companies.write'
  | 'users.manage'
  | 'import.run'
  | 'reports.read'
  | 'audit.read'
  | 'collection.work' // promises, outcomes of calls, the worklist
  | 'collection.manage' // stops, payment plans, runs
  | 'policies.manage' // collection policies, risk-class map, calendars, letter templates (managers edit them in the web app)
  | 'conduct.override' // send a message the conduct check blocked, with a recorded reason (U1–U4)
  | 'scripts.manage' // call scripts per step and language (S1–S5)
  | 'team.read'; // the managers' dashboard: receivables, promises, each collector's work

const GRANTS: Record<Role, readonly Permission[]> = {
  admin: ['ledger.read', 'ledger.write', 'contacts.write', 'companies.write', 'users.manage', 'import.run', 'reports.read', 'audit.read', 'collection.work', 'collection.manage', 'policies.manage', 'conduct.override', 'scripts.manage', 'team.read'],
  manager: ['ledger.read', 'ledger.write', 'contacts.write', 'import.run', 'reports.read', 'audit.read', 'collection.work', 'collection.manage', 'policies.manage', 'scripts.manage', 'team.read'],
  collector: ['ledger.read', 'contacts.write', 'collection.work'],
  viewer: ['ledger.read', 'reports.read'],
};

export function can(principal: Principal, permission: Permission): boolean {
  return GRANTS[principal.role].includes(permission);
}

/** A collector sees only the customers assigned to them; everyone else sees every customer. */
export function customerScope(principal: Principal): { collectorId: string } | 'all' {
  return principal.role === 'collector' ? { collectorId: principal.userId } : 'all';
}

export function actorOf(principal: Principal): string {
  return `${principal.via}:${principal.userId}`;
}
