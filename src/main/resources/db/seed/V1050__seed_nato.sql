-- NATO as a reference alliance: the alliance, its 32 member states, the North Atlantic Treaty and the sources.
-- Facts: shared/facts/csto-facts.md, "Reference alliance A - NATO member states (32)" and the Conflicts table.
-- Convention: a founder's membership starts on the signature date (4 Apr 1949) with start_kind ORIGINAL_SIGNATORY,
-- so the service reports it as SIGNATORY until the Treaty entered into force on 24 Aug 1949. Every later member
-- starts on the date its instrument of accession was deposited with the United States Government (ACCESSION).

-- Russian names: the fact sheet gives none, so two public Russian pages are added as sources.
INSERT INTO sources (code, title, url, publisher, note) VALUES
    ('NATO-NAMES-RU', 'Организация Североатлантического договора (Organization of the North Atlantic Treaty), encyclopedia article',
     'https://w.histrf.ru/articles/organizaciya-severoatlanticheskogo-dogovora', 'История.РФ (histrf.ru)',
     'Gives the Russian name Организация Североатлантического договора with the acronym НАТО and the English North Atlantic Treaty Organization (NATO), the signature in Washington in April 1949 by twelve states, France leaving the military organization in 1966 and Greece not taking part in it in 1974-1980. Found in the stored research corpus (to about February 2026).'),
    ('NATO-TREATY-RU', 'РИА Новости, 24 Nov 2014: background note on the North Atlantic Treaty Organization',
     'https://ria.ru/20141124/1034738852.html', 'РИА Новости (ria.ru)',
     'Background paragraph: Организация Североатлантического договора, created on 4 Apr 1949 by the signing in Washington of the North Atlantic Treaty (Североатлантический договор). Source of the Treaty''s Russian title. Found in the stored research corpus (to about February 2026).');

INSERT INTO alliances (code, acronym_en, acronym_ru, acronym_ar, name_en, name_ru, name_ar, kind,
                       treaty_name_en, treaty_signed_on, treaty_signed_place, treaty_in_force_on, description)
VALUES ('nato', 'NATO', 'НАТО', 'الناتو',
        'North Atlantic Treaty Organization', 'Организация Североатлантического договора', 'حلف شمال الأطلسي',
        'COLLECTIVE_DEFENCE_ALLIANCE',
        'North Atlantic Treaty', DATE '1949-04-04', 'Washington', DATE '1949-08-24',
        'Collective defence alliance founded on the North Atlantic Treaty, which twelve states signed on 4 Apr 1949 and which entered into force on 24 Aug 1949. Later members accede by depositing an instrument of accession with the United States Government; ten enlargements between 1952 and 2024 brought the alliance to 32 member states, all still members. Kept in the registry as a reference alliance for the CSTO.');

-- Names: RU from NATO-NAMES-RU and NATO-TREATY-RU, AR (حلف شمال الأطلسي (الناتو)) from the seed article ARTICLE-AR.
INSERT INTO alliance_sources (alliance_id, source_id)
SELECT a.id, src.id FROM alliances a JOIN sources src
    ON src.code IN ('R194', 'R195', 'R196b', 'R205', 'R205b', 'NATO-NAMES-RU', 'NATO-TREATY-RU', 'ARTICLE-AR')
WHERE a.code = 'nato';

-- Memberships, one INSERT per enlargement date ------------------------------------------------------------------

INSERT INTO memberships (alliance_id, member_state_id, start_date, start_kind, note)
SELECT a.id, s.id, DATE '1949-04-04', 'ORIGINAL_SIGNATORY',
       'Original signatory of the North Atlantic Treaty (4 Apr 1949). The Treaty entered into force on 24 Aug 1949.'
FROM alliances a, member_states s
WHERE a.code = 'nato'
  AND s.iso3 IN ('BEL', 'CAN', 'DNK', 'ISL', 'ITA', 'LUX', 'NLD', 'NOR', 'PRT', 'GBR', 'USA');

INSERT INTO memberships (alliance_id, member_state_id, start_date, start_kind, note)
SELECT a.id, s.id, DATE '1949-04-04', 'ORIGINAL_SIGNATORY',
       'Original signatory of the North Atlantic Treaty (4 Apr 1949). The Treaty entered into force on 24 Aug 1949. France left NATO''s integrated military command in 1966 and returned in 2009, without any change to its membership (military-command dates from a single source, [R196b], the 1966 departure also in NATO-NAMES-RU).'
FROM alliances a, member_states s
WHERE a.code = 'nato' AND s.iso3 = 'FRA';

INSERT INTO memberships (alliance_id, member_state_id, start_date, start_kind)
SELECT a.id, s.id, DATE '1952-02-18', 'ACCESSION'
FROM alliances a, member_states s
WHERE a.code = 'nato' AND s.iso3 = 'TUR';

