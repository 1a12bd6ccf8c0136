-- A dispute names its invoice's customer: the daily run looks up a customer's disputes once, instead of
-- probing them invoice by invoice through the customer's whole history (paid invoices included), or
-- hashing the whole table for every page. The database sets it from the invoice (an invoice never changes
-- customer), so no writer has to.
ALTER TABLE "disputes" ADD COLUMN "customer_id" uuid;--> statement-breakpoint
-- as the engine's own write: the new column changes nothing the daily run plans from (no review dates cleared, 0005)
SELECT set_config('debitor.engine_apply', 'on', true);--> statement-breakpoint
UPDATE "disputes" x SET "customer_id" = i."customer_id" FROM "invoices" i WHERE i."id" = x."invoice_id";--> statement-breakpoint
SELECT set_config('debitor.engine_apply', 'off', true);--> statement-breakpoint
ALTER TABLE "disputes" ALTER COLUMN "customer_id" SET NOT NULL;--> statement-breakpoint
ALTER TABLE "disputes" ADD CONSTRAINT "disputes_customer_id_customers_id_fk" FOREIGN KEY ("customer_id") REFERENCES "public"."customers"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "disputes_customer_idx" ON "disputes" USING btree ("customer_id");--> statement-breakpoint
CREATE FUNCTION dispute_customer() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  NEW.customer_id := (SELECT customer_id FROM invoices WHERE id = NEW.invoice_id);
  RETURN NEW;
END $$;
--> statement-breakpoint
CREATE TRIGGER disputes_customer BEFORE INSERT OR UPDATE OF invoice_id ON disputes FOR EACH ROW EXECUTE FUNCTION dispute_customer();
