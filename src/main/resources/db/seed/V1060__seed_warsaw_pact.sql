-- The Warsaw Pact as a reference alliance: the alliance, its eight members, the withdrawals of Albania and the GDR,
-- its documents (Treaty of 1955, extension of 1985, GDR withdrawal agreement of 1990, Prague protocol of 1991),
-- the dissolution of its military structures and Hungary's 1956 declaration, with sources.
-- Facts: shared/facts/csto-facts.md, "Reference alliance B - Warsaw Pact" and the Conflicts table.
-- All eight states signed on 14 May 1955 (ORIGINAL_SIGNATORY), so the service reports them as SIGNATORY until the
-- Treaty entered into force on 5 Jun 1955. end_date is exclusive: the first day a state was no longer a member.

-- Names: the fact sheet gives no Russian name or English acronym, so three public pages are added as sources.
INSERT INTO sources (code, title, url, publisher, note) VALUES
    ('WARSAW-PACT-NAMES-RU', 'РИА Новости, 6 Oct 2025: Нарышкин on the Warsaw Treaty Organization',
     'https://ria.ru/20251006/naryshkin-2046586928.html', 'РИА Новости (ria.ru)',
     'Gives the Russian name Организация Варшавского договора with the acronym ОВД, existing from 1955 to 1991. Found in the stored research corpus (to about February 2026).'),
    ('WARSAW-TREATY-BSE-RU', 'Варшавский договор 1955, article of the Great Soviet Encyclopedia (Большая советская энциклопедия), online copy',
     'http://bezmani.ru/spravka/bse/base/1/012198.htm', 'bezmani.ru (text of the Большая советская энциклопедия)',
     'Gives the Russian title of the Treaty (Договор о дружбе, сотрудничестве и взаимной помощи), its signature by the eight states on 14 May 1955, entry into force on 5 Jun 1955 on deposit of all instruments of ratification with Poland as depositary, Albania not taking part from 1962 and denouncing the Treaty unilaterally in September 1968. Found in the stored research corpus (to about February 2026).'),
    ('WARSAW-PACT-NAMES-EN', 'Warsaw Pact, copy of the English Wikipedia article',
     'https://www.worddisk.com/wiki/Warsaw_Pact/', 'worddisk.com',
     'Gives the English names Warsaw Pact (WP), formally the Treaty of Friendship, Cooperation and Mutual Assistance, and Warsaw Treaty Organization (WTO). Used only for the English acronym. Found in the stored research corpus (to about February 2026).');

INSERT INTO alliances (code, acronym_en, acronym_ru, name_en, name_ru, name_ar, kind,
                       treaty_name_en, treaty_signed_on, treaty_signed_place, treaty_in_force_on,
                       dissolved_on, dissolved_note, description)
VALUES ('warsaw-pact', 'WP', 'ОВД',
        'Warsaw Pact', 'Организация Варшавского договора', 'حلف وارسو',
        'COLLECTIVE_DEFENCE_ALLIANCE',
        'Treaty of Friendship, Cooperation and Mutual Assistance', DATE '1955-05-14', 'Warsaw', DATE '1955-06-05',
        DATE '1991-07-01',
        'Dissolved by the protocol the six remaining members signed in Prague on 1 Jul 1991. On 25 Feb 1991 in Budapest they had decided to dissolve the Pact''s military structures, which ended on 31 Mar 1991 (some sources say by 1 Apr 1991).',
        'Collective defence alliance of the Soviet Union and seven European states (also called the Warsaw Treaty Organization), founded on the Treaty of Friendship, Cooperation and Mutual Assistance signed in Warsaw on 14 May 1955 and in force from 5 Jun 1955. Albania withdrew in 1968 and the German Democratic Republic in September 1990, before German reunification. The Treaty was extended in 1985; the alliance was dissolved on 1 Jul 1991. Kept in the registry as a reference alliance for the CSTO.');

-- Names: RU from WARSAW-PACT-NAMES-RU, EN acronym from WARSAW-PACT-NAMES-EN, AR (حلف وارسو) from the seed article.
INSERT INTO alliance_sources (alliance_id, source_id)
SELECT a.id, src.id FROM alliances a JOIN sources src
    ON src.code IN ('R206', 'R207', 'R209', 'R210', 'R211', 'R212', 'R213', 'R214',
                    'WARSAW-PACT-NAMES-RU', 'WARSAW-TREATY-BSE-RU', 'WARSAW-PACT-NAMES-EN', 'ARTICLE-AR')