INSERT INTO memberships (alliance_id, member_state_id, start_date, start_kind, note)
SELECT a.id, s.id, DATE '1952-02-18', 'ACCESSION',
       'Greece left NATO''s military command from 1974 to 1980 and stayed a member throughout (single source for the dates, [R196b], also given by NATO-NAMES-RU).'
FROM alliances a, member_states s
WHERE a.code = 'nato' AND s.iso3 = 'GRC';

INSERT INTO memberships (alliance_id, member_state_id, start_date, start_kind, note)
SELECT a.id, s.id, DATE '1955-05-06', 'ACCESSION',
       'Joined as the Federal Republic of Germany. Instrument of accession deposited on 6 May 1955; Germany first took its seat in the North Atlantic Council on 9 May 1955, the date some sources give as its accession. The area of the former German Democratic Republic has been covered since German reunification on 3 Oct 1990.'
FROM alliances a, member_states s
WHERE a.code = 'nato' AND s.iso3 = 'DEU';

INSERT INTO memberships (alliance_id, member_state_id, start_date, start_kind, note)
SELECT a.id, s.id, DATE '1982-05-30', 'ACCESSION',
       'One source [R224] gives 29 May 1982; the registry follows [R198] and [R198b], 30 May 1982.'
FROM alliances a, member_states s
WHERE a.code = 'nato' AND s.iso3 = 'ESP';

INSERT INTO memberships (alliance_id, member_state_id, start_date, start_kind)
SELECT a.id, s.id, DATE '1999-03-12', 'ACCESSION'
FROM alliances a, member_states s
WHERE a.code = 'nato' AND s.iso3 IN ('CZE', 'HUN', 'POL');

INSERT INTO memberships (alliance_id, member_state_id, start_date, start_kind)
SELECT a.id, s.id, DATE '2004-03-29', 'ACCESSION'
FROM alliances a, member_states s
WHERE a.code = 'nato' AND s.iso3 IN ('BGR', 'EST', 'LVA', 'LTU', 'ROU', 'SVK', 'SVN');

INSERT INTO memberships (alliance_id, member_state_id, start_date, start_kind)
SELECT a.id, s.id, DATE '2009-04-01', 'ACCESSION'
FROM alliances a, member_states s
WHERE a.code = 'nato' AND s.iso3 IN ('ALB', 'HRV');

INSERT INTO memberships (alliance_id, member_state_id, start_date, start_kind)
SELECT a.id, s.id, DATE '2017-06-05', 'ACCESSION'
FROM alliances a, member_states s
WHERE a.code = 'nato' AND s.iso3 = 'MNE';

INSERT INTO memberships (alliance_id, member_state_id, start_date, start_kind)
SELECT a.id, s.id, DATE '2020-03-27', 'ACCESSION'
FROM alliances a, member_states s
WHERE a.code = 'nato' AND s.iso3 = 'MKD';

INSERT INTO memberships (alliance_id, member_state_id, start_date, start_kind)
SELECT a.id, s.id, DATE '2023-04-04', 'ACCESSION'
FROM alliances a, member_states s
WHERE a.code = 'nato' AND s.iso3 = 'FIN';

INSERT INTO memberships (alliance_id, member_state_id, start_date, start_kind)
SELECT a.id, s.id, DATE '2024-03-07', 'ACCESSION'
FROM alliances a, member_states s
WHERE a.code = 'nato' AND s.iso3 = 'SWE';

-- Membership sources, by enlargement date, then the extra sources behind the France and Greece notes.
INSERT INTO membership_sources (membership_id, source_id)
SELECT m.id, src.id FROM memberships m JOIN alliances a ON a.id = m.alliance_id
    JOIN sources src ON src.code IN ('R194', 'R195', 'R196b')
WHERE a.code = 'nato' AND m.start_date = DATE '1949-04-04';

INSERT INTO membership_sources (membership_id, source_id)
SELECT m.id, src.id FROM memberships m JOIN alliances a ON a.id = m.alliance_id
    JOIN sources src ON src.code IN ('R196')
WHERE a.code = 'nato' AND m.start_date = DATE '1952-02-18';

INSERT INTO membership_sources (membership_id, source_id)
SELECT m.id, src.id FROM memberships m JOIN alliances a ON a.id = m.alliance_id
    JOIN sources src ON src.code IN ('R197', 'R197b', 'R198')
WHERE a.code = 'nato' AND m.start_date = DATE '1955-05-06';

INSERT INTO membership_sources (membership_id, source_id)
SELECT m.id, src.id FROM memberships m JOIN alliances a ON a.id = m.alliance_id
    JOIN sources src ON src.code IN ('R198', 'R198b')
