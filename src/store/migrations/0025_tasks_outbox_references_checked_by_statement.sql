-- Tasks and outbox messages keep naming an existing customer (and a task an existing assignee or none),
-- checked once per statement instead of by a foreign key row by row. The daily run inserts a page's tasks
-- and messages in one statement each; the foreign keys looked each row's customer up and locked it (a
-- look-up, a row lock and its WAL record per row: ~28 µs a row embedded, 60 of the ~170 ms that inserting
-- 1,750 tasks took and 20 of the 75 ms of 1,000 messages; bench/README.md). Here one anti-join over the
-- statement's new rows checks them all (~3 ms a page). The foreign keys go in the next migration.
--
-- What the foreign keys also did: refuse to delete a customer or user still named. Customers and users are
-- never deleted (a customer is kept with its history, a user is disabled): the triggers at the end refuse
-- it, so a name once checked can never come to point nowhere, whatever runs at the same time.
-- The error is the one the foreign key raised (23503, its constraint name and detail): the API names the field.
CREATE FUNCTION raise_missing_reference(tbl text, col text, ref text, missing uuid) RETURNS void LANGUAGE plpgsql AS $$
BEGIN
  RAISE EXCEPTION 'insert or update on table "%" violates foreign key constraint "%"', tbl, format('%s_%s_%s_id_fk', tbl, col, ref)
    USING ERRCODE = 'foreign_key_violation', TABLE = tbl, CONSTRAINT = format('%s_%s_%s_id_fk', tbl, col, ref),
      DETAIL = format('Key (%s)=(%s) is not present in table "%s".', col, missing, ref);
END $$;
--> statement-breakpoint
-- After an insert, for the whole statement: TG_ARGV = the column, the table whose id it names.
CREATE FUNCTION new_rows_refer_to_existing() RETURNS trigger LANGUAGE plpgsql AS $$
DECLARE missing uuid;
BEGIN
  EXECUTE format('SELECT n.%1$I FROM new_rows n WHERE n.%1$I IS NOT NULL AND NOT EXISTS (SELECT 1 FROM %2$I r WHERE r.id = n.%1$I) LIMIT 1', TG_ARGV[0], TG_ARGV[1])
    INTO missing;
  IF missing IS NOT NULL THEN PERFORM raise_missing_reference(TG_TABLE_NAME, TG_ARGV[0], TG_ARGV[1], missing); END IF;
  RETURN NULL;
END $$;
--> statement-breakpoint
-- Before an update that changes the column (none of the product's does), row by row.
CREATE FUNCTION changed_row_refers_to_existing() RETURNS trigger LANGUAGE plpgsql AS $$
DECLARE missing uuid;
BEGIN
  EXECUTE format('SELECT $1.%1$I WHERE $1.%1$I IS NOT NULL AND NOT EXISTS (SELECT 1 FROM %2$I r WHERE r.id = $1.%1$I)', TG_ARGV[0], TG_ARGV[1])
    INTO missing USING NEW;
  IF missing IS NOT NULL THEN PERFORM raise_missing_reference(TG_TABLE_NAME, TG_ARGV[0], TG_ARGV[1], missing); END IF;
  RETURN NEW;
END $$;
--> statement-breakpoint
CREATE TRIGGER tasks_customer_exists AFTER INSERT ON tasks REFERENCING NEW TABLE AS new_rows
  FOR EACH STATEMENT EXECUTE FUNCTION new_rows_refer_to_existing('customer_id', 'customers');
--> statement-breakpoint
CREATE TRIGGER tasks_assignee_exists AFTER INSERT ON tasks REFERENCING NEW TABLE AS new_rows
  FOR EACH STATEMENT EXECUTE FUNCTION new_rows_refer_to_existing('assignee_id', 'users');
--> statement-breakpoint
CREATE TRIGGER outbox_customer_exists AFTER INSERT ON outbox REFERENCING NEW TABLE AS new_rows
  FOR EACH STATEMENT EXECUTE FUNCTION new_rows_refer_to_existing('customer_id', 'customers');
--> statement-breakpoint
CREATE TRIGGER tasks_customer_change BEFORE UPDATE ON tasks FOR EACH ROW WHEN (NEW.customer_id IS DISTINCT FROM OLD.customer_id)
  EXECUTE FUNCTION changed_row_refers_to_existing('customer_id', 'customers');
--> statement-breakpoint
CREATE TRIGGER tasks_assignee_change BEFORE UPDATE ON tasks FOR EACH ROW WHEN (NEW.assignee_id IS DISTINCT FROM OLD.assignee_id)
  EXECUTE FUNCTION changed_row_refers_to_existing('assignee_id', 'users');
--> statement-breakpoint
CREATE TRIGGER outbox_customer_change BEFORE UPDATE ON outbox FOR EACH ROW WHEN (NEW.customer_id IS DISTINCT FROM OLD.customer_id)
  EXECUTE FUNCTION changed_row_refers_to_existing('customer_id', 'customers');
--> statement-breakpoint
CREATE FUNCTION refuse_delete() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  RAISE EXCEPTION '% are never deleted: %', TG_TABLE_NAME, TG_ARGV[0] USING ERRCODE = 'restrict_violation', TABLE = TG_TABLE_NAME;
END $$;
--> statement-breakpoint
CREATE TRIGGER customers_never_deleted BEFORE DELETE OR TRUNCATE ON customers
  FOR EACH STATEMENT EXECUTE FUNCTION refuse_delete('a customer is kept with its history');
--> statement-breakpoint
CREATE TRIGGER users_never_deleted BEFORE DELETE OR TRUNCATE ON users
  FOR EACH STATEMENT EXECUTE FUNCTION refuse_delete('a user is disabled instead');
