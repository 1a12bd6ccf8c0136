-- The daily run's dedupe keys for tasks and outbox messages put the day first (engine/plan.ts dedupeKey):
-- 'step:<customer>:2025-12-11:call' becomes '2025-12-11:step:<customer>:call', so that a day's keys go to
-- one end of the unique index. The keys already written are rewritten the same way, so that running a
-- date again after the upgrade still finds its touches and creates nothing new. Other keys (callbacks,
-- retries, confirmations) do not start with an engine touch's kind and stay as they are. As the engine's
-- own write: no review dates cleared (0005), nothing the run plans from changes.
SELECT set_config('debitor.engine_apply', 'on', true);--> statement-breakpoint
UPDATE "tasks" SET "dedupe_key" = regexp_replace("dedupe_key", '^(step|broken-promise|keep-in-touch):([0-9a-f-]{36}):([0-9]{4}-[0-9]{2}-[0-9]{2}):([a-z]+)$', '\3:\1:\2:\4')
  WHERE "dedupe_key" ~ '^(step|broken-promise|keep-in-touch):[0-9a-f-]{36}:[0-9]{4}-[0-9]{2}-[0-9]{2}:[a-z]+$';--> statement-breakpoint
UPDATE "outbox" SET "dedupe_key" = regexp_replace("dedupe_key", '^(step|broken-promise|keep-in-touch):([0-9a-f-]{36}):([0-9]{4}-[0-9]{2}-[0-9]{2}):([a-z]+)$', '\3:\1:\2:\4')
  WHERE "dedupe_key" ~ '^(step|broken-promise|keep-in-touch):[0-9a-f-]{36}:[0-9]{4}-[0-9]{2}-[0-9]{2}:[a-z]+$';--> statement-breakpoint
SELECT set_config('debitor.engine_apply', 'off', true);
