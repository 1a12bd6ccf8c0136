-- Whether a customer has ever had a promise, a collection stop or a dispute: the daily run looks those up
-- only for a customer that has some (store/engine.store.ts). Most customers never do, and for each due
-- customer the run made seven look-ups that found nothing (~1 µs each on the server, 2-4 µs embedded).
-- Set by the database when the first row is recorded, or moved to the customer; never cleared.
ALTER TABLE "customers" ADD COLUMN "has_promises" boolean DEFAULT false NOT NULL;--> statement-breakpoint
ALTER TABLE "customers" ADD COLUMN "has_stops" boolean DEFAULT false NOT NULL;--> statement-breakpoint
ALTER TABLE "customers" ADD COLUMN "has_disputes" boolean DEFAULT false NOT NULL;--> statement-breakpoint
-- TG_ARGV[0]: the customers column to set for the customers of the rows written
CREATE FUNCTION customers_have_rows() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  EXECUTE format('UPDATE customers SET %1$I = true WHERE NOT %1$I AND id IN (SELECT customer_id FROM new_rows)', TG_ARGV[0]);
  RETURN NULL;
END $$;
--> statement-breakpoint
DO $$
DECLARE t text[];
BEGIN
  FOREACH t SLICE 1 IN ARRAY ARRAY[['promises', 'has_promises'], ['collection_stops', 'has_stops'], ['disputes', 'has_disputes']] LOOP
    EXECUTE format('CREATE TRIGGER %1$s_customer_has_ins AFTER INSERT ON %1$I REFERENCING NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION customers_have_rows(%2$L)', t[1], t[2]);
    EXECUTE format('CREATE TRIGGER %1$s_customer_has_upd AFTER UPDATE ON %1$I REFERENCING NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION customers_have_rows(%2$L)', t[1], t[2]);
  END LOOP;
END $$;
--> statement-breakpoint
-- the rows already recorded; as the engine's own write (no review dates cleared, 0005): nothing the run plans from changes
SELECT set_config('debitor.engine_apply', 'on', true);--> statement-breakpoint
UPDATE "customers" c SET "has_promises" = true WHERE EXISTS (SELECT 1 FROM "promises" p WHERE p."customer_id" = c."id");--> statement-breakpoint
UPDATE "customers" c SET "has_stops" = true WHERE EXISTS (SELECT 1 FROM "collection_stops" s WHERE s."customer_id" = c."id");--> statement-breakpoint
UPDATE "customers" c SET "has_disputes" = true WHERE EXISTS (SELECT 1 FROM "disputes" x WHERE x."customer_id" = c."id");--> statement-breakpoint
SELECT set_config('debitor.engine_apply', 'off', true);
