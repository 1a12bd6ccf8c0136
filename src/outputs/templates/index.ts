/** Message templates in ru, uk, bg and en, rendered from LetterViewModel (D3, D4). */
export { renderMessage, paragraphsToHtml } from './render-message.ts';
export { render, escapeHtml, TemplateInvalidError } from './render.ts';
export { validateTemplate } from './validate.ts';
export { parseTemplate, type Arg, type ParseResult, type TemplateNode } from './parse.ts';
export { formatNumber, formatMoney, formatDate, formatCount, formatTaxIds, formatPenalty, type Penalty } from './format.ts';
export { PLURAL_NOUNS, type PluralNoun } from './plurals.ts';
export { HELPERS, BLOCKS, type HelperName, type BlockName, type ArgKind } from './helpers.ts';
export { VIEW_MODEL_SHAPE, type FieldShape, type ObjectShape } from './schema.ts';
export { DEFAULT_TEMPLATES, ruTemplates, ukTemplates, bgTemplates, enTemplates } from './defaults/index.ts';
export {
  MESSAGE_KINDS,
  TEMPLATE_LANGUAGES,
  type MessageTemplate,
  type TemplateSet,
  type TemplateOverrides,
  type RenderedMessage,
  type RenderMode,
  type TemplateError,
  type ValidationResult,
} from './types.ts';
