import { api } from '../../../ui/http.ts';

export type Role = 'admin' | 'manager' | 'collector' | 'viewer';
export type Language = 'ru' | 'uk' | 'bg' | 'en';
export type Me = { userId: string; name: string; role: Role; via: string; language?: Language | null; timeZone?: string | null; email?: string };
export type Company = { id: string; legalName: string; defaultCurrency: string; defaultLanguage: string; country: string };

export const fetchMe = () => api<Me>('/api/v1/auth/me');
export const logIn = (email: string, password: string) => api<{ user: { id: string } }>('/api/v1/auth/login', 'POST', { email, password });
export const logOut = () => api<{ ok: true }>('/api/v1/auth/logout', 'POST');
/** The interface language is kept per user on the server. */
export const saveLanguage = (language: Language) => api<Me>('/api/v1/auth/me', 'PATCH', { language });
/** The collector's own time zone: call windows are shown in it beside the customer's (L8). */
export const saveTimeZone = (timeZone: string) => api<Me>('/api/v1/auth/me', 'PATCH', { timeZone });
export const fetchCompanies = () => api<{ items: Company[] }>('/api/v1/companies?limit=200');
