-- Where a request came from besides a person or a plan: a hazard (隐患) that needs a repair, as 'hazard:<id>:<number>'.
ALTER TABLE repairs.request ADD COLUMN source varchar(100);
