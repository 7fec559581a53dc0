-- A schedule that stops takes away its rounds that have not opened yet and have no record (see routines.plan.Rounds).
GRANT DELETE ON routines.occurrence TO houqin_app;
