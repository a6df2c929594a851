-- The two CSTO hand-overs whose day the sources do not give, with the bounds they do give (fact sheet section 5),
-- and how the recorded terms relate to the rotation rule's hand-over convention (V1023: at the council's regular
-- session from the 2007 term, from 1 January from the 2024 term). Dates with bounds are held as the first day of
-- their precision plus the bounds (V1120).

-- 2008: Kyrgyzstan handed the chair to Armenia between 21 Jul 2008 (the Secretary General spoke of the coming
-- transfer) and 5 Sep 2008 (the regular session in Moscow) [R106][R107][R108][R109][R110].
UPDATE chairmanship_terms
   SET end_date = DATE '2008-01-01', end_precision = 'YEAR', end_earliest = DATE '2008-07-21', end_latest = DATE '2008-09-05',
       date_note = 'Handed over to Armenia in 2008, on a day no source gives: between 21 Jul 2008, when the Secretary General spoke of the coming transfer, '
           || 'and 5 Sep 2008, the regular session in Moscow. The term ended; only its last day is uncertain.'
 WHERE chair_year = 2008 AND alliance_id = (SELECT id FROM alliances WHERE code = 'csto');

UPDATE chairmanship_terms
   SET start_date = DATE '2008-01-01', start_precision = 'YEAR', start_earliest = DATE '2008-07-21', start_latest = DATE '2008-09-05',
       date_note = 'Took over from Kyrgyzstan in 2008, on a day no source gives: between 21 Jul 2008, when the Secretary General spoke of the coming transfer, '
           || 'and 5 Sep 2008, the regular session in Moscow; the deciding session is not verified. Handed over at the 14 Jun 2009 Moscow session.',
       convention_departure = 'The convention then in force puts the hand-over at the council''s regular session, held on 5 Sep 2008 in Moscow; '
           || 'the Secretary General spoke on 21 Jul 2008 of a coming transfer, and no source gives the day, so the term may have begun before the session.'
 WHERE chair_year = 2009 AND alliance_id = (SELECT id FROM alliances WHERE code = 'csto');

-- 2022-23: Armenia chaired the closing session of 23 Nov 2022 in Yerevan, which decided Belarus's term; TASS frames
-- that term as the calendar year 2023, from 1 Jan 2023 [R73][R74][R75]. The sources do not settle which day the
-- chair passed, so the hand-over lies between those two days.
UPDATE chairmanship_terms
   SET end_date = DATE '2022-01-01', end_precision = 'YEAR', end_earliest = DATE '2022-11-23', end_latest = DATE '2023-01-01',
       date_note = 'Formally handed the chair at the 16 Sep 2021 Dushanbe session. It chaired the closing session of 23 Nov 2022 in Yerevan, which decided the next term; '
           || 'the chair passed on that day (the council-session convention) or on 1 Jan 2023 (TASS frames the next term as the calendar year 2023), '
           || 'so the hand-over lies between 23 Nov 2022 and 1 Jan 2023.'
 WHERE chair_year = 2022 AND alliance_id = (SELECT id FROM alliances WHERE code = 'csto');

UPDATE chairmanship_terms
   SET start_date = DATE '2022-01-01', start_precision = 'YEAR', start_earliest = DATE '2022-11-23', start_latest = DATE '2023-01-01',
       date_note = 'Decided at the 23 Nov 2022 Yerevan session; TASS frames the chairmanship as the calendar year 2023, from 1 Jan 2023, so the hand-over lies between '
           || '23 Nov 2022 and 1 Jan 2023. End: Belarus formally handed over on 31 Dec 2023 and Kazakhstan chaired from 1 Jan 2024; the closing session was held on 23 Nov 2023 in Minsk.',
       convention_departure = 'The convention then in force (hand-over at the council''s regular session) puts the start at the 23 Nov 2022 Yerevan session; '
           || 'TASS alone dates it from 1 Jan 2023, as the 1 January convention would, which the official sources state only from the 2024 term. '
           || 'The registry records the hand-over as between the two days rather than choose.',
       note = 'The first term named by the calendar year alone; from the 2024 term on, the session decides a transfer from 1 January of the following year.'
 WHERE chair_year = 2023 AND alliance_id = (SELECT id FROM alliances WHERE code = 'csto');
