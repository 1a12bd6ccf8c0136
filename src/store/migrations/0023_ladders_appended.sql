-- A customer's ladders as JSON text, not json: the daily run now appends the day's moves to the row
-- (ladder-entries.ts), and a json column would check the whole row again at each append. The rows keep
-- their text as it is; an invoice's first tuple still names it by id, so rows written before read the same.
ALTER TABLE "ladders" ALTER COLUMN "invoices" DROP DEFAULT;--> statement-breakpoint
ALTER TABLE "ladders" ALTER COLUMN "invoices" SET DATA TYPE text USING "invoices"::text;--> statement-breakpoint
ALTER TABLE "ladders" ALTER COLUMN "invoices" SET DEFAULT '[]';
