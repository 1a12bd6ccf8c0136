CREATE TABLE "ladders" (
	"customer_id" uuid PRIMARY KEY NOT NULL,
	"invoices" json DEFAULT '[]'::json NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
ALTER TABLE "ladders" ADD CONSTRAINT "ladders_customer_id_customers_id_fk" FOREIGN KEY ("customer_id") REFERENCES "public"."customers"("id") ON DELETE no action ON UPDATE no action;