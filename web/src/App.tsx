import { Center, Loader } from '@mantine/core';
import { lazy, Suspense, useEffect, useRef } from 'react';
import { useTranslation } from 'react-i18next';
import { Navigate, Route, Routes } from 'react-router';
import { isLanguage } from './i18n/index.ts';
import { isManager, useMe } from './modules/session/hooks/useMe.ts';
import { CallPage } from './pages/CallPage.tsx';
import { CustomerPage } from './pages/CustomerPage.tsx';
import { LoginPage } from './pages/LoginPage.tsx';
import { TodayPage } from './pages/TodayPage.tsx';
import { AppLayout } from './ui/AppLayout.tsx';

// Managers' pages load on demand: the collector's Today does not wait for the chart library.
const DashboardPage = lazy(() => import('./pages/DashboardPage.tsx').then((m) => ({ default: m.DashboardPage })));
const PoliciesPage = lazy(() => import('./pages/PoliciesPage.tsx').then((m) => ({ default: m.PoliciesPage })));
const TemplatesPage = lazy(() => import('./pages/TemplatesPage.tsx').then((m) => ({ default: m.TemplatesPage })));
const ScriptsPage = lazy(() => import('./pages/ScriptsPage.tsx').then((m) => ({ default: m.ScriptsPage })));

export function App() {
  const { data: me, isPending } = useMe();
  const { i18n } = useTranslation();
  // At sign-in the user's own language wins over this device's last choice; later the switcher decides.
  const appliedFor = useRef<string | null>(null);
  useEffect(() => {
    if (!me || appliedFor.current === me.userId) return;
    appliedFor.current = me.userId;
    if (isLanguage(me.language) && me.language !== i18n.language) void i18n.changeLanguage(me.language);
  }, [me, i18n]);
  useEffect(() => { document.documentElement.lang = i18n.language; }, [i18n.language]);
  if (isPending) return <Center mih="100vh"><Loader /></Center>;
  if (!me) return <LoginPage />;
  const manager = isManager(me);
  return (
    <AppLayout me={me}>
      <Suspense fallback={<Loader />}>
        <Routes>
          <Route path="/today" element={<TodayPage />} />
          <Route path="/customers/:id" element={<CustomerPage />} />
          <Route path="/call/:taskId" element={<CallPage />} />
          {manager && <Route path="/dashboard" element={<DashboardPage />} />}
          {manager && <Route path="/settings/policies" element={<PoliciesPage />} />}
          {manager && <Route path="/settings/templates" element={<TemplatesPage />} />}
          {manager && <Route path="/settings/scripts" element={<ScriptsPage />} />}
          <Route path="*" element={<Navigate to={manager ? '/dashboard' : '/today'} replace />} />
        </Routes>
      </Suspense>
    </AppLayout>
  );
}
