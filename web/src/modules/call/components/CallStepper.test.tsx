// @vitest-environment jsdom
import { cleanup, fireEvent, screen } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { renderWithProviders } from '../../../ui/testing.tsx';
import type { CustomerFile } from '../../customer/api/customer.api.ts';
import type { CallDraft } from '../hooks/callDraft.ts';
import { CallStepper } from './CallStepper.tsx';
import type { CallContext } from './stageProps.ts';

const file: CustomerFile = {
  asOf: '2025-12-11',
  header: {
    id: 'c1', companyName: 'Seller', legalName: 'Debtor LLC', externalId: 'D-1', country: 'RU', timeZone: 'Asia/Yekaterinburg', language: 'ru',
    riskClass: 'C', creditLimit: null, paymentOrdering: null, debtorType: null, debtorTypeNote: null, isIndividual: false, policyCode: null, version: 1,
    debt: [{ currency: 'RUB', total: '155000.50', overdue: '155000.50' }], oldestDaysOverdue: 21,
    decisionMaker: { id: 'p1', name: 'Irina', role: 'cfo' }, suggestion: { debtorType: null, reasons: [] },
    history: { brokenPromises: 0, keptPromises: 0, openPlans: 0, paidInvoices: 0, averageDaysLate: null, partlyPaidInvoices: 0, lastPaymentOn: null, unansweredCalls: 0, refusals: 0 },
  },
  contacts: [],
  invoices: [{ id: 'i1', number: 'W-1', issueDate: '2025-11-10', dueDate: '2025-11-20', currency: 'RUB', amount: '155000.50', paid: '0.00', balance: '155000.50', daysOverdue: 21, policyCode: null, ladderStep: 'L4', ladderStepOn: '2025-12-11', claimDeadline: null, heldBy: null, promisedDate: null, nextAction: null }],
  timeline: [],
};
const ctx: CallContext = {
  task: { id: 't1', version: 1, customerId: 'c1', customerName: 'Debtor LLC', stepCode: 'L4', kind: 'step', windowStart: '2025-12-11T10:00:00+05:00', windowEnd: '2025-12-11T17:00:00+05:00', customerTimeZone: 'Asia/Yekaterinburg', invoiceNumbers: ['W-1'], open: true },
  file, script: undefined, today: '2025-12-11', currency: 'RUB', overdue: '155000.50', total: '155000.50',
};
const next = () => fireEvent.click(screen.getByTestId('next'));
const stage = (name: string) => expect(screen.getByTestId(`stage-${name}`)).toBeTruthy();
const type = (testId: string, value: string) => fireEvent.change(screen.getByTestId(testId), { target: { value } });

afterEach(cleanup);

describe('the call stepper (S1–S5)', () => {
  it('will not dial before a goal and a tactic; will not save a promise without an amount (N3)', () => {
    const onSubmit = vi.fn<(draft: CallDraft) => void>();
    renderWithProviders(<CallStepper ctx={ctx} onSubmit={onSubmit} />);
    next();
    stage('preparation');
    expect(screen.getByText('Choose the goal before dialling (S1).')).toBeTruthy();
    fireEvent.click(screen.getByText('Payment date'));
    type('tactic', 'firm_demand');
    next();
    stage('entering');
    fireEvent.click(screen.getByTestId('reached-decision_maker'));
    next();
    stage('contact');
    expect(screen.getByTestId('exact-sentence').textContent).toMatch(/November 2025.*RUB\s155,000\.50/);
    fireEvent.click(screen.getByTestId('result-promise'));
    type('promise-date', '2025-12-19');
    next();
    stage('contact'); // refused: no amount
    expect(screen.getByText('A promise needs an amount (N3).')).toBeTruthy();
    type('promise-amount', '155000,50'); // a comma typed as the decimal separator is read as a point
    next();
    stage('leaving');
    next();
    stage('analysis');
    next();
    expect(onSubmit).toHaveBeenCalledTimes(1);
    expect(onSubmit.mock.calls[0]![0]).toMatchObject({ goal: 'payment_date', tactic: 'firm_demand', result: 'promise', promise: { date: '2025-12-19', amount: '155000.50' } });
  });

  it('a callback at an exact time skips contact and leaving and goes to the analysis', () => {
    const onSubmit = vi.fn<(draft: CallDraft) => void>();
    renderWithProviders(<CallStepper ctx={ctx} onSubmit={onSubmit} />);
    fireEvent.click(screen.getByText('Meeting'));
    type('tactic', 'reconciliation');
    next();
    fireEvent.click(screen.getByTestId('reached-callback'));
    next();
    expect(screen.getByText('The exact day to call back (S2).')).toBeTruthy();
    type('callback-date', '2025-12-12');
    type('callback-time', '14:30');
    next();
    stage('analysis');
    expect((screen.getByTestId('outcome') as HTMLSelectElement).value).toBe('callback');
    expect(screen.getByTestId('next-task').textContent).toContain('12 December');
    next();
    expect(onSubmit.mock.calls[0]![0]).toMatchObject({ reached: 'callback', callbackDate: '2025-12-12', callbackTime: '14:30' });
  });

  it('speaks Russian: the same refusal in the collector\'s language', () => {
    renderWithProviders(<CallStepper ctx={ctx} onSubmit={() => {}} />, 'ru');
    next();
    expect(screen.getByText('Выберите цель до набора номера (S1).')).toBeTruthy();
  });
});
