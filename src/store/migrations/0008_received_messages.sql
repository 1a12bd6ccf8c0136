CREATE TABLE "received_messages" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"customer_id" uuid NOT NULL,
	"outbox_id" uuid,
	"matched_by" text NOT NULL,
	"message_id" text NOT NULL,
	"from_address" text NOT NULL,
	"from_name" text,
	"subject" text NOT NULL,
	"text" text NOT NULL,
	"sent_at" timestamp with time zone,
	"received_at" timestamp with time zone NOT NULL,
	"raw" "bytea" NOT NULL,
	"created_by" text NOT NULL
);
--> statement-breakpoint
ALTER TABLE "received_messages" ADD CONSTRAINT "received_messages_customer_id_customers_id_fk" FOREIGN KEY ("customer_id") REFERENCES "public"."customers"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "received_messages" ADD CONSTRAINT "received_messages_outbox_id_outbox_id_fk" FOREIGN KEY ("outbox_id") REFERENCES "public"."outbox"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
CREATE UNIQUE INDEX "received_messages_uq" ON "received_messages" USING btree ("customer_id","message_id");--> statement-breakpoint
CREATE INDEX "received_messages_customer_idx" ON "received_messages" USING btree ("customer_id","received_at");