import { randomBytes } from 'node:crypto';

/**
 * Time-ordered record ids (UUID version 7, RFC 9562) for bulk writes: the write's instant in the first
 * 48 bits, then random bits fixed per sequence, then a counter. Ids made one after another sort one
 * after another, so a million inserted rows append to the right edge of the primary-key index instead
 * of touching a random page each (which, once the index outgrows shared_buffers, costs a page read and
 * a dirty page per row), and the writer knows every id before inserting: references between the rows
 * of one import need no lookup.
 */
export function recordIdSequence(at: Date): () => string {
  const time = at.getTime().toString(16).padStart(12, '0');
  const random = randomBytes(8);
  const randA = (random.readUInt16BE(0) & 0x0fff).toString(16).padStart(3, '0');
  const randB = ((random.readUInt16BE(2) & 0x3fff) | 0x8000).toString(16); // variant bits 10
  const prefix = `${time.slice(0, 8)}-${time.slice(8)}-7${randA}-${randB}-`;
  let counter = random.readUIntBE(4, 4) * 2 ** 15; // a random start below 2^47 leaves room for 2^47 ids
  return () => prefix + (counter++).toString(16).padStart(12, '0');
}
