-- Recorded CSTO terms that depart from the rotation rule (fact sheet section 5, "Breaks in the order").
-- Replaying the rule from any recorded term reproduces every later term except these; the replay test found no others.

UPDATE chairmanship_terms SET rule_exception =
       'Out of order: the early rotation was not strictly alphabetical. Belarus passed the chair to Kyrgyzstan at the 6 Oct 2007 Dushanbe session, '
           || 'skipping Kazakhstan, which the Russian alphabetical order puts next.'
WHERE chair_year = 2008 AND alliance_id = (SELECT id FROM alliances WHERE code = 'csto');

UPDATE chairmanship_terms SET rule_exception =
       'Out of order: Armenia followed Kyrgyzstan, where the alphabetical order puts Russia next. The strict Russian alphabetical order holds from this term on, '
           || 'so the rotation restarts here with the first state of the order.'
WHERE chair_year = 2009 AND alliance_id = (SELECT id FROM alliances WHERE code = 'csto');

UPDATE chairmanship_terms SET rule_exception =
       'Interim chair: Belarus, next after Armenia, boycotted the 14 Jun 2009 Moscow session during its "milk war" with Russia, so Russia chaired for the period of '
           || 'Belarus'' absence. As a stand-in it does not advance the rotation: Belarus took its own turn in Dec 2010.'
WHERE chair_year = 2010 AND alliance_id = (SELECT id FROM alliances WHERE code = 'csto');

-- This migration adds curated data, so it bumps the data revision (V20 convention).
UPDATE registry_revision SET revision = revision + 1, changed_at = TIMESTAMP WITH TIME ZONE '2026-11-29 15:00:00+00' WHERE id = 1;
