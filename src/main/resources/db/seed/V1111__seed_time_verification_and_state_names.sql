-- Corrections and backfills from shared/facts/csto-facts.md (the fact sheet), for the date model of V1110.
-- Rows an editor created through the API (a CREATE entry in the audit trail) are left as written, but for their new
-- verification, which nobody stated: UNVERIFIED.

-- 1. The 1999 non-renewals (fact sheet §1, "1999 Protocol on extension" [R6][R10]): Azerbaijan, Georgia and
--    Uzbekistan were parties through 20 Apr 1999, their last day; the extension runs from 21 Apr 1999. With the
--    registry's exclusive ends that is end_date 1999-04-21 (the sheet: "with an exclusive end date that is
--    end = 1999-04-21"), and the act's effective date, the first day outside the Treaty, is the same day.
UPDATE memberships SET end_date = DATE '1999-04-21'
WHERE end_date = DATE '1999-04-20' AND end_kind = 'NON_RENEWAL'
  AND alliance_id = (SELECT id FROM alliances WHERE code = 'csto')
  AND member_state_id IN (SELECT id FROM member_states WHERE iso3 IN ('AZE', 'GEO', 'UZB'));
UPDATE withdrawals SET effective_date = DATE '1999-04-21',
       note = note || ' Their last day as parties was 20 Apr 1999; the effective date is the first day outside the Treaty, 21 Apr 1999.'
WHERE kind = 'NON_RENEWAL' AND effective_date = DATE '1999-04-20'
  AND membership_id IN (SELECT m.id FROM memberships m JOIN alliances a ON a.id = m.alliance_id
                        JOIN member_states s ON s.id = m.member_state_id
                        WHERE a.code = 'csto' AND s.iso3 IN ('AZE', 'GEO', 'UZB'));

-- 2. Armenia's frozen participation was announced in an interview (22 Feb 2024), not notified: the CSTO Secretariat
--    said on 23 Feb 2024 it had received no notice from Yerevan (fact sheet §4 [R37]). No notice date, then.
UPDATE withdrawals SET notice_date = NULL, notice_precision = NULL
WHERE kind = 'PARTICIPATION_FROZEN' AND notice_date = DATE '2024-02-22'
  AND membership_id IN (SELECT m.id FROM memberships m JOIN alliances a ON a.id = m.alliance_id
                        JOIN member_states s ON s.id = m.member_state_id WHERE a.code = 'csto' AND s.iso3 = 'ARM');

-- 3. Verification of the membership periods. The fact sheet marks no curated period UNVERIFIED (its default is
--    VERIFIED); Albania's withdrawal day, 13 Sep 1968, rests on a single source [R207] (the year is verified).
UPDATE memberships SET verification = 'VERIFIED'
WHERE verification IS NULL
  AND NOT EXISTS (SELECT 1 FROM changes c WHERE c.entity_type = 'membership' AND c.entity_id = memberships.id AND c.action = 'CREATE');
UPDATE memberships SET verification = 'SINGLE_SOURCE'
WHERE end_date = DATE '1968-09-13' AND end_kind = 'WITHDRAWAL'
  AND alliance_id = (SELECT id FROM alliances WHERE code = 'warsaw-pact')
  AND member_state_id = (SELECT id FROM member_states WHERE iso3 = 'ALB')
  AND NOT EXISTS (SELECT 1 FROM changes c WHERE c.entity_type = 'membership' AND c.entity_id = memberships.id AND c.action = 'CREATE');
UPDATE memberships SET verification = 'UNVERIFIED' WHERE verification IS NULL;

