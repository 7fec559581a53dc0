-- Whether a repair of the card is open, kept apart from its status: a card lent out or awaiting disposal keeps that
-- status while its repair runs, and takes 维修中 back only if the repair is still open when it comes back.
ALTER TABLE assets.asset ADD COLUMN under_repair boolean NOT NULL DEFAULT false;
UPDATE assets.asset a SET under_repair = true
WHERE a.status = 'REPAIRING'
   OR EXISTS (SELECT 1 FROM repairs.request r
              WHERE r.asset_id = a.id AND r.status NOT IN ('DONE', 'REJECTED', 'CANCELLED'));

-- A card's history moves onto the platform's timeline (message keys, shown in the reader's language); the entries
-- written before keep their sentence as it was written.
INSERT INTO platform.timeline_event (school_id, subject_type, subject_id, kind, message_key, args, link, actor_id,
                                     actor_name, happened_at)
SELECT school_id, 'asset', asset_id, kind, 'timeline.text', jsonb_build_array(summary), link, actor_id, actor_name,
       happened_at
FROM assets.asset_event ORDER BY id;
DROP TABLE assets.asset_event;
