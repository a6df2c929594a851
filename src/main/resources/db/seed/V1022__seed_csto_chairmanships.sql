-- Chairmanship of the CSTO Collective Security Council, 2006-07 to 2026 (fact sheet section 5).
-- start_date = the day the state took over; end_date = the day it handed over (the next term's start_date, exclusive).
-- Until 2022 the hand-over happened at the regular CSC session; since then the session decides a transfer from 1 January.
-- chair_year is the last year in the usual label. The 2027 projection (Tajikistan, by rule only) is left out as unverified.

INSERT INTO chairmanship_terms (alliance_id, member_state_id, chair_year, chair_year_label, start_date, end_date, decided_on, decided_at, head_of_state, note)
SELECT a.id, s.id, 2007, '2006-07', DATE '2006-06-23', DATE '2007-10-06', DATE '2006-06-23', 'Collective Security Council session, Minsk', 'Alexander Lukashenko',
       'The chair of the Council of Defence Ministers passed from Russia to Belarus the day before, 22 Jun 2006. Handed over at the 6 Oct 2007 Dushanbe session.'
FROM alliances a, member_states s WHERE a.code = 'csto' AND s.iso3 = 'BLR';

INSERT INTO chairmanship_terms (alliance_id, member_state_id, chair_year, chair_year_label, start_date, date_note, decided_on, decided_at, head_of_state, note)
SELECT a.id, s.id, 2008, '2007-08', DATE '2007-10-06',
       'Handed over to Armenia in 2008; the exact day is not verified (the Secretary General spoke of a coming transfer on 21 Jul 2008; the regular session was held on 5 Sep 2008 in Moscow), so end_date is left empty.',
       DATE '2007-10-06', 'Collective Security Council session, Dushanbe', 'Kurmanbek Bakiyev',
       'Break in the order: the early rotation was not strictly alphabetical; Belarus passed the chair to Kyrgyzstan, skipping Kazakhstan.'
FROM alliances a, member_states s WHERE a.code = 'csto' AND s.iso3 = 'KGZ';

INSERT INTO chairmanship_terms (alliance_id, member_state_id, chair_year, chair_year_label, end_date, date_note, head_of_state, note)
SELECT a.id, s.id, 2009, '2008-09', DATE '2009-06-14',
       'Took over from Kyrgyzstan in 2008; the exact day and the deciding session are not verified (a transfer was announced as coming on 21 Jul 2008; the regular session was held on 5 Sep 2008 in Moscow), so start_date is left empty. Handed over at the 14 Jun 2009 Moscow session.',
       'Serzh Sargsyan',
       'From this term on the rotation follows the Russian alphabetical order of member-state names.'
FROM alliances a, member_states s WHERE a.code = 'csto' AND s.iso3 = 'ARM';

INSERT INTO chairmanship_terms (alliance_id, member_state_id, chair_year, chair_year_label, start_date, end_date, decided_on, decided_at, head_of_state, interim, note)
SELECT a.id, s.id, 2010, '2009-10', DATE '2009-06-14', DATE '2010-12-10', DATE '2009-06-14', 'Collective Security Council session, Moscow', 'Dmitry Medvedev', TRUE,
       'Interim chair. Break in the order: Belarus was due to take over from Armenia but boycotted the 14 Jun 2009 Moscow summit during its "milk war" with Russia, '
           || 'so Russia chaired for the period of Belarus'' absence. Belarus took its turn in Dec 2010.'
FROM alliances a, member_states s WHERE a.code = 'csto' AND s.iso3 = 'RUS';

INSERT INTO chairmanship_terms (alliance_id, member_state_id, chair_year, chair_year_label, start_date, end_date, date_note, decided_on, decided_at, head_of_state, note)
SELECT a.id, s.id, 2011, '2011', DATE '2010-12-10', DATE '2011-12-20',
       'The transfer was announced for December 2010; the start date is inferred from the 10 Dec 2010 Moscow session.',
       DATE '2010-12-10', 'Collective Security Council session, Moscow', 'Alexander Lukashenko',
       'Belarus took up the turn it had skipped in 2009, restoring the alphabetical order.'
FROM alliances a, member_states s WHERE a.code = 'csto' AND s.iso3 = 'BLR';

INSERT INTO chairmanship_terms (alliance_id, member_state_id, chair_year, chair_year_label, start_date, end_date, decided_on, decided_at, head_of_state)
SELECT a.id, s.id, 2012, '2012', DATE '2011-12-20', DATE '2012-12-19', DATE '2011-12-20', 'Collective Security Council session, Moscow', 'Nursultan Nazarbayev'
FROM alliances a, member_states s WHERE a.code = 'csto' AND s.iso3 = 'KAZ';

INSERT INTO chairmanship_terms (alliance_id, member_state_id, chair_year, chair_year_label, start_date, end_date, decided_on, decided_at, head_of_state, note)
SELECT a.id, s.id, 2013, '2013', DATE '2012-12-19', DATE '2013-09-23', DATE '2012-12-19', 'Collective Security Council session, Moscow', 'Almazbek Atambayev',
       'Taken over from Kazakhstan (one report names Russia as the outgoing chair; the better-supported version is Kazakhstan). The same session suspended Uzbekistan''s membership.'
FROM alliances a, member_states s WHERE a.code = 'csto' AND s.iso3 = 'KGZ';

INSERT INTO chairmanship_terms (alliance_id, member_state_id, chair_year, chair_year_label, start_date, end_date, decided_on, decided_at, head_of_state)
SELECT a.id, s.id, 2014, '2014', DATE '2013-09-23', DATE '2014-12-23', DATE '2013-09-23', 'Collective Security Council session, Sochi', 'Vladimir Putin'
FROM alliances a, member_states s WHERE a.code = 'csto' AND s.iso3 = 'RUS';

INSERT INTO chairmanship_terms (alliance_id, member_state_id, chair_year, chair_year_label, start_date, end_date, decided_on, decided_at, head_of_state, note)
SELECT a.id, s.id, 2015, '2015', DATE '2014-12-23', DATE '2015-09-15', DATE '2014-12-23', 'Collective Security Council session, Moscow', 'Emomali Rahmon',
       'Chair "until the end of 2015", handed over early at the Dushanbe session. Uzbekistan, next after Tajikistan in the order, never chaired: '
           || 'its slot did not come up during its 2006-2012 membership, and Tajikistan''s turn came after Uzbekistan''s 2012 suspension.'
FROM alliances a, member_states s WHERE a.code = 'csto' AND s.iso3 = 'TJK';

INSERT INTO chairmanship_terms (alliance_id, member_state_id, chair_year, chair_year_label, start_date, end_date, decided_on, decided_at, head_of_state)
SELECT a.id, s.id, 2016, '2016', DATE '2015-09-15', DATE '2016-10-14', DATE '2015-09-15', 'Collective Security Council session, Dushanbe', 'Serzh Sargsyan'
FROM alliances a, member_states s WHERE a.code = 'csto' AND s.iso3 = 'ARM';

INSERT INTO chairmanship_terms (alliance_id, member_state_id, chair_year, chair_year_label, start_date, end_date, decided_on, decided_at, head_of_state)
SELECT a.id, s.id, 2017, '2017', DATE '2016-10-14', DATE '2017-11-30', DATE '2016-10-14', 'Collective Security Council session, Yerevan', 'Alexander Lukashenko'
FROM alliances a, member_states s WHERE a.code = 'csto' AND s.iso3 = 'BLR';

INSERT INTO chairmanship_terms (alliance_id, member_state_id, chair_year, chair_year_label, start_date, end_date, decided_on, decided_at, head_of_state)
SELECT a.id, s.id, 2018, '2018', DATE '2017-11-30', DATE '2018-11-08', DATE '2017-11-30', 'Collective Security Council session, Minsk', 'Nursultan Nazarbayev'
FROM alliances a, member_states s WHERE a.code = 'csto' AND s.iso3 = 'KAZ';

INSERT INTO chairmanship_terms (alliance_id, member_state_id, chair_year, chair_year_label, start_date, end_date, decided_on, decided_at, head_of_state)
SELECT a.id, s.id, 2019, '2019', DATE '2018-11-08', DATE '2019-11-28', DATE '2018-11-08', 'Collective Security Council session, Astana', 'Sooronbay Jeenbekov'
FROM alliances a, member_states s WHERE a.code = 'csto' AND s.iso3 = 'KGZ';

INSERT INTO chairmanship_terms (alliance_id, member_state_id, chair_year, chair_year_label, start_date, end_date, decided_on, decided_at, head_of_state, note)
SELECT a.id, s.id, 2020, '2020', DATE '2019-11-28', DATE '2020-12-02', DATE '2019-11-28', 'Collective Security Council session, Bishkek', 'Vladimir Putin',
       'Handed over at the 2 Dec 2020 session, held by videoconference (Putin at Novo-Ogaryovo).'
FROM alliances a, member_states s WHERE a.code = 'csto' AND s.iso3 = 'RUS';

INSERT INTO chairmanship_terms (alliance_id, member_state_id, chair_year, chair_year_label, start_date, end_date, decided_on, decided_at, head_of_state, note)
SELECT a.id, s.id, 2021, '2021', DATE '2020-12-02', DATE '2021-09-16', DATE '2020-12-02', 'Collective Security Council session by videoconference', 'Emomali Rahmon',
       'Some reports call this the 2020-2021 chairmanship; the chair year is 2021.'
FROM alliances a, member_states s WHERE a.code = 'csto' AND s.iso3 = 'TJK';

INSERT INTO chairmanship_terms (alliance_id, member_state_id, chair_year, chair_year_label, start_date, end_date, date_note, decided_on, decided_at, head_of_state, note)
SELECT a.id, s.id, 2022, '2022', DATE '2021-09-16', DATE '2023-01-01',
       'Formally handed the chair at the 16 Sep 2021 Dushanbe session. The last session it chaired was on 23 Nov 2022 in Yerevan; end_date follows the next term, which TASS dates from 1 Jan 2023.',
       DATE '2021-09-16', 'Collective Security Council session, Dushanbe', 'Nikol Pashinyan',
       'Some reports call this the 2021-2022 chairmanship; the chair year is 2022. At the 23 Nov 2022 Yerevan session Pashinyan refused to sign the final declaration. '
           || 'Armenia''s next turn by rule would be 2028 (projection, unverified).'
FROM alliances a, member_states s WHERE a.code = 'csto' AND s.iso3 = 'ARM';

-- The 1 January start rests on TASS's framing alone, hence SINGLE_SOURCE.
INSERT INTO chairmanship_terms (alliance_id, member_state_id, chair_year, chair_year_label, start_date, end_date, date_note, decided_on, decided_at, head_of_state, verification, note)
SELECT a.id, s.id, 2023, '2023', DATE '2023-01-01', DATE '2024-01-01',
       'Start date per TASS, which frames the chairmanship as the calendar year 2023; the transfer was decided at the 23 Nov 2022 Yerevan session. '
           || 'End: Belarus formally handed over on 31 Dec 2023 and Kazakhstan chaired from 1 Jan 2024; the closing session was held on 23 Nov 2023 in Minsk.',
       DATE '2022-11-23', 'Collective Security Council session, Yerevan', 'Alexander Lukashenko', 'SINGLE_SOURCE',
       'First term counted by calendar year: since then the session decides a transfer from 1 January of the following year.'
FROM alliances a, member_states s WHERE a.code = 'csto' AND s.iso3 = 'BLR';

INSERT INTO chairmanship_terms (alliance_id, member_state_id, chair_year, chair_year_label, start_date, end_date, date_note, decided_on, decided_at, head_of_state, note)
SELECT a.id, s.id, 2024, '2024', DATE '2024-01-01', DATE '2025-01-01',
       'From 1 Jan 2024 by decision of the 23 Nov 2023 Minsk session; the closing session was held on 28 Nov 2024 in Astana.',
       DATE '2023-11-23', 'Collective Security Council session, Minsk', 'Kassym-Jomart Tokayev',
       'Armenia was not skipped: 2024 and 2025 fell to Kazakhstan and Kyrgyzstan in the normal order after Belarus (2023); Armenia last chaired in 2022.'
FROM alliances a, member_states s WHERE a.code = 'csto' AND s.iso3 = 'KAZ';

INSERT INTO chairmanship_terms (alliance_id, member_state_id, chair_year, chair_year_label, start_date, end_date, date_note, decided_on, decided_at, head_of_state)
SELECT a.id, s.id, 2025, '2025', DATE '2025-01-01', DATE '2026-01-01',
       'From 1 Jan 2025 by decision of the 28 Nov 2024 Astana session; the closing session was held on 27 Nov 2025 in Bishkek.',
       DATE '2024-11-28', 'Collective Security Council session, Astana', 'Sadyr Japarov'
FROM alliances a, member_states s WHERE a.code = 'csto' AND s.iso3 = 'KGZ';

INSERT INTO chairmanship_terms (alliance_id, member_state_id, chair_year, chair_year_label, start_date, date_note, decided_on, decided_at, head_of_state, note)
SELECT a.id, s.id, 2026, '2026', DATE '2026-01-01',
       'From 1 Jan 2026 by decision of the 27 Nov 2025 Bishkek session. A closing session is planned for 11 Nov 2026 in Moscow (unverified whether held), so end_date is left empty.',
       DATE '2025-11-27', 'Collective Security Council session, Bishkek', 'Vladimir Putin',
       'By the alphabetical rule Tajikistan would follow in 2027 (projection only, unverified).'
FROM alliances a, member_states s WHERE a.code = 'csto' AND s.iso3 = 'RUS';

-- Sources: every tag the fact sheet gives for the row.
INSERT INTO chairmanship_term_sources (chairmanship_term_id, source_id)
SELECT t.id, src.id FROM chairmanship_terms t JOIN alliances a ON a.id = t.alliance_id JOIN sources src ON src.code IN ('R110', 'R111', 'R112', 'R113')
WHERE a.code = 'csto' AND t.chair_year = 2007;
INSERT INTO chairmanship_term_sources (chairmanship_term_id, source_id)
SELECT t.id, src.id FROM chairmanship_terms t JOIN alliances a ON a.id = t.alliance_id JOIN sources src ON src.code IN ('R106', 'R107', 'R108', 'R109', 'R110')
WHERE a.code = 'csto' AND t.chair_year = 2008;
INSERT INTO chairmanship_term_sources (chairmanship_term_id, source_id)
SELECT t.id, src.id FROM chairmanship_terms t JOIN alliances a ON a.id = t.alliance_id JOIN sources src ON src.code IN ('R106', 'R107', 'R108')
WHERE a.code = 'csto' AND t.chair_year = 2009;
INSERT INTO chairmanship_term_sources (chairmanship_term_id, source_id)
SELECT t.id, src.id FROM chairmanship_terms t JOIN alliances a ON a.id = t.alliance_id JOIN sources src ON src.code IN ('R101', 'R102', 'R104', 'R105')
WHERE a.code = 'csto' AND t.chair_year = 2010;
INSERT INTO chairmanship_term_sources (chairmanship_term_id, source_id)
SELECT t.id, src.id FROM chairmanship_terms t JOIN alliances a ON a.id = t.alliance_id JOIN sources src ON src.code IN ('R97', 'R101', 'R103', 'R104')
WHERE a.code = 'csto' AND t.chair_year = 2011;
INSERT INTO chairmanship_term_sources (chairmanship_term_id, source_id)
SELECT t.id, src.id FROM chairmanship_terms t JOIN alliances a ON a.id = t.alliance_id JOIN sources src ON src.code IN ('R33', 'R97', 'R98', 'R99', 'R100')
WHERE a.code = 'csto' AND t.chair_year = 2012;
INSERT INTO chairmanship_term_sources (chairmanship_term_id, source_id)
SELECT t.id, src.id FROM chairmanship_terms t JOIN alliances a ON a.id = t.alliance_id JOIN sources src ON src.code IN ('R22', 'R33', 'R94', 'R95', 'R100')
WHERE a.code = 'csto' AND t.chair_year = 2013;
INSERT INTO chairmanship_term_sources (chairmanship_term_id, source_id)
SELECT t.id, src.id FROM chairmanship_terms t JOIN alliances a ON a.id = t.alliance_id JOIN sources src ON src.code IN ('R91', 'R93', 'R94')
WHERE a.code = 'csto' AND t.chair_year = 2014;
INSERT INTO chairmanship_term_sources (chairmanship_term_id, source_id)
SELECT t.id, src.id FROM chairmanship_terms t JOIN alliances a ON a.id = t.alliance_id JOIN sources src ON src.code IN ('R91', 'R92')
WHERE a.code = 'csto' AND t.chair_year = 2015;
INSERT INTO chairmanship_term_sources (chairmanship_term_id, source_id)
SELECT t.id, src.id FROM chairmanship_terms t JOIN alliances a ON a.id = t.alliance_id JOIN sources src ON src.code IN ('R88', 'R89', 'R90')
WHERE a.code = 'csto' AND t.chair_year = 2016;
INSERT INTO chairmanship_term_sources (chairmanship_term_id, source_id)
SELECT t.id, src.id FROM chairmanship_terms t JOIN alliances a ON a.id = t.alliance_id JOIN sources src ON src.code IN ('R87', 'R88')
WHERE a.code = 'csto' AND t.chair_year = 2017;
INSERT INTO chairmanship_term_sources (chairmanship_term_id, source_id)
SELECT t.id, src.id FROM chairmanship_terms t JOIN alliances a ON a.id = t.alliance_id JOIN sources src ON src.code IN ('R85', 'R86', 'R87')
WHERE a.code = 'csto' AND t.chair_year = 2018;
INSERT INTO chairmanship_term_sources (chairmanship_term_id, source_id)
SELECT t.id, src.id FROM chairmanship_terms t JOIN alliances a ON a.id = t.alliance_id JOIN sources src ON src.code IN ('R82', 'R84', 'R85')
WHERE a.code = 'csto' AND t.chair_year = 2019;
INSERT INTO chairmanship_term_sources (chairmanship_term_id, source_id)
SELECT t.id, src.id FROM chairmanship_terms t JOIN alliances a ON a.id = t.alliance_id JOIN sources src ON src.code IN ('R79', 'R80', 'R82', 'R83')
WHERE a.code = 'csto' AND t.chair_year = 2020;
INSERT INTO chairmanship_term_sources (chairmanship_term_id, source_id)
SELECT t.id, src.id FROM chairmanship_terms t JOIN alliances a ON a.id = t.alliance_id JOIN sources src ON src.code IN ('R63b', 'R76', 'R78', 'R79', 'R81')
WHERE a.code = 'csto' AND t.chair_year = 2021;
INSERT INTO chairmanship_term_sources (chairmanship_term_id, source_id)
SELECT t.id, src.id FROM chairmanship_terms t JOIN alliances a ON a.id = t.alliance_id JOIN sources src ON src.code IN ('R59', 'R73', 'R74', 'R76', 'R77', 'R231')
WHERE a.code = 'csto' AND t.chair_year = 2022;
INSERT INTO chairmanship_term_sources (chairmanship_term_id, source_id)
SELECT t.id, src.id FROM chairmanship_terms t JOIN alliances a ON a.id = t.alliance_id JOIN sources src ON src.code IN ('R60', 'R61', 'R73', 'R74', 'R75')
WHERE a.code = 'csto' AND t.chair_year = 2023;
INSERT INTO chairmanship_term_sources (chairmanship_term_id, source_id)
SELECT t.id, src.id FROM chairmanship_terms t JOIN alliances a ON a.id = t.alliance_id JOIN sources src ON src.code IN ('R60', 'R61', 'R62', 'R63', 'R64', 'R65', 'R66', 'R67')
WHERE a.code = 'csto' AND t.chair_year = 2024;
INSERT INTO chairmanship_term_sources (chairmanship_term_id, source_id)
SELECT t.id, src.id FROM chairmanship_terms t JOIN alliances a ON a.id = t.alliance_id JOIN sources src ON src.code IN ('R64', 'R65', 'R68', 'R70')
WHERE a.code = 'csto' AND t.chair_year = 2025;
INSERT INTO chairmanship_term_sources (chairmanship_term_id, source_id)
SELECT t.id, src.id FROM chairmanship_terms t JOIN alliances a ON a.id = t.alliance_id JOIN sources src ON src.code IN ('R68', 'R69', 'R70', 'R71', 'R72')
WHERE a.code = 'csto' AND t.chair_year = 2026;
