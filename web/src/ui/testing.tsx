import { MantineProvider } from '@mantine/core';
import { render } from '@testing-library/react';
import type { ReactNode } from 'react';
import { I18nextProvider } from 'react-i18next';
import { createI18n, type Language } from '../i18n/index.ts';

/** jsdom lacks what Mantine measures with; component tests render inside the app's providers. */
export function renderWithProviders(ui: ReactNode, language: Language = 'en') {
  window.matchMedia ??= ((query: string) => ({
    matches: false, media: query, onchange: null, addListener() {}, removeListener() {}, addEventListener() {}, removeEventListener() {}, dispatchEvent: () => false,
  })) as unknown as typeof window.matchMedia;
  if (!('fonts' in document)) Object.defineProperty(document, 'fonts', { value: { addEventListener() {}, removeEventListener() {}, ready: Promise.resolve() } });
  globalThis.ResizeObserver ??= class { observe() {} unobserve() {} disconnect() {} } as unknown as typeof ResizeObserver;
  return render(
    <I18nextProvider i18n={createI18n(language)}>
      <MantineProvider>{ui}</MantineProvider>
    </I18nextProvider>,
  );
}
