-- Delivering a message (pending -> sending -> sent, retries, errors, the text as sent, the conduct check)
-- changes nothing the daily run plans from: it reads a customer's messages that are not cancelled, by
-- date and channel (store/engine.store.ts). Before, every message sent sent its customer back to the next
-- run (review_on := null, migration 0005), to be looked at again for nothing. Now only a change the run
-- can see does: a message cancelled or brought back, moved to another date, channel or customer.
CREATE FUNCTION review_customers_of_outbox_changes() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  IF current_setting('debitor.engine_apply', true) = 'on' THEN RETURN NULL; END IF;
  UPDATE customers SET review_on = NULL WHERE review_on IS NOT NULL AND id IN (
    SELECT unnest(array[n.customer_id, o.customer_id]) FROM new_rows n JOIN old_rows o ON o.id = n.id
    WHERE (n.status = 'cancelled') IS DISTINCT FROM (o.status = 'cancelled') OR n.scheduled_at IS DISTINCT FROM o.scheduled_at
      OR n.channel IS DISTINCT FROM o.channel OR n.customer_id IS DISTINCT FROM o.customer_id);
  RETURN NULL;
END $$;
--> statement-breakpoint
DROP TRIGGER outbox_review_upd ON outbox;
--> statement-breakpoint
CREATE TRIGGER outbox_review_upd AFTER UPDATE ON outbox REFERENCING OLD TABLE AS old_rows NEW TABLE AS new_rows
  FOR EACH STATEMENT EXECUTE FUNCTION review_customers_of_outbox_changes();
