-- A change to a policy, to the risk-class policy map or to a country's calendar can move any
-- customer's ladder: send every customer concerned back to the next daily run (see 0005).
CREATE FUNCTION review_all_customers() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  UPDATE customers SET review_on = NULL WHERE review_on IS NOT NULL;
  RETURN NULL;
END $$;
--> statement-breakpoint
CREATE FUNCTION review_customers_of_country() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  UPDATE customers SET review_on = NULL WHERE review_on IS NOT NULL AND country IN (SELECT country FROM changed_rows);
  RETURN NULL;
END $$;
--> statement-breakpoint
CREATE TRIGGER policies_review AFTER INSERT OR UPDATE OR DELETE ON policies FOR EACH STATEMENT EXECUTE FUNCTION review_all_customers();
--> statement-breakpoint
CREATE TRIGGER risk_class_policies_review AFTER INSERT OR UPDATE OR DELETE ON risk_class_policies FOR EACH STATEMENT EXECUTE FUNCTION review_all_customers();
--> statement-breakpoint
CREATE TRIGGER calendar_exceptions_review_ins AFTER INSERT ON calendar_exceptions REFERENCING NEW TABLE AS changed_rows FOR EACH STATEMENT EXECUTE FUNCTION review_customers_of_country();
--> statement-breakpoint
CREATE TRIGGER calendar_exceptions_review_upd AFTER UPDATE ON calendar_exceptions REFERENCING NEW TABLE AS changed_rows FOR EACH STATEMENT EXECUTE FUNCTION review_customers_of_country();
--> statement-breakpoint
CREATE TRIGGER calendar_exceptions_review_del AFTER DELETE ON calendar_exceptions REFERENCING OLD TABLE AS changed_rows FOR EACH STATEMENT EXECUTE FUNCTION review_customers_of_country();
