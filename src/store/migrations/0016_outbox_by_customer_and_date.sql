DROP INDEX "outbox_customer_idx";--> statement-breakpoint
CREATE INDEX "outbox_customer_scheduled_idx" ON "outbox" USING btree ("customer_id","scheduled_at");