WHERE a.code = 'warsaw-pact';

-- Memberships ---------------------------------------------------------------------------------------------------

INSERT INTO memberships (alliance_id, member_state_id, start_date, start_kind, end_date, end_kind)
SELECT a.id, s.id, DATE '1955-05-14', 'ORIGINAL_SIGNATORY', DATE '1991-07-01', 'DISSOLUTION'
FROM alliances a, member_states s
WHERE a.code = 'warsaw-pact' AND s.iso3 IN ('SUN', 'POL', 'CSK', 'ROU', 'BGR');

INSERT INTO memberships (alliance_id, member_state_id, start_date, start_kind, end_date, end_kind, note)
SELECT a.id, s.id, DATE '1955-05-14', 'ORIGINAL_SIGNATORY', DATE '1991-07-01', 'DISSOLUTION',
       'Imre Nagy''s government declared Hungary''s withdrawal in November 1956; the declaration never took effect because of the Soviet invasion of 4 Nov 1956, and Hungary stayed a member until the dissolution. Exact day of the declaration UNVERIFIED ([R207] gives 3 Nov 1956).'
FROM alliances a, member_states s
WHERE a.code = 'warsaw-pact' AND s.iso3 = 'HUN';

INSERT INTO memberships (alliance_id, member_state_id, start_date, start_kind, end_date, end_kind, note)
SELECT a.id, s.id, DATE '1955-05-14', 'ORIGINAL_SIGNATORY', DATE '1968-09-13', 'WITHDRAWAL',
       'Albania de facto ceased to take part in the Pact in 1961-62 and formally withdrew in 1968. The year 1968 is verified; the day, 13 Sep 1968, comes from a single source [R207] (the Great Soviet Encyclopedia gives September 1968).'
FROM alliances a, member_states s
WHERE a.code = 'warsaw-pact' AND s.iso3 = 'ALB';

INSERT INTO memberships (alliance_id, member_state_id, start_date, start_kind, end_date, end_kind, note)
SELECT a.id, s.id, DATE '1955-05-14', 'ORIGINAL_SIGNATORY', DATE '1990-09-24', 'WITHDRAWAL',
       'Signatory of 14 May 1955; some sources say the GDR joined in 1956, which is when its army is said to have joined the unified command (UNVERIFIED). Left by the withdrawal agreement signed on 24 Sep 1990 (some sources date its exit to October 1990, with reunification); the state ceased to exist on 3 Oct 1990.'
FROM alliances a, member_states s
WHERE a.code = 'warsaw-pact' AND s.iso3 = 'DDR';

INSERT INTO membership_sources (membership_id, source_id)
SELECT m.id, src.id FROM memberships m JOIN alliances a ON a.id = m.alliance_id JOIN sources src ON src.code IN ('R206')
WHERE a.code = 'warsaw-pact';

INSERT INTO membership_sources (membership_id, source_id)
SELECT m.id, src.id FROM memberships m JOIN alliances a ON a.id = m.alliance_id
    JOIN sources src ON src.code IN ('R211', 'R212', 'R213')
WHERE a.code = 'warsaw-pact' AND m.end_kind = 'DISSOLUTION';

INSERT INTO membership_sources (membership_id, source_id)
SELECT m.id, src.id FROM memberships m JOIN alliances a ON a.id = m.alliance_id
    JOIN member_states s ON s.id = m.member_state_id JOIN sources src ON src.code IN ('R192')
WHERE a.code = 'warsaw-pact' AND s.iso3 IN ('SUN', 'CSK', 'DDR');

INSERT INTO membership_sources (membership_id, source_id)
SELECT m.id, src.id FROM memberships m JOIN alliances a ON a.id = m.alliance_id
    JOIN member_states s ON s.id = m.member_state_id JOIN sources src ON src.code IN ('R207')
WHERE a.code = 'warsaw-pact' AND s.iso3 IN ('HUN', 'ALB', 'DDR');

