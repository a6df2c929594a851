-- NATO and the Warsaw Pact have no rotating chair. Saying so as data makes their empty chairmanship schedules a
-- statement, not a gap. (After V1050 and V1060, which create the two alliances.)
INSERT INTO chairmanship_rotation_rules (alliance_id, rotating, description)
SELECT a.id, FALSE,
       'NATO has no rotating chair: no member state takes the chair in turn. The registry records no chairmanship terms for NATO, '
           || 'so its chairmanship schedule is empty; this is not a gap in the data.'
FROM alliances a WHERE a.code = 'nato';
INSERT INTO chairmanship_rotation_rules (alliance_id, rotating, description)
SELECT a.id, FALSE,
       'The Warsaw Pact (dissolved on 1 Jul 1991) had no chairmanship rotating among its member states in the registry''s sources, and the registry records no '
           || 'chairmanship terms for it, so its chairmanship schedule is empty.'
FROM alliances a WHERE a.code = 'warsaw-pact';

-- This migration adds curated data, so it bumps the data revision (V20 convention).
UPDATE registry_revision SET revision = revision + 1, changed_at = TIMESTAMP WITH TIME ZONE '2026-11-29 15:00:00+00' WHERE id = 1;
