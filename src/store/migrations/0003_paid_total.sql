ALTER TABLE "invoices" ADD COLUMN "paid_total" bigint DEFAULT 0 NOT NULL;--> statement-breakpoint
UPDATE "invoices" i SET "paid_total" = a.total FROM (SELECT invoice_id, sum(amount) AS total FROM "allocations" GROUP BY invoice_id) a WHERE i.id = a.invoice_id;