-- 4. Official names (fact sheet §10, "State (EN short / official)" and "Russian (short / official)", Russian from
--    [R189]), no longer the ISO 3166 English name, which V1110 kept as iso_name_en. A state the sheet does not name
--    has no official name in the registry. Georgia's name is one in both columns. For Afghanistan the sheet gives an
--    official name in Russian only ("as given in [R189]"), so its English one stays empty.
UPDATE member_states SET official_name_en = NULL, official_name_ru = NULL
WHERE NOT EXISTS (SELECT 1 FROM changes c WHERE c.entity_type = 'state' AND c.entity_id = member_states.id AND c.action = 'CREATE');
UPDATE member_states SET official_name_en = 'Republic of Armenia', official_name_ru = 'Республика Армения' WHERE iso3 = 'ARM';
UPDATE member_states SET official_name_en = 'Republic of Belarus', official_name_ru = 'Республика Беларусь' WHERE iso3 = 'BLR';
UPDATE member_states SET official_name_en = 'Republic of Kazakhstan', official_name_ru = 'Республика Казахстан' WHERE iso3 = 'KAZ';
UPDATE member_states SET official_name_en = 'Kyrgyz Republic', official_name_ru = 'Кыргызская Республика' WHERE iso3 = 'KGZ';
UPDATE member_states SET official_name_en = 'Russian Federation', official_name_ru = 'Российская Федерация' WHERE iso3 = 'RUS';
UPDATE member_states SET official_name_en = 'Republic of Tajikistan', official_name_ru = 'Республика Таджикистан' WHERE iso3 = 'TJK';
UPDATE member_states SET official_name_en = 'Republic of Uzbekistan', official_name_ru = 'Республика Узбекистан' WHERE iso3 = 'UZB';
UPDATE member_states SET official_name_en = 'Republic of Azerbaijan', official_name_ru = 'Азербайджанская Республика' WHERE iso3 = 'AZE';
UPDATE member_states SET official_name_en = 'Georgia', official_name_ru = 'Грузия' WHERE iso3 = 'GEO';
UPDATE member_states SET official_name_en = 'Republic of Serbia', official_name_ru = 'Республика Сербия' WHERE iso3 = 'SRB';
UPDATE member_states SET official_name_ru = 'Исламская Республика Афганистан' WHERE iso3 = 'AFG';
UPDATE member_states SET official_name_en = 'Republic of Moldova', official_name_ru = 'Молдова' WHERE iso3 = 'MDA';

-- 5. The day a former state ceased to exist is not the day ISO 3166-3 withdrew its code (V1110 moved that to
--    iso_code_withdrawn_on). The German Democratic Republic ceased to exist on 3 Oct 1990 (fact sheet, Warsaw Pact
--    table [R208][R207][R192]; its code was withdrawn on 30 Oct 1990). No source of the registry gives the day the
--    Soviet Union or Czechoslovakia ceased to exist, so theirs stays empty.
UPDATE member_states SET ceased_on = NULL;
UPDATE member_states SET ceased_on = DATE '1990-10-03' WHERE iso3 = 'DDR' AND historic;
INSERT INTO member_state_sources (member_state_id, source_id)
SELECT m.id, s.id FROM member_states m, sources s
WHERE m.iso3 = 'DDR' AND s.code IN ('R207', 'R208')
  AND NOT EXISTS (SELECT 1 FROM member_state_sources x WHERE x.member_state_id = m.id AND x.source_id = s.id);

-- 6. Verification of the states. The states of the fact sheet's country table (§10: ISO codes from [R189]
--    cross-checked against [R191]) and the former states of its Warsaw Pact table ([R192][R193]) are VERIFIED; every
--    other state rests on one dataset for its codes (ISO3166-DATASET, whose producer says it is not authoritative),
--    so SINGLE_SOURCE.
UPDATE member_states SET verification = 'VERIFIED'
WHERE iso3 IN ('ARM', 'BLR', 'KAZ', 'KGZ', 'RUS', 'TJK', 'UZB', 'AZE', 'GEO', 'SRB', 'AFG', 'MDA', 'SUN', 'CSK', 'DDR')
  AND NOT EXISTS (SELECT 1 FROM changes c WHERE c.entity_type = 'state' AND c.entity_id = member_states.id AND c.action = 'CREATE');
UPDATE member_states SET verification = 'SINGLE_SOURCE'
WHERE verification IS NULL
  AND NOT EXISTS (SELECT 1 FROM changes c WHERE c.entity_type = 'state' AND c.entity_id = member_states.id AND c.action = 'CREATE');
UPDATE member_states SET verification = 'UNVERIFIED' WHERE verification IS NULL;

-- 7. Verification of the alliances: the three curated ones rest on the fact sheet's unqualified facts.
UPDATE alliances SET verification = 'VERIFIED'
WHERE code IN ('csto', 'nato', 'warsaw-pact')
  AND NOT EXISTS (SELECT 1 FROM changes c WHERE c.entity_type = 'alliance' AND c.entity_id = alliances.id AND c.action = 'CREATE');
UPDATE alliances SET verification = 'UNVERIFIED' WHERE verification IS NULL;
