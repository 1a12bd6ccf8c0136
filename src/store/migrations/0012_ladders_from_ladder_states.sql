-- One ladder row per customer (see schema.ts `ladders`): room on each page for HOT rewrites, and rows of
-- up to 8 KB (a customer's ladders, ~2 KB for ten open invoices) kept inline, uncompressed.
ALTER TABLE ladders SET (fillfactor = 70, toast_tuple_target = 8160);--> statement-breakpoint
-- The states of ladder_states move over as they are, by due date; ladder_states goes in 0013.
INSERT INTO ladders (customer_id, invoices, updated_at)
SELECT i.customer_id,
  json_agg(json_strip_nulls(json_build_object('invoice', l.invoice_id, 'fired', l.fired, 'claimDeadline', l.claim_deadline,
    'jumpToClaim', CASE WHEN l.jump_to_claim THEN true END)) ORDER BY i.due_date, i.number),
  max(l.updated_at)
FROM ladder_states l JOIN invoices i ON i.id = l.invoice_id
GROUP BY i.customer_id;
