import type { ContactRole, Language } from '../domain/fields.ts';

/** How a contact's role reads in a letter ("Вниманию: Петрова Анна, финансовый директор"); "other" says nothing. */
const LABELS: Record<Language, Record<ContactRole, string>> = {
  ru: { general_director: 'генеральный директор', cfo: 'финансовый директор', executive_director: 'исполнительный директор', chief_accountant: 'главный бухгалтер', secretary: 'секретарь', other: '' },
  uk: { general_director: 'генеральний директор', cfo: 'фінансовий директор', executive_director: 'виконавчий директор', chief_accountant: 'головний бухгалтер', secretary: 'секретар', other: '' },
  bg: { general_director: 'управител', cfo: 'финансов директор', executive_director: 'изпълнителен директор', chief_accountant: 'главен счетоводител', secretary: 'секретар', other: '' },
  en: { general_director: 'General Director', cfo: 'Chief Financial Officer', executive_director: 'Executive Director', chief_accountant: 'Chief Accountant', secretary: 'Secretary', other: '' },
};

export function contactRoleLabel(role: string, language: Language): string | undefined {
  return LABELS[language]?.[role as ContactRole] || undefined;
}
