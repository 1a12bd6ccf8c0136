CREATE TABLE "call_scripts" (
	"step_code" text NOT NULL,
	"language" text NOT NULL,
	"stages" jsonb NOT NULL,
	"version" integer DEFAULT 1 NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
ALTER TABLE "customers" ADD COLUMN "debtor_type" text;--> statement-breakpoint
ALTER TABLE "customers" ADD COLUMN "debtor_type_note" text;--> statement-breakpoint
ALTER TABLE "tasks" ADD COLUMN "call" jsonb;--> statement-breakpoint
ALTER TABLE "users" ADD COLUMN "time_zone" text DEFAULT 'Europe/Moscow' NOT NULL;--> statement-breakpoint
ALTER TABLE "users" ADD COLUMN "language" text DEFAULT 'ru' NOT NULL;--> statement-breakpoint
ALTER TABLE "users" ADD COLUMN "calendar_token_hash" text;--> statement-breakpoint
CREATE UNIQUE INDEX "call_scripts_uq" ON "call_scripts" USING btree ("step_code","language");--> statement-breakpoint
CREATE INDEX "promises_due_idx" ON "promises" USING btree ("status","promised_date");--> statement-breakpoint
ALTER TABLE "users" ADD CONSTRAINT "users_calendar_token_hash_unique" UNIQUE("calendar_token_hash");