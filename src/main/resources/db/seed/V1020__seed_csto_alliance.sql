-- The Collective Security Treaty Organization: the alliance row, its stated goals and its principles.
-- Values come from the verified fact sheet (shared/facts/csto-facts.md); what only the seed article states cites ARTICLE-AR.
INSERT INTO alliances (code, acronym_en, acronym_ru, name_en, name_ru, name_ar, kind,
                       treaty_name_en, treaty_signed_on, treaty_signed_place, treaty_in_force_on,
                       established_on, established_note, headquarters, working_language, website,
                       un_observer_resolution, un_observer_since, area_of_responsibility, description)
VALUES ('csto', 'CSTO', 'ОДКБ',
        'Collective Security Treaty Organization',
        'Организация Договора о коллективной безопасности',
        'منظمة معاهدة الأمن الجماعي',
        'COLLECTIVE_DEFENCE_ORGANISATION',
        'Collective Security Treaty', DATE '1992-05-15', 'Tashkent, Uzbekistan', DATE '1994-04-20',
        DATE '2002-10-07',
        'The Collective Security Council decided on 14 May 2002 in Moscow to turn the Treaty into an international organization. '
            || 'The Charter and the Agreement on the legal status of the CSTO were signed on 7 Oct 2002 in Chisinau (reports placing the signing in Tashkent confuse it with the 1992 Treaty; '
            || 'a Kremlin page header shows 6 Oct 2002) and both entered into force on 18 Sep 2003. '
            || 'The source article places this formal establishment a few months after the US-led intervention in Afghanistan that followed the attacks of 11 Sep 2001 (article only).',
        'Moscow, Russia (Secretariat: Sverchkov pereulok 3/2, building 1)',
        'Russian',
        'https://odkb-csto.org',
        'A/RES/59/50', DATE '2004-12-02',
        'The territory of the member states, reaching from the Caucasus through Central Asia to Eastern Europe (extent as described by the source article).',
        'Political-military alliance of Russia and other former Soviet republics, founded in the first half of the 1990s after the collapse of the Soviet Union: '
            || 'the Collective Security Treaty was signed in Tashkent on 15 May 1992 and entered into force on 20 Apr 1994. '
            || 'It became a regional international organization in 2002 (Charter signed in Chisinau on 7 Oct 2002, in force 18 Sep 2003). '
            || 'Members: Armenia, Belarus, Kazakhstan, Kyrgyzstan, Russia and Tajikistan. Azerbaijan, Georgia and Uzbekistan left in 1999 by not renewing the Treaty; '
            || 'Uzbekistan returned in 2006 and its membership was suspended in 2012; Armenia has frozen its participation since February 2024 while remaining a member. '
            || 'Bodies: the Collective Security Council of heads of state, the Councils of Foreign Ministers and of Defence Ministers, the Committee of Secretaries of Security Councils, '
            || 'the Permanent Council, the Joint Staff and a permanent Secretariat in Moscow headed by a Secretary General. '
            || 'The chairmanship rotates every year among the member states (a one-year term), in practice in the Russian alphabetical order of their names; '
            || 'the chair state''s head of state chairs the Collective Security Council. Observer in the UN General Assembly since 2 Dec 2004.');

INSERT INTO alliance_sources (alliance_id, source_id)
SELECT a.id, src.id FROM alliances a JOIN sources src ON src.code IN
    ('R1', 'R2', 'R5', 'R6', 'R12', 'R14', 'R15', 'R16', 'R19', 'R20', 'R21', 'R57', 'R59', 'R65', 'R104',
     'R147', 'R177', 'R178', 'R179', 'R219', 'ARTICLE-AR')
WHERE a.code = 'csto';

-- Goals: the fact sheet does not list them, so they rest on the article alone.
INSERT INTO alliance_principles (alliance_id, kind, position, text_en)
SELECT a.id, 'GOAL', 1, 'Guarantee collective security and defend the sovereignty, territorial integrity and independence of the member states.'
FROM alliances a WHERE a.code = 'csto';
INSERT INTO alliance_principles (alliance_id, kind, position, text_en)
SELECT a.id, 'GOAL', 2, 'Develop military cooperation between the members and keep peace and security in the region.'
FROM alliances a WHERE a.code = 'csto';
INSERT INTO alliance_principles (alliance_id, kind, position, text_en)
SELECT a.id, 'GOAL', 3, 'Fight terrorism and organised crime, and prevent the spread of weapons of mass destruction.'
FROM alliances a WHERE a.code = 'csto';

-- Principles: the article ascribes them to the Charter; the Treaty text (R14, R15) holds them in Art. 1 and Art. 4.
INSERT INTO alliance_principles (alliance_id, kind, position, text_en, article)
SELECT a.id, 'PRINCIPLE', 1, 'Members refrain from using force, or threatening to use it, against one another and settle their disputes by peaceful means.', 'Treaty Art. 1'
FROM alliances a WHERE a.code = 'csto';
INSERT INTO alliance_principles (alliance_id, kind, position, text_en, article)
SELECT a.id, 'PRINCIPLE', 2, 'Members do not join other military alliances or groupings of states, and take no part in actions directed against another member.', 'Treaty Art. 1'
FROM alliances a WHERE a.code = 'csto';
INSERT INTO alliance_principles (alliance_id, kind, position, text_en, article)
SELECT a.id, 'PRINCIPLE', 3, 'Aggression against one member is regarded as aggression against all; the others give it the assistance it needs, military assistance included, under the right of collective self-defence in Article 51 of the UN Charter.', 'Treaty Art. 4'
FROM alliances a WHERE a.code = 'csto';

INSERT INTO alliance_principle_sources (alliance_principle_id, source_id)
SELECT p.id, src.id FROM alliance_principles p JOIN alliances a ON a.id = p.alliance_id JOIN sources src ON src.code = 'ARTICLE-AR'
WHERE a.code = 'csto';
INSERT INTO alliance_principle_sources (alliance_principle_id, source_id)
SELECT p.id, src.id FROM alliance_principles p JOIN alliances a ON a.id = p.alliance_id JOIN sources src ON src.code IN ('R14', 'R15', 'R230')
WHERE a.code = 'csto' AND p.kind = 'PRINCIPLE' AND p.position IN (1, 2);
INSERT INTO alliance_principle_sources (alliance_principle_id, source_id)
SELECT p.id, src.id FROM alliance_principles p JOIN alliances a ON a.id = p.alliance_id JOIN sources src ON src.code IN ('R1', 'R14', 'R230')
WHERE a.code = 'csto' AND p.kind = 'PRINCIPLE' AND p.position = 3;