INSERT INTO membership_sources (membership_id, source_id)
SELECT m.id, src.id FROM memberships m JOIN alliances a ON a.id = m.alliance_id
    JOIN member_states s ON s.id = m.member_state_id JOIN sources src ON src.code IN ('R212', 'WARSAW-TREATY-BSE-RU')
WHERE a.code = 'warsaw-pact' AND s.iso3 = 'ALB';

INSERT INTO membership_sources (membership_id, source_id)
SELECT m.id, src.id FROM memberships m JOIN alliances a ON a.id = m.alliance_id
    JOIN member_states s ON s.id = m.member_state_id JOIN sources src ON src.code IN ('R208', 'R210', 'R212', 'R214')
WHERE a.code = 'warsaw-pact' AND s.iso3 = 'DDR';

-- Withdrawals ---------------------------------------------------------------------------------------------------

INSERT INTO withdrawals (membership_id, kind, effective_date, reason, verification, note)
SELECT m.id, 'WITHDRAWAL', DATE '1968-09-13',
       'Albania formally withdrew from the Warsaw Treaty, having de facto ceased to take part in the Pact''s activities in 1961-62.',
       'SINGLE_SOURCE',
       'The year 1968 is verified ([R206], [R212]) and the Great Soviet Encyclopedia gives a unilateral denunciation in September 1968; the exact day, 13 Sep 1968, comes from a single source [R207]. No notice date is recorded. The 1961-62 end of participation is not stored as a separate PARTICIPATION_FROZEN act because no day is known.'
FROM memberships m JOIN alliances a ON a.id = m.alliance_id JOIN member_states s ON s.id = m.member_state_id
WHERE a.code = 'warsaw-pact' AND s.iso3 = 'ALB' AND m.start_date = DATE '1955-05-14';

INSERT INTO withdrawals (membership_id, kind, effective_date, reason, verification, note)
SELECT m.id, 'WITHDRAWAL', DATE '1990-09-24',
       'The German Democratic Republic signed an agreement on its withdrawal from the Warsaw Pact on 24 Sep 1990, ahead of German reunification; the state ceased to exist on 3 Oct 1990.',
       'VERIFIED',
       'Some sources ([R210], [R212]) date the GDR''s exit to October 1990, with reunification; the registry follows the signing of the withdrawal agreement [R208].'
FROM memberships m JOIN alliances a ON a.id = m.alliance_id JOIN member_states s ON s.id = m.member_state_id
WHERE a.code = 'warsaw-pact' AND s.iso3 = 'DDR' AND m.start_date = DATE '1955-05-14';

INSERT INTO withdrawal_sources (withdrawal_id, source_id)
SELECT w.id, src.id FROM withdrawals w JOIN memberships m ON m.id = w.membership_id JOIN alliances a ON a.id = m.alliance_id
    JOIN member_states s ON s.id = m.member_state_id JOIN sources src ON src.code IN ('R206', 'R207', 'R212', 'WARSAW-TREATY-BSE-RU')
WHERE a.code = 'warsaw-pact' AND s.iso3 = 'ALB';

INSERT INTO withdrawal_sources (withdrawal_id, source_id)
SELECT w.id, src.id FROM withdrawals w JOIN memberships m ON m.id = w.membership_id JOIN alliances a ON a.id = m.alliance_id
    JOIN member_states s ON s.id = m.member_state_id JOIN sources src ON src.code IN ('R208', 'R207', 'R192')
WHERE a.code = 'warsaw-pact' AND s.iso3 = 'DDR';

-- Documents -----------------------------------------------------------------------------------------------------

INSERT INTO treaty_protocols (alliance_id, kind, title_en, title_ru, signed_on, signed_place, in_force_on, in_force_note, subject, verification)
SELECT a.id, 'TREATY', 'Treaty of Friendship, Cooperation and Mutual Assistance', 'Договор о дружбе, сотрудничестве и взаимной помощи',
       DATE '1955-05-14', 'Warsaw', DATE '1955-06-05',
       'In force once all parties had deposited their instruments of ratification with Poland, the depositary.',
       'Founding treaty of the Warsaw Pact (the Warsaw Treaty), signed by eight states: mutual assistance among the parties in case of armed attack on any of them.',
       'VERIFIED'
