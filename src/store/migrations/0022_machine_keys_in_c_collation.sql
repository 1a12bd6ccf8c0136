-- Dedupe keys and statuses of tasks and outbox messages are keys the program makes ('step:<customer>:
-- <date>:call', 'open'), never text for people: compared byte by byte (collation "C") instead of by the
-- database's language rules (C.UTF-8, en_US.UTF-8... compare through the C library, several times slower).
-- The daily run inserts thousands of each a day, and every insert sorts its key into the unique index of
-- dedupe keys and its status into the indexes by status: 13% of the tasks insert on the million-invoice
-- book (bench/README.md). Equality, which is all the dedupe keys are used for, is the same; the order of
-- the statuses ('cancelled' < 'done' < 'open', which the run's read relies on) is the same too.
-- Changing a column's collation rewrites no rows; the indexes on it are rebuilt.
ALTER TABLE "tasks" ALTER COLUMN "dedupe_key" TYPE text COLLATE "C", ALTER COLUMN "status" TYPE text COLLATE "C";--> statement-breakpoint
ALTER TABLE "outbox" ALTER COLUMN "dedupe_key" TYPE text COLLATE "C", ALTER COLUMN "status" TYPE text COLLATE "C";
