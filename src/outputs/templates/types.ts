/**
 * Message templates: one subject and one body per MessageKind and language, stored as strings with
 * `{{…}}` placeholders (see render.ts for the syntax) so that an admin can edit them later.
 */
import type { Language } from '../../domain/fields.ts';
import type { MessageKind } from '../view-model.ts';

/** A template as an admin edits it: both strings use the placeholder syntax of render.ts. */
export type MessageTemplate = { subject: string; body: string };

/** Every kind has a template in every language: the compiler checks that no kind is missing. */
export type TemplateSet = Record<MessageKind, MessageTemplate>;

export type TemplateOverrides = Partial<Record<MessageKind, MessageTemplate>>;

/** What goes out: the subject line, the plain-text body and the HTML body. */
export type RenderedMessage = { subject: string; text: string; html: string };

/** `text`: values as they are; `html`: every value (and every literal) HTML-escaped. */
export type RenderMode = 'text' | 'html';

export type TemplateError = { field: string; reason: string };

export type ValidationResult = { ok: true } | { ok: false; errors: TemplateError[] };

const KINDS: Record<MessageKind, true> = {
  'pre-due-reminder': true,
  'due-date-reminder': true,
  'demand-letter': true,
  'official-letter-request': true,
  'formal-claim': true,
  'payment-plan-confirmation': true,
  'promise-confirmation': true,
  'statement-of-account': true,
  'reconciliation-act-cover': true,
};

/** Every MessageKind, in the order of the pressure scale (a record, so a new kind cannot be forgotten). */
export const MESSAGE_KINDS = Object.keys(KINDS) as MessageKind[];

export const TEMPLATE_LANGUAGES: readonly Language[] = ['ru', 'uk', 'bg', 'en'];
