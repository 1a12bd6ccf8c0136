/** The default templates per language (D3/D4); an admin's edits override them per kind. */
import type { Language } from '../../../domain/fields.ts';
import type { TemplateSet } from '../types.ts';
import { bgTemplates } from './bg.ts';
import { enTemplates } from './en.ts';
import { ruTemplates } from './ru.ts';
import { ukTemplates } from './uk.ts';

export const DEFAULT_TEMPLATES: Record<Language, TemplateSet> = { ru: ruTemplates, uk: ukTemplates, bg: bgTemplates, en: enTemplates };

export { bgTemplates, enTemplates, ruTemplates, ukTemplates };
