-- Corrections to the CSTO events (issue 15), from shared/facts/csto-facts.md and, where only it says so, the seed
-- article (ARTICLE-AR, SINGLE_SOURCE). Every row changed here moves to its next version, so an edit prepared on the
-- old record is refused (412) rather than silently overwriting the correction.

-- Force sizes with the qualifier the sources give (section 7 "Forces" and section 8). V1130 set EXACTLY for every
-- quantity; it stays for the official Kazakhstan figures (2,030 personnel, 250 units of equipment) and for the
-- article's 6,500 deaths, which it states as a plain number.
UPDATE alliance_events SET quantity_qualifier = 'ABOUT', version = version + 1
WHERE title_en IN ('Rubezh-2006', 'Rubezh-2008', 'Collective Rapid Deployment Forces strength: about 5,000',
                   'Collective Peacekeeping Forces strength: about 3,600',
                   'Collective Peacekeeping Forces strength: about 3,500 plus police',
                   'CRRF strength: about 20,000 (2009)', 'CRRF strength: about 18,000 (CSTO figure)')
  AND alliance_id = (SELECT id FROM alliances WHERE code = 'csto');
UPDATE alliance_events SET quantity_qualifier = 'MORE_THAN', version = version + 1
WHERE title_en = 'Interaction-2009' AND alliance_id = (SELECT id FROM alliances WHERE code = 'csto');

-- The 2024 UN General Assembly resolution: "Nov 2024 ... (reported 19 Nov 2024)", so adopted in November 2024 on
-- or before the 19th.
UPDATE alliance_events SET start_latest = DATE '2024-11-19', version = version + 1
WHERE title_en = 'UN General Assembly resolution on UN-CSTO cooperation (2024)'
  AND alliance_id = (SELECT id FROM alliances WHERE code = 'csto');

-- The deployments the seed article names, as events of kind DEPLOYMENT: dated by the days the sources attest the
-- forces there. Neither the fact sheet nor the article gives when any of them began or ended.
-- 1. Russia's 102nd military base in Armenia: the article says forces stationed at the base took part in stages 3
--    and 4 of Rubezh-2008, which the fact sheet dates 18-22 Aug 2008 in Armenia. The record stays the child of the
--    stages it is attested in; Armenia joins it as the host state.
UPDATE alliance_events SET kind = 'DEPLOYMENT', version = version + 1,
       description = 'According to the seed article only: forces stationed at the Russian 102nd military base on Armenian territory took part in the third and fourth stages of Rubezh-2008, together with Armenian forces and forces of the other member states. The dates are those of the stages (18 to 22 Aug 2008): the days the source attests the forces there, not the start or end of their stationing, which the sources do not give.'
WHERE title_en = 'Rubezh-2008 stages 3 and 4: forces of the Russian 102nd military base'
  AND alliance_id = (SELECT id FROM alliances WHERE code = 'csto');
INSERT INTO alliance_event_participants (event_id, member_state_id, role)
SELECT e.id, m.id, 'Host state of the Russian 102nd military base' FROM alliance_events e JOIN alliances a ON a.id = e.alliance_id JOIN member_states m ON m.iso3 = 'ARM'
WHERE a.code = 'csto' AND e.title_en = 'Rubezh-2008 stages 3 and 4: forces of the Russian 102nd military base';

-- 2. Forces in Tajikistan and Kyrgyzstan: the article (undated, written after the January 2022 Kazakhstan deployment)
--    says, of the CSTO's Central Asian members facing a risk of destabilisation from Afghanistan, that forces are
--    deployed in Tajikistan and Kyrgyzstan. It gives no date, no strength and does not say whose forces they are,
--    so the record is UNDATED: a range query lists it as possibly meeting any range.
INSERT INTO alliance_events (alliance_id, kind, title_en, start_date, date_precision, end_date, place, description, quantity, quantity_unit, verification)
SELECT a.id, 'DEPLOYMENT', 'Forces deployed in Tajikistan and Kyrgyzstan (seed article)', NULL, 'UNDATED', NULL, 'Tajikistan and Kyrgyzstan',
       'According to the seed article only (undated; written after the January 2022 Kazakhstan deployment): with the CSTO''s Central Asian members facing a risk of destabilisation from Afghanistan, forces are deployed in Tajikistan and Kyrgyzstan. The article gives no date, no strength and does not say whose forces they are; the fact sheet does not record this deployment. See also the statement on the risk of destabilisation from Afghanistan.',
       NULL, NULL, 'SINGLE_SOURCE'
FROM alliances a WHERE a.code = 'csto';
INSERT INTO alliance_event_sources (alliance_event_id, source_id)
SELECT e.id, s.id FROM alliance_events e JOIN alliances a ON a.id = e.alliance_id JOIN sources s ON s.code IN ('ARTICLE-AR')
WHERE a.code = 'csto' AND e.title_en = 'Forces deployed in Tajikistan and Kyrgyzstan (seed article)';
INSERT INTO alliance_event_participants (event_id, member_state_id, role)
SELECT e.id, m.id, 'Forces deployed on its territory (per the seed article)' FROM alliance_events e JOIN alliances a ON a.id = e.alliance_id JOIN member_states m ON m.iso3 = 'TJK'
WHERE a.code = 'csto' AND e.title_en = 'Forces deployed in Tajikistan and Kyrgyzstan (seed article)';
INSERT INTO alliance_event_participants (event_id, member_state_id, role)
SELECT e.id, m.id, 'Forces deployed on its territory (per the seed article)' FROM alliance_events e JOIN alliances a ON a.id = e.alliance_id JOIN member_states m ON m.iso3 = 'KGZ'
WHERE a.code = 'csto' AND e.title_en = 'Forces deployed in Tajikistan and Kyrgyzstan (seed article)';
