-- The daily run sets the review date (customers.review_on, not indexed) of every customer it looks at,
-- about a fifth of them each day. Room on each page lets those updates be HOT: the row's new version
-- stays on its page and none of the customer indexes is written. Pages written from now on keep 20% free.
ALTER TABLE customers SET (fillfactor = 80);
