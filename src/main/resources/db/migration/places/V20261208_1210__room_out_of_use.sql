-- 停用: a room stopped at once by a 重大 hazard (危房), with why and since when; resumed when the hazard closes.
ALTER TABLE places.room ADD COLUMN stopped_at timestamptz;
ALTER TABLE places.room ADD COLUMN stop_reason varchar(200);
ALTER TABLE places.room ADD CONSTRAINT room_stop_explained CHECK (stopped_at IS NULL OR stop_reason IS NOT NULL);