WHERE a.code = 'nato' AND m.start_date = DATE '1982-05-30';

INSERT INTO membership_sources (membership_id, source_id)
SELECT m.id, src.id FROM memberships m JOIN alliances a ON a.id = m.alliance_id
    JOIN sources src ON src.code IN ('R199', 'R199b')
WHERE a.code = 'nato' AND m.start_date = DATE '1999-03-12';

INSERT INTO membership_sources (membership_id, source_id)
SELECT m.id, src.id FROM memberships m JOIN alliances a ON a.id = m.alliance_id
    JOIN sources src ON src.code IN ('R200', 'R198')
WHERE a.code = 'nato' AND m.start_date = DATE '2004-03-29';

INSERT INTO membership_sources (membership_id, source_id)
SELECT m.id, src.id FROM memberships m JOIN alliances a ON a.id = m.alliance_id
    JOIN sources src ON src.code IN ('R201', 'R202')
WHERE a.code = 'nato' AND m.start_date = DATE '2009-04-01';

INSERT INTO membership_sources (membership_id, source_id)
SELECT m.id, src.id FROM memberships m JOIN alliances a ON a.id = m.alliance_id
    JOIN sources src ON src.code IN ('R202')
WHERE a.code = 'nato' AND m.start_date = DATE '2017-06-05';

INSERT INTO membership_sources (membership_id, source_id)
SELECT m.id, src.id FROM memberships m JOIN alliances a ON a.id = m.alliance_id
    JOIN sources src ON src.code IN ('R203', 'R203b')
WHERE a.code = 'nato' AND m.start_date = DATE '2020-03-27';

INSERT INTO membership_sources (membership_id, source_id)
SELECT m.id, src.id FROM memberships m JOIN alliances a ON a.id = m.alliance_id
    JOIN sources src ON src.code IN ('R204', 'R204b')
WHERE a.code = 'nato' AND m.start_date = DATE '2023-04-04';

INSERT INTO membership_sources (membership_id, source_id)
SELECT m.id, src.id FROM memberships m JOIN alliances a ON a.id = m.alliance_id
    JOIN sources src ON src.code IN ('R205', 'R205b')
WHERE a.code = 'nato' AND m.start_date = DATE '2024-03-07';

INSERT INTO membership_sources (membership_id, source_id)
SELECT m.id, src.id FROM memberships m JOIN alliances a ON a.id = m.alliance_id
    JOIN member_states s ON s.id = m.member_state_id JOIN sources src ON src.code IN ('NATO-NAMES-RU')
WHERE a.code = 'nato' AND s.iso3 = 'FRA';

INSERT INTO membership_sources (membership_id, source_id)
SELECT m.id, src.id FROM memberships m JOIN alliances a ON a.id = m.alliance_id
    JOIN member_states s ON s.id = m.member_state_id JOIN sources src ON src.code IN ('R196b', 'NATO-NAMES-RU')
WHERE a.code = 'nato' AND s.iso3 = 'GRC';

-- Founding document ---------------------------------------------------------------------------------------------

INSERT INTO treaty_protocols (alliance_id, kind, title_en, title_ru, signed_on, signed_place, in_force_on, subject, verification)
SELECT a.id, 'TREATY', 'North Atlantic Treaty', 'Североатлантический договор', DATE '1949-04-04', 'Washington', DATE '1949-08-24',
       'Founding treaty of NATO, signed by twelve states. Further states become parties by depositing an instrument of accession with the United States Government.',
       'VERIFIED'
FROM alliances a WHERE a.code = 'nato';

INSERT INTO protocol_signatories (protocol_id, member_state_id, signed_on)
SELECT t.id, s.id, DATE '1949-04-04'
FROM treaty_protocols t JOIN alliances a ON a.id = t.alliance_id, member_states s
WHERE a.code = 'nato' AND t.title_en = 'North Atlantic Treaty' AND t.signed_on = DATE '1949-04-04'
  AND s.iso3 IN ('BEL', 'CAN', 'DNK', 'FRA', 'ISL', 'ITA', 'LUX', 'NLD', 'NOR', 'PRT', 'GBR', 'USA');

INSERT INTO treaty_protocol_sources (treaty_protocol_id, source_id)
SELECT t.id, src.id FROM treaty_protocols t JOIN alliances a ON a.id = t.alliance_id
    JOIN sources src ON src.code IN ('R194', 'R195', 'R196b', 'NATO-NAMES-RU', 'NATO-TREATY-RU')
WHERE a.code = 'nato' AND t.title_en = 'North Atlantic Treaty' AND t.signed_on = DATE '1949-04-04';
