import { z } from 'zod';
import { isoDate, uuid } from '../domain/fields.ts';

/** Query parameters every list accepts: limit (1–500, default 50), an opaque cursor, and a sort key. */
export const listQuery = {
  limit: z.coerce.number().int().min(1).max(500).default(50),
  cursor: z.string().max(1000).optional(),
  sort: z.string().max(60).optional(),
};

export const idParams = z.strictObject({ id: uuid });
export const asOfQuery = { asOf: isoDate.optional() };