FROM alliances a WHERE a.code = 'warsaw-pact';

INSERT INTO treaty_protocols (alliance_id, kind, title_en, signed_on, subject, verification, note)
SELECT a.id, 'PROTOCOL', 'Extension of the Treaty of Friendship, Cooperation and Mutual Assistance', DATE '1985-04-26',
       'Extended the Warsaw Treaty for 20 years.',
       'SINGLE_SOURCE',
       'Descriptive title: the sources give neither the document''s own title, its place of signature nor its signatories. Single source [R213].'
FROM alliances a WHERE a.code = 'warsaw-pact';

INSERT INTO treaty_protocols (alliance_id, kind, title_en, signed_on, subject, verification, note)
SELECT a.id, 'AGREEMENT', 'Agreement on the withdrawal of the German Democratic Republic from the Warsaw Pact', DATE '1990-09-24',
       'Withdrawal of the German Democratic Republic from the Warsaw Pact ahead of German reunification on 3 Oct 1990.',
       'VERIFIED',
       'Descriptive title: the sources give neither the document''s own title, its place of signature nor the other party. Some sources date the GDR''s exit to October 1990 instead.'
FROM alliances a WHERE a.code = 'warsaw-pact';

INSERT INTO treaty_protocols (alliance_id, kind, title_en, signed_on, signed_place, in_force_note, subject, verification, note)
SELECT a.id, 'PROTOCOL', 'Protocol on the dissolution of the Warsaw Pact', DATE '1991-07-01', 'Prague',
       'The registry dates the dissolution to the signing, 1 Jul 1991, as the sources do; the protocol''s own entry into force is not recorded.',
       'Dissolution of the Warsaw Pact by its six remaining members, after the end of its military structures on 31 Mar 1991.',
       'VERIFIED',
       'Descriptive title: the sources do not give the document''s own title.'
FROM alliances a WHERE a.code = 'warsaw-pact';

INSERT INTO protocol_signatories (protocol_id, member_state_id, signed_on)
SELECT t.id, s.id, DATE '1955-05-14'
FROM treaty_protocols t JOIN alliances a ON a.id = t.alliance_id, member_states s
WHERE a.code = 'warsaw-pact' AND t.signed_on = DATE '1955-05-14'
  AND t.title_en = 'Treaty of Friendship, Cooperation and Mutual Assistance'
  AND s.iso3 IN ('SUN', 'POL', 'CSK', 'HUN', 'ROU', 'BGR', 'ALB', 'DDR');

INSERT INTO protocol_signatories (protocol_id, member_state_id, signed_on, note)
SELECT t.id, s.id, DATE '1990-09-24', 'The other party or parties to the agreement are not recorded in the sources.'
FROM treaty_protocols t JOIN alliances a ON a.id = t.alliance_id, member_states s
WHERE a.code = 'warsaw-pact' AND t.signed_on = DATE '1990-09-24'
  AND t.title_en = 'Agreement on the withdrawal of the German Democratic Republic from the Warsaw Pact'
  AND s.iso3 = 'DDR';

INSERT INTO protocol_signatories (protocol_id, member_state_id, signed_on)
SELECT t.id, s.id, DATE '1991-07-01'
FROM treaty_protocols t JOIN alliances a ON a.id = t.alliance_id, member_states s
WHERE a.code = 'warsaw-pact' AND t.signed_on = DATE '1991-07-01'
  AND t.title_en = 'Protocol on the dissolution of the Warsaw Pact'
  AND s.iso3 IN ('SUN', 'POL', 'CSK', 'HUN', 'ROU', 'BGR');

INSERT INTO treaty_protocol_sources (treaty_protocol_id, source_id)
SELECT t.id, src.id FROM treaty_protocols t JOIN alliances a ON a.id = t.alliance_id
    JOIN sources src ON src.code IN ('R206', 'R207', 'R212', 'R213', 'R214', 'WARSAW-TREATY-BSE-RU')
WHERE a.code = 'warsaw-pact' AND t.signed_on = DATE '1955-05-14'
  AND t.title_en = 'Treaty of Friendship, Cooperation and Mutual Assistance';

