ALTER TABLE "customers" ADD COLUMN "review_on" date;--> statement-breakpoint
-- The daily run skips a customer until its review date (customers.review_on). Any write that can change
-- what the engine plans for a customer sends it back to the next run: review_on := null. Statement-level
-- triggers with transition tables, so that a bulk import pays one set-based update per statement.
CREATE FUNCTION review_customers_of_rows() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  IF current_setting('debitor.engine_apply', true) = 'on' THEN RETURN NULL; END IF; -- the run sets review dates itself
  IF TG_OP IN ('INSERT', 'UPDATE') THEN
    UPDATE customers SET review_on = NULL WHERE review_on IS NOT NULL AND id IN (SELECT customer_id FROM new_rows);
  END IF;
  IF TG_OP IN ('UPDATE', 'DELETE') THEN
    UPDATE customers SET review_on = NULL WHERE review_on IS NOT NULL AND id IN (SELECT customer_id FROM old_rows);
  END IF;
  RETURN NULL;
END $$;
--> statement-breakpoint
CREATE FUNCTION review_customers_of_invoice_rows() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  IF current_setting('debitor.engine_apply', true) = 'on' THEN RETURN NULL; END IF;
  IF TG_OP IN ('INSERT', 'UPDATE') THEN
    UPDATE customers SET review_on = NULL WHERE review_on IS NOT NULL
      AND id IN (SELECT i.customer_id FROM invoices i WHERE i.id IN (SELECT invoice_id FROM new_rows));
  END IF;
  IF TG_OP IN ('UPDATE', 'DELETE') THEN
    UPDATE customers SET review_on = NULL WHERE review_on IS NOT NULL
      AND id IN (SELECT i.customer_id FROM invoices i WHERE i.id IN (SELECT invoice_id FROM old_rows));
  END IF;
  RETURN NULL;
END $$;
--> statement-breakpoint
-- A change to the customer itself (collector, risk class, policy, country, time zone...) also counts;
-- the engine's own update of review_on does not.
CREATE FUNCTION review_customer_on_change() RETURNS trigger LANGUAGE plpgsql AS $$
DECLARE probe customers;
BEGIN
  probe := NEW;
  probe.review_on := OLD.review_on;
  IF probe IS DISTINCT FROM OLD THEN NEW.review_on := NULL; END IF;
  RETURN NEW;
END $$;
--> statement-breakpoint
CREATE TRIGGER customers_review BEFORE UPDATE ON customers FOR EACH ROW
  WHEN (current_setting('debitor.engine_apply', true) IS DISTINCT FROM 'on') EXECUTE FUNCTION review_customer_on_change();
--> statement-breakpoint
DO $$
DECLARE t text;
BEGIN
  FOREACH t IN ARRAY ARRAY['invoices', 'credits', 'promises', 'collection_stops', 'tasks', 'outbox', 'contracts'] LOOP
    EXECUTE format('CREATE TRIGGER %1$s_review_ins AFTER INSERT ON %1$I REFERENCING NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION review_customers_of_rows()', t);
    EXECUTE format('CREATE TRIGGER %1$s_review_upd AFTER UPDATE ON %1$I REFERENCING OLD TABLE AS old_rows NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION review_customers_of_rows()', t);
    EXECUTE format('CREATE TRIGGER %1$s_review_del AFTER DELETE ON %1$I REFERENCING OLD TABLE AS old_rows FOR EACH STATEMENT EXECUTE FUNCTION review_customers_of_rows()', t);
  END LOOP;
  FOREACH t IN ARRAY ARRAY['allocations', 'disputes'] LOOP
    EXECUTE format('CREATE TRIGGER %1$s_review_ins AFTER INSERT ON %1$I REFERENCING NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION review_customers_of_invoice_rows()', t);
    EXECUTE format('CREATE TRIGGER %1$s_review_upd AFTER UPDATE ON %1$I REFERENCING OLD TABLE AS old_rows NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION review_customers_of_invoice_rows()', t);
    EXECUTE format('CREATE TRIGGER %1$s_review_del AFTER DELETE ON %1$I REFERENCING OLD TABLE AS old_rows FOR EACH STATEMENT EXECUTE FUNCTION review_customers_of_invoice_rows()', t);
  END LOOP;
END $$;
--> statement-breakpoint
-- The daily run rewrites ladder states in place: room on each page lets those updates be HOT (no index writes).
ALTER TABLE ladder_states SET (fillfactor = 70);
