-- The CSTO's Secretaries-General, acting ones included (fact sheet section 6). The sheet gives each term's first and
-- last day; end_date is exclusive (the day after the last). Every source it cites ([R69] [R74] [R95] [R114]..[R125])
-- is already in V1000, so no source row is added here.
-- Rotation rule: since a 2015 decision (Dushanbe, 15 Sep 2015) the post rotates among the member states in Russian
-- alphabetical order for three-year terms [R125][R120]; the holders since then are appointment 'ROTATION'.

INSERT INTO secretary_general_terms (alliance_id, member_state_id, ordinal, name, appointment, start_date, start_precision,
        end_date, end_precision, appointed_date, appointed_precision, appointed_at, date_note, note)
SELECT a.id, s.id, 1, 'Nikolai Bordyuzha', 'APPOINTED', DATE '2003-04-28', 'DAY', DATE '2017-01-01', 'DAY',
       DATE '2003-04-28', 'DAY', 'Collective Security Council summit, Dushanbe',
       'Named at the Dushanbe summit held on the Monday before a report of 29 Apr 2003, i.e. 28 Apr 2003. Last day in office 31 Dec 2016.',
       'Renewed for three years on 19 Dec 2012; the term was extended to 31 Dec 2016 by a Council decision of 21 Dec 2015.'
FROM alliances a, member_states s WHERE a.code = 'csto' AND s.iso3 = 'RUS';

INSERT INTO secretary_general_terms (alliance_id, member_state_id, ordinal, name, appointment, start_date, start_precision,
        end_date, end_precision, date_note, note)
SELECT a.id, s.id, NULL, 'Valery Semerikov', 'ACTING', DATE '2017-01-01', 'DAY', DATE '2017-05-02', 'DAY',
       'Last day as acting Secretary-General 1 May 2017.',
       'Acting Secretary-General between Bordyuzha''s departure and Khachaturov''s taking office.'
FROM alliances a, member_states s WHERE a.code = 'csto' AND s.iso3 = 'RUS';

INSERT INTO secretary_general_terms (alliance_id, member_state_id, ordinal, name, appointment, start_date, start_precision,
        end_date, end_precision, appointed_date, appointed_precision, appointed_at, date_note, note)
SELECT a.id, s.id, 2, 'Yuri Khachaturov', 'ROTATION', DATE '2017-05-02', 'DAY', DATE '2018-11-02', 'DAY',
       DATE '2017-04-01', 'MONTH', 'Informal summit, Bishkek',
       'Appointed in April 2017 (the day is not given) and took office on 2 May 2017. Relieved by the Council on 2 Nov 2018, the day Semerikov became acting '
           || 'Secretary-General again: the registry takes 2 Nov 2018 as the first day of the acting term, so this term''s last day is 1 Nov 2018.',
       'Armenia''s turn under the 2015 rotation rule, cut short: the Council relieved him after Armenia recalled him.'
FROM alliances a, member_states s WHERE a.code = 'csto' AND s.iso3 = 'ARM';

INSERT INTO secretary_general_terms (alliance_id, member_state_id, ordinal, name, appointment, start_date, start_precision,
        end_date, end_precision, date_note, note)
SELECT a.id, s.id, NULL, 'Valery Semerikov', 'ACTING', DATE '2018-11-02', 'DAY', DATE '2020-01-01', 'DAY',
       'Last day as acting Secretary-General 31 Dec 2019.',
       'Acting Secretary-General after Khachaturov was relieved, until Zas took office.'
FROM alliances a, member_states s WHERE a.code = 'csto' AND s.iso3 = 'RUS';

INSERT INTO secretary_general_terms (alliance_id, member_state_id, ordinal, name, appointment, start_date, start_precision,
        end_date, end_precision, appointed_date, appointed_precision, appointed_at, date_note, note)
SELECT a.id, s.id, 3, 'Stanislav Zas', 'ROTATION', DATE '2020-01-01', 'DAY', DATE '2023-01-01', 'DAY',
       DATE '2019-11-28', 'DAY', 'Collective Security Council session, Bishkek',
       'Confirmed on 28 Nov 2019 in Bishkek. Last day in office 31 Dec 2022.',
       'Belarus followed in 2020 rather than Armenia being given the remainder of its turn.'