INSERT INTO treaty_protocol_sources (treaty_protocol_id, source_id)
SELECT t.id, src.id FROM treaty_protocols t JOIN alliances a ON a.id = t.alliance_id
    JOIN sources src ON src.code IN ('R213')
WHERE a.code = 'warsaw-pact' AND t.signed_on = DATE '1985-04-26';

INSERT INTO treaty_protocol_sources (treaty_protocol_id, source_id)
SELECT t.id, src.id FROM treaty_protocols t JOIN alliances a ON a.id = t.alliance_id
    JOIN sources src ON src.code IN ('R208', 'R207')
WHERE a.code = 'warsaw-pact' AND t.signed_on = DATE '1990-09-24';

INSERT INTO treaty_protocol_sources (treaty_protocol_id, source_id)
SELECT t.id, src.id FROM treaty_protocols t JOIN alliances a ON a.id = t.alliance_id
    JOIN sources src ON src.code IN ('R211', 'R212', 'R213')
WHERE a.code = 'warsaw-pact' AND t.signed_on = DATE '1991-07-01';

-- Events --------------------------------------------------------------------------------------------------------

INSERT INTO alliance_events (alliance_id, kind, title_en, start_date, date_precision, place, description, verification)
SELECT a.id, 'DECISION', 'Decision to dissolve the Warsaw Pact military structures', DATE '1991-02-25', 'DAY', 'Budapest',
       'Meeting in Budapest, the member states decided to dissolve the Warsaw Pact''s military structures by 31 Mar 1991. The alliance itself remained until the Prague protocol of 1 Jul 1991.',
       'VERIFIED'
FROM alliances a WHERE a.code = 'warsaw-pact';

INSERT INTO alliance_events (alliance_id, parent_event_id, kind, title_en, start_date, date_precision, description, verification)
SELECT a.id,
       (SELECT p.id FROM alliance_events p WHERE p.alliance_id = a.id
            AND p.title_en = 'Decision to dissolve the Warsaw Pact military structures'),
       'OTHER', 'End of the Warsaw Pact military structures', DATE '1991-03-31', 'DAY',
       'The Warsaw Pact''s military structures ceased to exist on 31 Mar 1991, as decided in Budapest on 25 Feb 1991 (some sources say by 1 Apr 1991).',
       'VERIFIED'
FROM alliances a WHERE a.code = 'warsaw-pact';

INSERT INTO alliance_events (alliance_id, kind, title_en, start_date, date_precision, description, verification)
SELECT a.id, 'STATEMENT', 'Hungarian declaration of withdrawal from the Warsaw Pact', DATE '1956-11-01', 'MONTH',
       'Imre Nagy''s government declared Hungary''s withdrawal from the Warsaw Pact in November 1956. The declaration never took effect because of the Soviet invasion of 4 Nov 1956, and Hungary stayed a member until the Pact''s dissolution in 1991. Exact day UNVERIFIED: [R207] gives 3 Nov 1956, so only the month is recorded.',
       'VERIFIED'
FROM alliances a WHERE a.code = 'warsaw-pact';

INSERT INTO alliance_event_participants (event_id, member_state_id, role)
SELECT e.id, s.id, 'Declaring state (withdrawal declaration by the Nagy government, never in effect)'
FROM alliance_events e JOIN alliances a ON a.id = e.alliance_id, member_states s
WHERE a.code = 'warsaw-pact' AND e.title_en = 'Hungarian declaration of withdrawal from the Warsaw Pact' AND s.iso3 = 'HUN';

INSERT INTO alliance_event_sources (alliance_event_id, source_id)
SELECT e.id, src.id FROM alliance_events e JOIN alliances a ON a.id = e.alliance_id
    JOIN sources src ON src.code IN ('R209', 'R210', 'R211')
WHERE a.code = 'warsaw-pact'
  AND e.title_en IN ('Decision to dissolve the Warsaw Pact military structures', 'End of the Warsaw Pact military structures');

INSERT INTO alliance_event_sources (alliance_event_id, source_id)
SELECT e.id, src.id FROM alliance_events e JOIN alliances a ON a.id = e.alliance_id
    JOIN sources src ON src.code IN ('R206', 'R207')
WHERE a.code = 'warsaw-pact' AND e.title_en = 'Hungarian declaration of withdrawal from the Warsaw Pact';
