DROP INDEX "tasks_customer_idx";--> statement-breakpoint
CREATE INDEX "tasks_customer_status_due_idx" ON "tasks" USING btree ("customer_id","status","due_date");