FROM alliances a, member_states s WHERE a.code = 'csto' AND s.iso3 = 'BLR';

INSERT INTO secretary_general_terms (alliance_id, member_state_id, ordinal, name, appointment, start_date, start_precision,
        end_date, end_precision, appointed_date, appointed_precision, appointed_at, date_note)
SELECT a.id, s.id, 4, 'Imangali Tasmagambetov', 'ROTATION', DATE '2023-01-01', 'DAY', DATE '2026-01-01', 'DAY',
       DATE '2022-11-23', 'DAY', 'Collective Security Council session, Yerevan',
       'Named on 23 Nov 2022 in Yerevan. Last day in office 31 Dec 2025.'
FROM alliances a, member_states s WHERE a.code = 'csto' AND s.iso3 = 'KAZ';

INSERT INTO secretary_general_terms (alliance_id, member_state_id, ordinal, name, appointment, start_date, start_precision,
        scheduled_end, appointed_date, appointed_precision, appointed_at, date_note)
SELECT a.id, s.id, 5, 'Taalatbek Masadykov', 'ROTATION', DATE '2026-01-01', 'DAY', DATE '2029-01-01',
       DATE '2025-11-27', 'DAY', 'Collective Security Council session, Bishkek',
       'Appointed on 27 Nov 2025 in Bishkek. In office; the term is scheduled to end on 31 Dec 2028 (its last day).'
FROM alliances a, member_states s WHERE a.code = 'csto' AND s.iso3 = 'KGZ';

-- Sources: every tag the fact sheet gives for the row; the rotation rule's [R125][R120] on the terms it governs.
INSERT INTO secretary_general_term_sources (secretary_general_term_id, source_id)
SELECT t.id, src.id FROM secretary_general_terms t JOIN alliances a ON a.id = t.alliance_id JOIN sources src ON src.code IN ('R95', 'R114', 'R115', 'R116')
WHERE a.code = 'csto' AND t.ordinal = 1;
INSERT INTO secretary_general_term_sources (secretary_general_term_id, source_id)
SELECT t.id, src.id FROM secretary_general_terms t JOIN alliances a ON a.id = t.alliance_id JOIN sources src ON src.code IN ('R115', 'R116', 'R117')
WHERE a.code = 'csto' AND t.ordinal IS NULL AND t.start_date = DATE '2017-01-01';
INSERT INTO secretary_general_term_sources (secretary_general_term_id, source_id)
SELECT t.id, src.id FROM secretary_general_terms t JOIN alliances a ON a.id = t.alliance_id JOIN sources src ON src.code IN ('R117', 'R118', 'R119', 'R120', 'R121', 'R125')
WHERE a.code = 'csto' AND t.ordinal = 2;
INSERT INTO secretary_general_term_sources (secretary_general_term_id, source_id)
SELECT t.id, src.id FROM secretary_general_terms t JOIN alliances a ON a.id = t.alliance_id JOIN sources src ON src.code IN ('R119', 'R121')
WHERE a.code = 'csto' AND t.ordinal IS NULL AND t.start_date = DATE '2018-11-02';
INSERT INTO secretary_general_term_sources (secretary_general_term_id, source_id)
SELECT t.id, src.id FROM secretary_general_terms t JOIN alliances a ON a.id = t.alliance_id JOIN sources src ON src.code IN ('R120', 'R121', 'R125')
WHERE a.code = 'csto' AND t.ordinal = 3;
INSERT INTO secretary_general_term_sources (secretary_general_term_id, source_id)
SELECT t.id, src.id FROM secretary_general_terms t JOIN alliances a ON a.id = t.alliance_id JOIN sources src ON src.code IN ('R74', 'R122', 'R123', 'R125')
WHERE a.code = 'csto' AND t.ordinal = 4;
INSERT INTO secretary_general_term_sources (secretary_general_term_id, source_id)
SELECT t.id, src.id FROM secretary_general_terms t JOIN alliances a ON a.id = t.alliance_id JOIN sources src ON src.code IN ('R69', 'R123', 'R124', 'R125')
WHERE a.code = 'csto' AND t.ordinal = 5;
