/**
 * The workspace benchmark's books, made with set-based SQL (generate_series, hashint4: deterministic, no
 * random()): collectors, customers spread over them and over five time zones, two contacts each, a million
 * invoices (about 70% paid in full, with their payments and allocations), ladder states for the overdue
 * ones, one open call per customer with open invoices due around the benchmark date, three closed calls of
 * history each, promises (kept, broken, open) for a fifth of the customers, one sent e-mail each.
 */
export const AS_OF = '2025-12-15';

type Params = { companyId: string; invoices: number; customers: number; collectorIds: string[] };

export const LOAD: [string, string, (p: Params) => unknown[]][] = [
  ['customers', `insert into customers (company_id, external_id, legal_name, country, time_zone, language, collector_id, risk_class,
     credit_limit, credit_limit_currency, payment_ordering, created_at, updated_at)
   select $1::uuid, 'C' || lpad(g::text, 8, '0'),
     (array['Север','Урал','Днепр','Балкан','Дунав','Нева','Кама','Волга'])[1 + abs(hashint4(g)) % 8] || ' '
       || (array['Трейд','Логистик','Сталь','Фарма','Текстиль','Агро'])[1 + abs(hashint4(g + 1)) % 6] || ' ' || g,
     (array['RU','RU','UA','BG','RU'])[1 + g % 5], (array['Europe/Moscow','Asia/Yekaterinburg','Europe/Kyiv','Europe/Sofia','Asia/Vladivostok'])[1 + g % 5],
     (array['ru','ru','uk','bg','ru'])[1 + g % 5], ($3::uuid[])[1 + g % array_length($3::uuid[], 1)], (array['A','B','C'])[1 + abs(hashint4(g + 2)) % 3],
     100000000, 'RUB', 'salaries and taxes first, then suppliers by age', now(), now()
   from generate_series(1, $2::int) g`, (p) => [p.companyId, p.customers, p.collectorIds]],
  ['contacts', `insert into contacts (customer_id, name, role, decides_on_payments, phones, emails, created_at, updated_at)
   select c.id, (array['Иван Петров','Олена Коваль','Мария Сидорова','Георги Иванов'])[1 + 2 * k + abs(hashtext(c.id::text)) % 2],
     (array['cfo','chief_accountant'])[1 + k], k = 0, jsonb_build_object('work', '+7 343 ' || lpad(k::text, 3, '0'), 'mobile', '+7 900 000'),
     jsonb_build_object('work', 'c' || k || '@' || c.external_id || '.example'), now(), now()
   from customers c cross join generate_series(0, 1) k where c.company_id = $1::uuid`, (p) => [p.companyId]],
  ['invoices', `insert into invoices (company_id, customer_id, number, issue_date, due_date, amount, currency, created_at, updated_at)
   with c as (select id, row_number() over (order by external_id) as n from customers where company_id = $1::uuid),
   inv as (
     select g, date '2024-01-01' + ((g - 1)::bigint * 700 / $2::int)::int as issue,
       case when g <= $3::int then g else 1 + abs(hashint4(g)) % $3::int end as n
     from generate_series(1, $2::int) g
   )
   select $1::uuid, c.id, 'INV-' || lpad(inv.g::text, 7, '0'), inv.issue, inv.issue + (array[14,30,30,45,60])[1 + abs(hashint4(c.n::int + 11)) % 5],
     1500 + abs(hashint4(inv.g * 3 + 1)) % 4998500, 'RUB', now(), now()
   from inv join c on c.n = inv.n`, (p) => [p.companyId, p.invoices, p.customers]],
  ['payments', `insert into credits (company_id, customer_id, kind, date, amount, currency, reference, external_id, created_at, updated_at)
   select company_id, customer_id, 'payment', least(issue_date + abs(hashtext(number)) % 75, date '${AS_OF}' - 1), amount, currency,
     'settlement of invoice ' || number, 'settlement-' || number, now(), now()
   from invoices where company_id = $1::uuid and abs(hashtext(number || '/paid')) % 100 < 70`, (p) => [p.companyId]],
  ['allocations', `insert into allocations (credit_id, invoice_id, amount, date)
   select c.id, i.id, i.amount, c.date from credits c join invoices i on i.company_id = c.company_id and i.number = substr(c.external_id, 12)
   where c.company_id = $1::uuid and c.kind = 'payment'`, (p) => [p.companyId]],
  ['paid totals', `update invoices i set paid_total = a.total from (select invoice_id, sum(amount) as total from allocations group by invoice_id) a
   where i.id = a.invoice_id and i.company_id = $1::uuid`, (p) => [p.companyId]],
  ['ladders', `insert into ladders (customer_id, invoices, updated_at)
   select customer_id, string_agg(json_build_array(id, json_build_array('L1@' || (due_date - 3), 'L2@' || due_date, 'L4@' || (due_date + 1)))::text, ',' order by due_date), now()
   from invoices where company_id = $1::uuid and paid_total < amount and due_date < date '${AS_OF}' group by customer_id`, (p) => [p.companyId]],
  ['open calls', `insert into tasks (customer_id, invoice_ids, kind, step_code, channel, script_key, due_date, window_start, window_end,
     assignee_id, priority, dedupe_key, created_at, updated_at)
   select o.customer_id, o.ids[1:3], 'step', 'L4', 'call', 'call.after-demand', d, d + time '07:00' at time zone 'UTC', d + time '14:00' at time zone 'UTC',
     c.collector_id, abs(hashint4(o.n)) % 100, 'bench-open:' || o.customer_id, now(), now()
   from (select customer_id, array_agg(id order by due_date) as ids, abs(hashtext(customer_id::text)) as n
         from invoices where company_id = $1::uuid and paid_total < amount group by customer_id) o
   join customers c on c.id = o.customer_id
   cross join lateral (select date '${AS_OF}' - 2 + (o.n % 20)::int as d) dd`, (p) => [p.companyId]],
  ['call history', `insert into tasks (customer_id, invoice_ids, kind, step_code, channel, due_date, window_start, window_end, assignee_id,
     priority, status, outcome, closed_at, closed_reason, dedupe_key, created_at, updated_at)
   select c.id, '{}', 'step', (array['L1','L2','L4'])[1 + k], 'call', d, d + time '07:00' at time zone 'UTC', d + time '14:00' at time zone 'UTC', c.collector_id,
     50, 'done', (array['no_answer','promise','callback','reached_decision_maker'])[1 + abs(hashint4(k + 7 * c.n)) % 4],
     d + time '09:00' at time zone 'UTC', 'outcome', 'bench-done:' || k || ':' || c.id, now(), now()
   from (select id, collector_id, row_number() over (order by external_id)::int as n from customers where company_id = $1::uuid) c
   cross join generate_series(0, 2) k cross join lateral (select date '${AS_OF}' - 60 + 20 * k - c.n % 7 as d) dd`, (p) => [p.companyId]],
  ['promises', `insert into promises (customer_id, invoice_ids, kind, promised_date, amount, currency, created_on, status, resolved_on, created_at, updated_at)
   select o.customer_id, o.ids, 'promise', date '${AS_OF}' + s.shift, 100000, 'RUB', date '${AS_OF}' - 20, s.status,
     case when s.status = 'open' then null else date '${AS_OF}' + s.shift + 1 end, now(), now()
   from (select customer_id, array_agg(id) as ids from invoices where company_id = $1::uuid and paid_total < amount group by customer_id) o
   cross join (values (-10, 'broken'), (-5, 'kept'), (4, 'open')) as s(shift, status)
   where abs(hashtext(o.customer_id::text || '/p')) % 5 = 0`, (p) => [p.companyId]],
  ['e-mails', `insert into outbox (customer_id, invoice_ids, step_code, channel, template_key, language, scheduled_at, status, dedupe_key, sent_at, subject, recipient)
   select c.id, '{}', 'L3', 'email', 'letter.demand', c.language, date '${AS_OF}' - 30 + time '06:00', 'sent', 'bench-mail:' || c.id,
     date '${AS_OF}' - 30 + time '06:01', 'Demand for payment', 'c0@' || c.external_id || '.example'
   from customers c where c.company_id = $1::uuid`, (p) => [p.companyId]],
];
