ALTER TABLE "ladder_states" ALTER COLUMN "fired" SET DATA TYPE json;--> statement-breakpoint
ALTER TABLE "ladder_states" ALTER COLUMN "fired" SET DEFAULT '[]'::json;