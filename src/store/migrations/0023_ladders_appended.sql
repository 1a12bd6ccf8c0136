-- A customer's ladders as text, not json: the daily run now appends the day's moves to the row
-- (ladder-entries.ts), and a json column would check the whole row again at each append. The text is the
-- JSON array's items without its brackets ('' for none), so that an append is a concatenation: taking
-- the closing bracket off first cost a walk through the whole row's characters. Rows written before read
-- the same: an invoice's first tuple still names it by id.
ALTER TABLE "ladders" ALTER COLUMN "invoices" DROP DEFAULT;--> statement-breakpoint
ALTER TABLE "ladders" ALTER COLUMN "invoices" SET DATA TYPE text USING regexp_replace("invoices"::text, '^\s*\[(.*)\]\s*$', '\1', 's');--> statement-breakpoint
ALTER TABLE "ladders" ALTER COLUMN "invoices" SET DEFAULT '';
