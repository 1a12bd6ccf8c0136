import type { Messages } from './en.ts';

/** A translation: the same sections as English; plural keys vary by language (ru/uk: _one/_few/_many/_other). */
export type Catalog = { [Section in keyof Messages]: Record<string, string> };
