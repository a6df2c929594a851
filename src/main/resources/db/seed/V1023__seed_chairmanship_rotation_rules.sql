-- Chairmanship rotation rules (fact sheet section 5). The members in the rotation are not listed: they are read
-- from the membership history on each term's day, sorted by the rule's order basis.

INSERT INTO chairmanship_rotation_rules (alliance_id, rotating, order_basis, term_years, suspended_policy, frozen_policy, description)
SELECT a.id, TRUE, 'RUSSIAN_ALPHABETICAL', 1, 'SKIP', 'KEEP',
       'The chairmanship of the Collective Security Council rotates every year among the member states in the Russian alphabetical order of their names '
           || '(Армения, Беларусь, Казахстан, Кыргызстан, Россия, Таджикистан); the chair state''s head of state chairs the Council, and the chair state chairs the other statutory bodies. '
           || 'The Charter (Art. 13) makes the head of state hosting the regular session the chair until the next regular session unless the Council decides otherwise. '
           || 'A member whose participation the Council has suspended (Uzbekistan since 19 Dec 2012) is skipped: Uzbekistan never chaired. '
           || 'The sources record no decision on a member that has frozen its own participation (Armenia since 22 Feb 2024, next due in 2028): '
           || 'the registry keeps its turn by default, since a frozen participation leaves it a full member, and flags the entry; a schedule request may skip it instead. '
           || 'An interim chair stands in for the state whose turn it is and does not advance the rotation (Russia 2009-10 for Belarus). '
           || 'Projected terms are the rule applied to the current membership, not decisions of the Council.'
FROM alliances a WHERE a.code = 'csto';

INSERT INTO chairmanship_hand_over_conventions (rule_id, from_chair_year, kind, description)
SELECT r.id, 2007, 'COUNCIL_SESSION',
       'At the regular session of the Collective Security Council: the chair passes on the day of the session ("on the eve of the session", "from this day"), '
           || 'so the day of a hand-over is known only once the session is held.'
FROM chairmanship_rotation_rules r JOIN alliances a ON a.id = r.alliance_id WHERE a.code = 'csto';
INSERT INTO chairmanship_hand_over_conventions (rule_id, from_chair_year, kind, description)
SELECT r.id, 2024, 'FIRST_OF_JANUARY',
       'From 1 January of the chair year, as decided at the preceding regular session: Belarus to Kazakhstan from 1 Jan 2024, Russia from 1 Jan 2026. '
           || 'One source (TASS) already frames the 2023 Belarusian term as the calendar year.'
FROM chairmanship_rotation_rules r JOIN alliances a ON a.id = r.alliance_id WHERE a.code = 'csto';

INSERT INTO chairmanship_rotation_rule_sources (rule_id, source_id)
SELECT r.id, src.id FROM chairmanship_rotation_rules r JOIN alliances a ON a.id = r.alliance_id
JOIN sources src ON src.code IN ('R57', 'R58', 'R59', 'R60', 'R61', 'R63', 'R68', 'R70', 'R71', 'R91', 'R92', 'R97', 'R104')
WHERE a.code = 'csto';

-- This migration adds curated data, so it bumps the data revision (V20 convention).
UPDATE registry_revision SET revision = revision + 1, changed_at = TIMESTAMP WITH TIME ZONE '2026-11-29 15:00:00+00' WHERE id = 1;
