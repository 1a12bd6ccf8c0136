import { join } from 'node:path';
import { emlTransport, smtpTransport, type MailTransport } from '../outputs/mail/transport.ts';
import type { DbOrTx } from '../store/db.ts';
import { smtpSettingsOf } from '../store/outbox.store.ts';
import { dataKey, openSecret } from './secrets.ts';

/**
 * A company's SMTP server when configured (its password opened with the data folder's key), else .eml
 * files in `<dataDir>/mail` (works out of the box).
 */
export function transportResolver(db: DbOrTx, dataDir: string) {
  const cache = new Map<string, { transport: MailTransport; from: string }>();
  return async (companyId: string) => {
    const known = cache.get(companyId);
    if (known) return known;
    const s = await smtpSettingsOf(db, companyId);
    const resolved = s
      ? { transport: smtpTransport({ ...s, password: s.password === null ? null : openSecret(s.password, dataKey(dataDir)) }), from: s.fromAddress }
      : { transport: emlTransport(join(dataDir, 'mail')), from: 'Debitor <debitor@localhost>' };
    cache.set(companyId, resolved);
    return resolved;
  };
}
