-- A record's photos and signature are stored under its id in the transaction that writes it, so the application takes
-- the id first (nextval) and inserts the record with it. Records stay insert-only.
GRANT USAGE ON SEQUENCE routines.record_id_seq TO houqin_app;
