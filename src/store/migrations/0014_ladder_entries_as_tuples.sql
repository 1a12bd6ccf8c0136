-- Each invoice in a customer's ladders becomes a short tuple (src/store/ladder-entries.ts), half the bytes:
--   {"invoice": I, "fired": [{"code": "L3", "date": "2025-12-02"}, {"code": "L5", "date": "2025-12-03", "skipped": true}], "claimDeadline": D, "jumpToClaim": true}
-- becomes [I, ["L3@2025-12-02", "L5~2025-12-03"], D, true], trailing fields left out when not set.
-- Rows already in the new form (a list of lists) are left as they are.
UPDATE ladders l SET invoices = (
  SELECT coalesce(json_agg(CASE
      WHEN (e ->> 'jumpToClaim')::boolean THEN json_build_array(e -> 'invoice', s.steps, e -> 'claimDeadline', true)
      WHEN e ->> 'claimDeadline' IS NOT NULL THEN json_build_array(e -> 'invoice', s.steps, e -> 'claimDeadline')
      ELSE json_build_array(e -> 'invoice', s.steps) END ORDER BY n), '[]'::json)
  FROM json_array_elements(l.invoices) WITH ORDINALITY AS x(e, n),
  LATERAL (SELECT coalesce(json_agg((f ->> 'code') || CASE WHEN (f ->> 'skipped')::boolean THEN '~' ELSE '@' END || (f ->> 'date') ORDER BY m), '[]'::json) AS steps
    FROM json_array_elements(e -> 'fired') WITH ORDINALITY AS y(f, m)) s
)
WHERE json_typeof(l.invoices -> 0) = 'object';
