-- CSTO events: the January 2022 Kazakhstan operation and its phases, exercises (Rubezh, Interaction-2009), forces and
-- their sizes, Collective Security Council sessions that are not chair hand-overs, Secretaries-General, the Parliamentary
-- Assembly, UN General Assembly cooperation resolutions without a verified day, Armenia's 2022-2026 timeline, and the
-- context statements of the seed article. Source of truth: shared/facts/csto-facts.md (sections 4-9); what only the
-- seed article states cites ARTICLE-AR with verification SINGLE_SOURCE. Depends on V1020 (alliance 'csto').
-- Parents are inserted before their children and found by title.

-- CSTO collective operation in Kazakhstan (January 2022)
INSERT INTO alliance_events (alliance_id, kind, title_en, start_date, date_precision, end_date, place, description, quantity, quantity_unit, verification)
SELECT a.id, 'OPERATION', 'CSTO collective operation in Kazakhstan (January 2022)', DATE '2022-01-05', 'DAY', DATE '2022-01-20', 'Kazakhstan',
       'The first collective operation in the CSTO''s history. At the request of Kazakhstan''s President Tokayev (5 Jan 2022), the Collective Security Council decided on 6 Jan 2022, citing Art. 4 of the Collective Security Treaty, to send a collective contingent, reported as CSTO peacekeepers. Russia (airborne units), Belarus, Armenia, Tajikistan and Kyrgyzstan contributed. Deployment was complete on 9 Jan; the official strength was 2,030 personnel and 250 units of equipment. Tokayev announced the end of the mission on 12 Jan; the withdrawal began on 13 Jan, was to be complete by 19 Jan inclusive, and its completion was reported to the Council on 20 Jan 2022. The dates span the episode from the request to that report; the phases are child records. The seed article also calls this the first time the CSTO took part in an active operation.',
       NULL, NULL, 'VERIFIED'
FROM alliances a WHERE a.code = 'csto';
INSERT INTO alliance_event_sources (alliance_event_id, source_id)
SELECT e.id, s.id FROM alliance_events e JOIN alliances a ON a.id = e.alliance_id JOIN sources s ON s.code IN ('R159', 'R160', 'R161', 'R162', 'R163', 'R165', 'R166', 'R167', 'R168', 'R169', 'ARTICLE-AR')
WHERE a.code = 'csto' AND e.title_en = 'CSTO collective operation in Kazakhstan (January 2022)';
INSERT INTO alliance_event_participants (event_id, member_state_id, role)
SELECT e.id, m.id, 'Host state; requested the deployment' FROM alliance_events e JOIN alliances a ON a.id = e.alliance_id JOIN member_states m ON m.iso3 = 'KAZ'
WHERE a.code = 'csto' AND e.title_en = 'CSTO collective operation in Kazakhstan (January 2022)';
INSERT INTO alliance_event_participants (event_id, member_state_id, role)
SELECT e.id, m.id, 'Airborne units; the bulk of the contingent (the remainder after the other national contingents)' FROM alliance_events e JOIN alliances a ON a.id = e.alliance_id JOIN member_states m ON m.iso3 = 'RUS'
WHERE a.code = 'csto' AND e.title_en = 'CSTO collective operation in Kazakhstan (January 2022)';
INSERT INTO alliance_event_participants (event_id, member_state_id, role)
SELECT e.id, m.id, 'An airborne company' FROM alliance_events e JOIN alliances a ON a.id = e.alliance_id JOIN member_states m ON m.iso3 = 'BLR'
WHERE a.code = 'csto' AND e.title_en = 'CSTO collective operation in Kazakhstan (January 2022)';
INSERT INTO alliance_event_participants (event_id, member_state_id, role)
SELECT e.id, m.id, 'About 100 personnel; chair of the Collective Security Council (Prime Minister Pashinyan)' FROM alliance_events e JOIN alliances a ON a.id = e.alliance_id JOIN member_states m ON m.iso3 = 'ARM'
WHERE a.code = 'csto' AND e.title_en = 'CSTO collective operation in Kazakhstan (January 2022)';
INSERT INTO alliance_event_participants (event_id, member_state_id, role)
SELECT e.id, m.id, 'About 200 personnel' FROM alliance_events e JOIN alliances a ON a.id = e.alliance_id JOIN member_states m ON m.iso3 = 'TJK'
WHERE a.code = 'csto' AND e.title_en = 'CSTO collective operation in Kazakhstan (January 2022)';
INSERT INTO alliance_event_participants (event_id, member_state_id, role)
SELECT e.id, m.id, 'About 150 personnel' FROM alliance_events e JOIN alliances a ON a.id = e.alliance_id JOIN member_states m ON m.iso3 = 'KGZ'
WHERE a.code = 'csto' AND e.title_en = 'CSTO collective operation in Kazakhstan (January 2022)';

-- Kazakhstan 2022: request for CSTO assistance
INSERT INTO alliance_events (alliance_id, parent_event_id, kind, title_en, start_date, date_precision, end_date, place, description, quantity, quantity_unit, verification)
SELECT a.id, e.id, 'OTHER', 'Kazakhstan 2022: request for CSTO assistance', DATE '2022-01-05', 'DAY', NULL, NULL,
       'President Tokayev of Kazakhstan appealed to the leaders of the CSTO member states for assistance.',
       NULL, NULL, 'VERIFIED'
FROM alliances a JOIN alliance_events e ON e.alliance_id = a.id WHERE a.code = 'csto' AND e.title_en = 'CSTO collective operation in Kazakhstan (January 2022)';
INSERT INTO alliance_event_sources (alliance_event_id, source_id)
SELECT e.id, s.id FROM alliance_events e JOIN alliances a ON a.id = e.alliance_id JOIN sources s ON s.code IN ('R159', 'R160')
WHERE a.code = 'csto' AND e.title_en = 'Kazakhstan 2022: request for CSTO assistance';
INSERT INTO alliance_event_participants (event_id, member_state_id, role)
SELECT e.id, m.id, 'Requesting state (President Tokayev)' FROM alliance_events e JOIN alliances a ON a.id = e.alliance_id JOIN member_states m ON m.iso3 = 'KAZ'
WHERE a.code = 'csto' AND e.title_en = 'Kazakhstan 2022: request for CSTO assistance';

-- Kazakhstan 2022: unrest attributed to international terrorist groups
INSERT INTO alliance_events (alliance_id, parent_event_id, kind, title_en, start_date, date_precision, end_date, place, description, quantity, quantity_unit, verification)
SELECT a.id, e.id, 'STATEMENT', 'Kazakhstan 2022: unrest attributed to international terrorist groups', DATE '2022-01-01', 'MONTH', NULL, 'Kazakhstan',
       'According to the seed article only: Kazakhstan turned to CSTO forces to put down large-scale, violent popular protests after its leadership concluded that the unrest was being led by "international terrorist groups". The article gives no day; the month is that of the operation.',
       NULL, NULL, 'SINGLE_SOURCE'
FROM alliances a JOIN alliance_events e ON e.alliance_id = a.id WHERE a.code = 'csto' AND e.title_en = 'CSTO collective operation in Kazakhstan (January 2022)';
INSERT INTO alliance_event_sources (alliance_event_id, source_id)
SELECT e.id, s.id FROM alliance_events e JOIN alliances a ON a.id = e.alliance_id JOIN sources s ON s.code IN ('ARTICLE-AR')
WHERE a.code = 'csto' AND e.title_en = 'Kazakhstan 2022: unrest attributed to international terrorist groups';
INSERT INTO alliance_event_participants (event_id, member_state_id, role)
SELECT e.id, m.id, 'Its leadership attributed the unrest to international terrorist groups' FROM alliance_events e JOIN alliances a ON a.id = e.alliance_id JOIN member_states m ON m.iso3 = 'KAZ'
WHERE a.code = 'csto' AND e.title_en = 'Kazakhstan 2022: unrest attributed to international terrorist groups';

-- Kazakhstan 2022: Collective Security Council decision to deploy
INSERT INTO alliance_events (alliance_id, parent_event_id, kind, title_en, start_date, date_precision, end_date, place, description, quantity, quantity_unit, verification)
SELECT a.id, e.id, 'DECISION', 'Kazakhstan 2022: Collective Security Council decision to deploy', DATE '2022-01-06', 'DAY', NULL, NULL,
       'The Collective Security Council decided to send a collective contingent to Kazakhstan, citing Art. 4 of the Collective Security Treaty. Council chairman Pashinyan announced it during the night of 5 to 6 Jan 2022, so some reports date it 5 Jan; the decision is dated 6 Jan. CSTO Secretary General Zas then estimated the contingent at about 2,500.',
       NULL, NULL, 'VERIFIED'
FROM alliances a JOIN alliance_events e ON e.alliance_id = a.id WHERE a.code = 'csto' AND e.title_en = 'CSTO collective operation in Kazakhstan (January 2022)';
INSERT INTO alliance_event_sources (alliance_event_id, source_id)
SELECT e.id, s.id FROM alliance_events e JOIN alliances a ON a.id = e.alliance_id JOIN sources s ON s.code IN ('R159', 'R160', 'R161', 'R164', 'R222b')
WHERE a.code = 'csto' AND e.title_en = 'Kazakhstan 2022: Collective Security Council decision to deploy';
INSERT INTO alliance_event_participants (event_id, member_state_id, role)
SELECT e.id, m.id, 'Chair of the Collective Security Council; Prime Minister Pashinyan announced the decision' FROM alliance_events e JOIN alliances a ON a.id = e.alliance_id JOIN member_states m ON m.iso3 = 'ARM'
WHERE a.code = 'csto' AND e.title_en = 'Kazakhstan 2022: Collective Security Council decision to deploy';

-- Kazakhstan 2022: deployment complete
INSERT INTO alliance_events (alliance_id, parent_event_id, kind, title_en, start_date, date_precision, end_date, place, description, quantity, quantity_unit, verification)
SELECT a.id, e.id, 'OTHER', 'Kazakhstan 2022: deployment complete', DATE '2022-01-09', 'DAY', NULL, 'Kazakhstan',
       'Deployment of the contingent was complete after more than 108 military transport aviation flights; it guarded 14 strategic sites.',
       NULL, NULL, 'VERIFIED'
FROM alliances a JOIN alliance_events e ON e.alliance_id = a.id WHERE a.code = 'csto' AND e.title_en = 'CSTO collective operation in Kazakhstan (January 2022)';
INSERT INTO alliance_event_sources (alliance_event_id, source_id)
SELECT e.id, s.id FROM alliance_events e JOIN alliances a ON a.id = e.alliance_id JOIN sources s ON s.code IN ('R163', 'R166')
WHERE a.code = 'csto' AND e.title_en = 'Kazakhstan 2022: deployment complete';

-- Extraordinary CSC session on Kazakhstan (10 January 2022)
INSERT INTO alliance_events (alliance_id, parent_event_id, kind, title_en, start_date, date_precision, end_date, place, description, quantity, quantity_unit, verification)
SELECT a.id, e.id, 'SUMMIT', 'Extraordinary CSC session on Kazakhstan (10 January 2022)', DATE '2022-01-10', 'DAY', NULL, 'videoconference',
       'Extraordinary session of the Collective Security Council, held by video link, on the situation in Kazakhstan and the CSTO deployment.',
       NULL, NULL, 'VERIFIED'
FROM alliances a JOIN alliance_events e ON e.alliance_id = a.id WHERE a.code = 'csto' AND e.title_en = 'CSTO collective operation in Kazakhstan (January 2022)';
INSERT INTO alliance_event_sources (alliance_event_id, source_id)
SELECT e.id, s.id FROM alliance_events e JOIN alliances a ON a.id = e.alliance_id JOIN sources s ON s.code IN ('R169')
WHERE a.code = 'csto' AND e.title_en = 'Extraordinary CSC session on Kazakhstan (10 January 2022)';

-- Kazakhstan 2022: official strength of the contingent
INSERT INTO alliance_events (alliance_id, parent_event_id, kind, title_en, start_date, date_precision, end_date, place, description, quantity, quantity_unit, verification)
SELECT a.id, e.id, 'FORCE_STRENGTH', 'Kazakhstan 2022: official strength of the contingent', DATE '2022-01-10', 'DAY', NULL, NULL,
       'Official figure given by President Tokayev on 10 Jan 2022, after deployment: 2,030 personnel (with 250 units of equipment, separate record). Earlier figures were an initial estimate of about 2,500 by Secretary General Zas on 6 Jan and "over 2,000" in other reports. Approximate national contingents: Armenia 100, Kyrgyzstan about 150, Tajikistan about 200, Belarus an airborne company, the rest Russian.',
       2030, 'personnel', 'VERIFIED'
FROM alliances a JOIN alliance_events e ON e.alliance_id = a.id WHERE a.code = 'csto' AND e.title_en = 'CSTO collective operation in Kazakhstan (January 2022)';
INSERT INTO alliance_event_sources (alliance_event_id, source_id)
SELECT e.id, s.id FROM alliance_events e JOIN alliances a ON a.id = e.alliance_id JOIN sources s ON s.code IN ('R162', 'R163', 'R164', 'R165', 'R169')
WHERE a.code = 'csto' AND e.title_en = 'Kazakhstan 2022: official strength of the contingent';

-- Kazakhstan 2022: equipment of the contingent
INSERT INTO alliance_events (alliance_id, parent_event_id, kind, title_en, start_date, date_precision, end_date, place, description, quantity, quantity_unit, verification)
SELECT a.id, e.id, 'FORCE_STRENGTH', 'Kazakhstan 2022: equipment of the contingent', DATE '2022-01-10', 'DAY', NULL, NULL,
       'Official figure given by President Tokayev on 10 Jan 2022: 250 units of military equipment alongside the 2,030 personnel.',
       250, 'units of equipment', 'VERIFIED'
FROM alliances a JOIN alliance_events e ON e.alliance_id = a.id WHERE a.code = 'csto' AND e.title_en = 'CSTO collective operation in Kazakhstan (January 2022)';
INSERT INTO alliance_event_sources (alliance_event_id, source_id)
SELECT e.id, s.id FROM alliance_events e JOIN alliances a ON a.id = e.alliance_id JOIN sources s ON s.code IN ('R162', 'R163')
WHERE a.code = 'csto' AND e.title_en = 'Kazakhstan 2022: equipment of the contingent';

-- Kazakhstan 2022: situation brought under control
INSERT INTO alliance_events (alliance_id, parent_event_id, kind, title_en, start_date, date_precision, end_date, place, description, quantity, quantity_unit, verification)
SELECT a.id, e.id, 'OTHER', 'Kazakhstan 2022: situation brought under control', DATE '2022-01-01', 'MONTH', NULL, 'Kazakhstan',
       'According to the seed article only: within a few days the situation was brought under control and the protests were fully contained. The verified timeline (deployment complete 9 Jan, end of mission announced 12 Jan) is in the sibling records.',
       NULL, NULL, 'SINGLE_SOURCE'
FROM alliances a JOIN alliance_events e ON e.alliance_id = a.id WHERE a.code = 'csto' AND e.title_en = 'CSTO collective operation in Kazakhstan (January 2022)';
INSERT INTO alliance_event_sources (alliance_event_id, source_id)
SELECT e.id, s.id FROM alliance_events e JOIN alliances a ON a.id = e.alliance_id JOIN sources s ON s.code IN ('ARTICLE-AR')
WHERE a.code = 'csto' AND e.title_en = 'Kazakhstan 2022: situation brought under control';

-- Kazakhstan 2022: end of mission announced
INSERT INTO alliance_events (alliance_id, parent_event_id, kind, title_en, start_date, date_precision, end_date, place, description, quantity, quantity_unit, verification)
SELECT a.id, e.id, 'STATEMENT', 'Kazakhstan 2022: end of mission announced', DATE '2022-01-12', 'DAY', NULL, NULL,
       'President Tokayev announced the end of the CSTO mission at a meeting with CSTO Secretary General Zas.',
       NULL, NULL, 'VERIFIED'
FROM alliances a JOIN alliance_events e ON e.alliance_id = a.id WHERE a.code = 'csto' AND e.title_en = 'CSTO collective operation in Kazakhstan (January 2022)';
INSERT INTO alliance_event_sources (alliance_event_id, source_id)
SELECT e.id, s.id FROM alliance_events e JOIN alliances a ON a.id = e.alliance_id JOIN sources s ON s.code IN ('R167')
WHERE a.code = 'csto' AND e.title_en = 'Kazakhstan 2022: end of mission announced';
INSERT INTO alliance_event_participants (event_id, member_state_id, role)
SELECT e.id, m.id, 'President Tokayev announced the end of the mission' FROM alliance_events e JOIN alliances a ON a.id = e.alliance_id JOIN member_states m ON m.iso3 = 'KAZ'
WHERE a.code = 'csto' AND e.title_en = 'Kazakhstan 2022: end of mission announced';

-- Kazakhstan 2022: withdrawal of the contingent
INSERT INTO alliance_events (alliance_id, parent_event_id, kind, title_en, start_date, date_precision, end_date, place, description, quantity, quantity_unit, verification)
SELECT a.id, e.id, 'OTHER', 'Kazakhstan 2022: withdrawal of the contingent', DATE '2022-01-13', 'DAY', DATE '2022-01-19', NULL,
       'The contingent began to withdraw on 13 Jan 2022; the withdrawal was to be complete by 19 Jan inclusive.',
       NULL, NULL, 'VERIFIED'
FROM alliances a JOIN alliance_events e ON e.alliance_id = a.id WHERE a.code = 'csto' AND e.title_en = 'CSTO collective operation in Kazakhstan (January 2022)';
INSERT INTO alliance_event_sources (alliance_event_id, source_id)
SELECT e.id, s.id FROM alliance_events e JOIN alliances a ON a.id = e.alliance_id JOIN sources s ON s.code IN ('R166', 'R167')
WHERE a.code = 'csto' AND e.title_en = 'Kazakhstan 2022: withdrawal of the contingent';

-- Kazakhstan 2022: completion of withdrawal reported
INSERT INTO alliance_events (alliance_id, parent_event_id, kind, title_en, start_date, date_precision, end_date, place, description, quantity, quantity_unit, verification)
SELECT a.id, e.id, 'STATEMENT', 'Kazakhstan 2022: completion of withdrawal reported', DATE '2022-01-20', 'DAY', NULL, NULL,
       'Completion of the withdrawal from Kazakhstan was reported to the Collective Security Council on 20 Jan 2022.',
       NULL, NULL, 'VERIFIED'
FROM alliances a JOIN alliance_events e ON e.alliance_id = a.id WHERE a.code = 'csto' AND e.title_en = 'CSTO collective operation in Kazakhstan (January 2022)';
INSERT INTO alliance_event_sources (alliance_event_id, source_id)
SELECT e.id, s.id FROM alliance_events e JOIN alliances a ON a.id = e.alliance_id JOIN sources s ON s.code IN ('R168')
WHERE a.code = 'csto' AND e.title_en = 'Kazakhstan 2022: completion of withdrawal reported';

-- Rubezh-2004
INSERT INTO alliance_events (alliance_id, kind, title_en, start_date, date_precision, end_date, place, description, quantity, quantity_unit, verification)
SELECT a.id, 'EXERCISE', 'Rubezh-2004', DATE '2004-08-02', 'DAY', DATE '2004-08-06', 'Kazakhstan and Kyrgyzstan',
       'CSTO exercise of the Rubezh series in Central Asia. It shows that CSTO exercises predate Rubezh-2008, which some sources call the first.',
       NULL, NULL, 'VERIFIED'
FROM alliances a WHERE a.code = 'csto';
INSERT INTO alliance_event_sources (alliance_event_id, source_id)
SELECT e.id, s.id FROM alliance_events e JOIN alliances a ON a.id = e.alliance_id JOIN sources s ON s.code IN ('R174')
WHERE a.code = 'csto' AND e.title_en = 'Rubezh-2004';
INSERT INTO alliance_event_participants (event_id, member_state_id, role)
SELECT e.id, m.id, 'Host territory' FROM alliance_events e JOIN alliances a ON a.id = e.alliance_id JOIN member_states m ON m.iso3 = 'KAZ'
WHERE a.code = 'csto' AND e.title_en = 'Rubezh-2004';
INSERT INTO alliance_event_participants (event_id, member_state_id, role)
SELECT e.id, m.id, 'Host territory' FROM alliance_events e JOIN alliances a ON a.id = e.alliance_id JOIN member_states m ON m.iso3 = 'KGZ'
WHERE a.code = 'csto' AND e.title_en = 'Rubezh-2004';

-- Rubezh-2006
INSERT INTO alliance_events (alliance_id, kind, title_en, start_date, date_precision, end_date, place, description, quantity, quantity_unit, verification)
SELECT a.id, 'EXERCISE', 'Rubezh-2006', DATE '2006-08-24', 'DAY', DATE '2006-08-29', 'Kazakhstan (Caspian area)',
       'CSTO exercise with about 2,500 troops from Kazakhstan, Kyrgyzstan, Russia and Tajikistan.',
       2500, 'troops', 'VERIFIED'
FROM alliances a WHERE a.code = 'csto';
INSERT INTO alliance_event_sources (alliance_event_id, source_id)
SELECT e.id, s.id FROM alliance_events e JOIN alliances a ON a.id = e.alliance_id JOIN sources s ON s.code IN ('R173')
WHERE a.code = 'csto' AND e.title_en = 'Rubezh-2006';
INSERT INTO alliance_event_participants (event_id, member_state_id, role)
SELECT e.id, m.id, 'Host; participating forces' FROM alliance_events e JOIN alliances a ON a.id = e.alliance_id JOIN member_states m ON m.iso3 = 'KAZ'
WHERE a.code = 'csto' AND e.title_en = 'Rubezh-2006';
INSERT INTO alliance_event_participants (event_id, member_state_id, role)
SELECT e.id, m.id, 'Participating forces' FROM alliance_events e JOIN alliances a ON a.id = e.alliance_id JOIN member_states m ON m.iso3 = 'KGZ'
WHERE a.code = 'csto' AND e.title_en = 'Rubezh-2006';
INSERT INTO alliance_event_participants (event_id, member_state_id, role)
SELECT e.id, m.id, 'Participating forces' FROM alliance_events e JOIN alliances a ON a.id = e.alliance_id JOIN member_states m ON m.iso3 = 'RUS'
WHERE a.code = 'csto' AND e.title_en = 'Rubezh-2006';
INSERT INTO alliance_event_participants (event_id, member_state_id, role)
SELECT e.id, m.id, 'Participating forces' FROM alliance_events e JOIN alliances a ON a.id = e.alliance_id JOIN member_states m ON m.iso3 = 'TJK'
WHERE a.code = 'csto' AND e.title_en = 'Rubezh-2006';

-- Rubezh-2008
INSERT INTO alliance_events (alliance_id, kind, title_en, start_date, date_precision, end_date, place, description, quantity, quantity_unit, verification)
SELECT a.id, 'EXERCISE', 'Rubezh-2008', DATE '2008-07-22', 'DAY', DATE '2008-08-22', 'Armenia and Russia (Moscow)',
       'About 4,000 troops from Armenia, Russia and Tajikistan, in four stages in Armenia and Russia. The first CSTO exercise to combine the strategic, operational and tactical levels; it was not the first CSTO exercise (Rubezh exercises were held from at least 2004). The seed article describes joint exercises run by the staffs at these three levels as the way the CSTO tests the practical side of assisting a member under attack, and outlines the stages of this exercise (child records).',
       4000, 'troops', 'VERIFIED'
FROM alliances a WHERE a.code = 'csto';
INSERT INTO alliance_event_sources (alliance_event_id, source_id)
SELECT e.id, s.id FROM alliance_events e JOIN alliances a ON a.id = e.alliance_id JOIN sources s ON s.code IN ('R170', 'R171', 'R172', 'R173', 'R174', 'ARTICLE-AR')
WHERE a.code = 'csto' AND e.title_en = 'Rubezh-2008';
INSERT INTO alliance_event_participants (event_id, member_state_id, role)
SELECT e.id, m.id, 'Host of stages 1, 3 and 4; participating forces' FROM alliance_events e JOIN alliances a ON a.id = e.alliance_id JOIN member_states m ON m.iso3 = 'ARM'
WHERE a.code = 'csto' AND e.title_en = 'Rubezh-2008';
INSERT INTO alliance_event_participants (event_id, member_state_id, role)
SELECT e.id, m.id, 'Host of stage 2 (CSTO Joint Staff, Moscow); participating forces' FROM alliance_events e JOIN alliances a ON a.id = e.alliance_id JOIN member_states m ON m.iso3 = 'RUS'
WHERE a.code = 'csto' AND e.title_en = 'Rubezh-2008';
INSERT INTO alliance_event_participants (event_id, member_state_id, role)
SELECT e.id, m.id, 'Participating forces' FROM alliance_events e JOIN alliances a ON a.id = e.alliance_id JOIN member_states m ON m.iso3 = 'TJK'
WHERE a.code = 'csto' AND e.title_en = 'Rubezh-2008';

-- Rubezh-2008 stage 1
INSERT INTO alliance_events (alliance_id, parent_event_id, kind, title_en, start_date, date_precision, end_date, place, description, quantity, quantity_unit, verification)
SELECT a.id, e.id, 'EXERCISE', 'Rubezh-2008 stage 1', DATE '2008-07-22', 'DAY', DATE '2008-07-24', 'Armenia',
       'First stage of Rubezh-2008, held in Armenia (the seed article: in Armenia in July 2008).',
       NULL, NULL, 'VERIFIED'
FROM alliances a JOIN alliance_events e ON e.alliance_id = a.id WHERE a.code = 'csto' AND e.title_en = 'Rubezh-2008';
INSERT INTO alliance_event_sources (alliance_event_id, source_id)
SELECT e.id, s.id FROM alliance_events e JOIN alliances a ON a.id = e.alliance_id JOIN sources s ON s.code IN ('R170', 'R171', 'R172', 'ARTICLE-AR')
WHERE a.code = 'csto' AND e.title_en = 'Rubezh-2008 stage 1';
INSERT INTO alliance_event_participants (event_id, member_state_id, role)
SELECT e.id, m.id, 'Host' FROM alliance_events e JOIN alliances a ON a.id = e.alliance_id JOIN member_states m ON m.iso3 = 'ARM'
WHERE a.code = 'csto' AND e.title_en = 'Rubezh-2008 stage 1';

-- Rubezh-2008 stage 2
INSERT INTO alliance_events (alliance_id, parent_event_id, kind, title_en, start_date, date_precision, end_date, place, description, quantity, quantity_unit, verification)
SELECT a.id, e.id, 'EXERCISE', 'Rubezh-2008 stage 2', DATE '2008-07-30', 'DAY', NULL, 'Moscow, Russia (CSTO Joint Staff)',
       'Second stage of Rubezh-2008, held at the CSTO Joint Staff in Moscow.',
       NULL, NULL, 'VERIFIED'
FROM alliances a JOIN alliance_events e ON e.alliance_id = a.id WHERE a.code = 'csto' AND e.title_en = 'Rubezh-2008';
INSERT INTO alliance_event_sources (alliance_event_id, source_id)
SELECT e.id, s.id FROM alliance_events e JOIN alliances a ON a.id = e.alliance_id JOIN sources s ON s.code IN ('R170', 'R171', 'ARTICLE-AR')
WHERE a.code = 'csto' AND e.title_en = 'Rubezh-2008 stage 2';
INSERT INTO alliance_event_participants (event_id, member_state_id, role)
SELECT e.id, m.id, 'Host (CSTO Joint Staff in Moscow)' FROM alliance_events e JOIN alliances a ON a.id = e.alliance_id JOIN member_states m ON m.iso3 = 'RUS'
WHERE a.code = 'csto' AND e.title_en = 'Rubezh-2008 stage 2';

-- Rubezh-2008 stages 3 and 4
INSERT INTO alliance_events (alliance_id, parent_event_id, kind, title_en, start_date, date_precision, end_date, place, description, quantity, quantity_unit, verification)
SELECT a.id, e.id, 'EXERCISE', 'Rubezh-2008 stages 3 and 4', DATE '2008-08-18', 'DAY', DATE '2008-08-22', 'Armenia',
       'Third and fourth stages of Rubezh-2008, held in Armenia with Armenian forces and forces of other member states.',
       NULL, NULL, 'VERIFIED'
FROM alliances a JOIN alliance_events e ON e.alliance_id = a.id WHERE a.code = 'csto' AND e.title_en = 'Rubezh-2008';
INSERT INTO alliance_event_sources (alliance_event_id, source_id)
SELECT e.id, s.id FROM alliance_events e JOIN alliances a ON a.id = e.alliance_id JOIN sources s ON s.code IN ('R170', 'R171', 'ARTICLE-AR')
WHERE a.code = 'csto' AND e.title_en = 'Rubezh-2008 stages 3 and 4';
INSERT INTO alliance_event_participants (event_id, member_state_id, role)
SELECT e.id, m.id, 'Host; Armenian forces' FROM alliance_events e JOIN alliances a ON a.id = e.alliance_id JOIN member_states m ON m.iso3 = 'ARM'
WHERE a.code = 'csto' AND e.title_en = 'Rubezh-2008 stages 3 and 4';

-- Rubezh-2008 stages 3 and 4: forces of the Russian 102nd military base
INSERT INTO alliance_events (alliance_id, parent_event_id, kind, title_en, start_date, date_precision, end_date, place, description, quantity, quantity_unit, verification)
SELECT a.id, e.id, 'OTHER', 'Rubezh-2008 stages 3 and 4: forces of the Russian 102nd military base', DATE '2008-08-18', 'DAY', DATE '2008-08-22', 'Armenia',
       'According to the seed article only: forces stationed at the Russian 102nd military base in Armenia took part in the third and fourth stages, together with Armenian forces and forces of the other member states. The dates are those of the stages record.',
       NULL, NULL, 'SINGLE_SOURCE'
FROM alliances a JOIN alliance_events e ON e.alliance_id = a.id WHERE a.code = 'csto' AND e.title_en = 'Rubezh-2008 stages 3 and 4';
INSERT INTO alliance_event_sources (alliance_event_id, source_id)
SELECT e.id, s.id FROM alliance_events e JOIN alliances a ON a.id = e.alliance_id JOIN sources s ON s.code IN ('ARTICLE-AR')
WHERE a.code = 'csto' AND e.title_en = 'Rubezh-2008 stages 3 and 4: forces of the Russian 102nd military base';
INSERT INTO alliance_event_participants (event_id, member_state_id, role)
SELECT e.id, m.id, 'Forces of the Russian 102nd military base stationed in Armenia' FROM alliance_events e JOIN alliances a ON a.id = e.alliance_id JOIN member_states m ON m.iso3 = 'RUS'
WHERE a.code = 'csto' AND e.title_en = 'Rubezh-2008 stages 3 and 4: forces of the Russian 102nd military base';

-- Interaction-2009
INSERT INTO alliance_events (alliance_id, kind, title_en, start_date, date_precision, end_date, place, description, quantity, quantity_unit, verification)
SELECT a.id, 'EXERCISE', 'Interaction-2009', DATE '2009-10-02', 'DAY', DATE '2009-10-16', 'Matybulak, Kazakhstan',
       'First exercise of the Collective Rapid Reaction Forces, with more than 7,000 troops. Planned for 2 to 15 Oct 2009; held 2 to 16 Oct 2009.',
       7000, 'troops', 'VERIFIED'
FROM alliances a WHERE a.code = 'csto';
INSERT INTO alliance_event_sources (alliance_event_id, source_id)
SELECT e.id, s.id FROM alliance_events e JOIN alliances a ON a.id = e.alliance_id JOIN sources s ON s.code IN ('R141', 'R175')
WHERE a.code = 'csto' AND e.title_en = 'Interaction-2009';
INSERT INTO alliance_event_participants (event_id, member_state_id, role)
SELECT e.id, m.id, 'Host' FROM alliance_events e JOIN alliances a ON a.id = e.alliance_id JOIN member_states m ON m.iso3 = 'KAZ'
WHERE a.code = 'csto' AND e.title_en = 'Interaction-2009';

-- Collective Rapid Deployment Forces of the Central Asian region
INSERT INTO alliance_events (alliance_id, kind, title_en, start_date, date_precision, end_date, place, description, quantity, quantity_unit, verification)
SELECT a.id, 'FORCE', 'Collective Rapid Deployment Forces of the Central Asian region', DATE '2001-05-25', 'DAY', NULL, NULL,
       'Collective Rapid Deployment Forces (CRDF) for the Central Asian region, created on 25 May 2001. An agreement on their rapid deployment, use and support was signed in Minsk on 23 Jun 2006 (see documents).',
       NULL, NULL, 'VERIFIED'
FROM alliances a WHERE a.code = 'csto';
INSERT INTO alliance_event_sources (alliance_event_id, source_id)
SELECT e.id, s.id FROM alliance_events e JOIN alliances a ON a.id = e.alliance_id JOIN sources s ON s.code IN ('R174', 'R113')
WHERE a.code = 'csto' AND e.title_en = 'Collective Rapid Deployment Forces of the Central Asian region';

-- Collective Rapid Deployment Forces strength: about 5,000
INSERT INTO alliance_events (alliance_id, kind, title_en, start_date, date_precision, end_date, place, description, quantity, quantity_unit, verification)
SELECT a.id, 'FORCE_STRENGTH', 'Collective Rapid Deployment Forces strength: about 5,000', NULL, 'UNDATED', NULL, NULL,
       'The fact sheet gives the Collective Rapid Deployment Forces of the Central Asian region as about 5,000 without a date.',
       5000, 'personnel', 'VERIFIED'
FROM alliances a WHERE a.code = 'csto';
INSERT INTO alliance_event_sources (alliance_event_id, source_id)
SELECT e.id, s.id FROM alliance_events e JOIN alliances a ON a.id = e.alliance_id JOIN sources s ON s.code IN ('R142')
WHERE a.code = 'csto' AND e.title_en = 'Collective Rapid Deployment Forces strength: about 5,000';

-- Collective Peacekeeping Forces
INSERT INTO alliance_events (alliance_id, kind, title_en, start_date, date_precision, end_date, place, description, quantity, quantity_unit, verification)
SELECT a.id, 'FORCE', 'Collective Peacekeeping Forces', DATE '2007-10-06', 'DAY', NULL, 'Dushanbe, Tajikistan',
       'Created by the Agreement on Peacekeeping Activities of the CSTO signed on 6 Oct 2007 in Dushanbe; the Collective Security Council approved their regulations the same day. Deployed on a member''s territory by Council decision at that state''s request, and outside the CSTO only with a UN Security Council decision. A memorandum with the UN Department of Peacekeeping Operations followed on 28 Sep 2012.',
       NULL, NULL, 'VERIFIED'
FROM alliances a WHERE a.code = 'csto';
INSERT INTO alliance_event_sources (alliance_event_id, source_id)
SELECT e.id, s.id FROM alliance_events e JOIN alliances a ON a.id = e.alliance_id JOIN sources s ON s.code IN ('R128', 'R130', 'R132')
WHERE a.code = 'csto' AND e.title_en = 'Collective Peacekeeping Forces';

-- Collective Peacekeeping Forces strength: about 3,600
INSERT INTO alliance_events (alliance_id, kind, title_en, start_date, date_precision, end_date, place, description, quantity, quantity_unit, verification)
SELECT a.id, 'FORCE_STRENGTH', 'Collective Peacekeeping Forces strength: about 3,600', NULL, 'UNDATED', NULL, NULL,
       'About 3,600 personnel according to several sources and the seed article; the fact sheet ties no date to the figure. Other sources give about 3,500 plus 500 to 800 police (separate record). The seed article says the UN recognises this unit. The verified record is narrower: a 2012 memorandum of understanding between the CSTO Secretariat and the UN Department of Peacekeeping Operations, and in 2017 a contingent certified but still awaiting formal UN approval. It is not a UN-mandated or UN-recognised force.',
       3600, 'personnel', 'VERIFIED'
FROM alliances a WHERE a.code = 'csto';
INSERT INTO alliance_event_sources (alliance_event_id, source_id)
SELECT e.id, s.id FROM alliance_events e JOIN alliances a ON a.id = e.alliance_id JOIN sources s ON s.code IN ('R142', 'R145', 'R222', 'ARTICLE-AR')
WHERE a.code = 'csto' AND e.title_en = 'Collective Peacekeeping Forces strength: about 3,600';

-- Collective Peacekeeping Forces strength: about 3,500 plus police
INSERT INTO alliance_events (alliance_id, kind, title_en, start_date, date_precision, end_date, place, description, quantity, quantity_unit, verification)
SELECT a.id, 'FORCE_STRENGTH', 'Collective Peacekeeping Forces strength: about 3,500 plus police', NULL, 'UNDATED', NULL, NULL,
       'About 3,500 military personnel plus 500 to 800 police, according to other sources; no date is tied to the figure. See also the figure of about 3,600.',
       3500, 'personnel', 'VERIFIED'
FROM alliances a WHERE a.code = 'csto';
INSERT INTO alliance_event_sources (alliance_event_id, source_id)
SELECT e.id, s.id FROM alliance_events e JOIN alliances a ON a.id = e.alliance_id JOIN sources s ON s.code IN ('R143', 'R146')
WHERE a.code = 'csto' AND e.title_en = 'Collective Peacekeeping Forces strength: about 3,500 plus police';

-- Collective Peacekeeping Forces: UN approval pending (2017)
INSERT INTO alliance_events (alliance_id, kind, title_en, start_date, date_precision, end_date, place, description, quantity, quantity_unit, verification)
SELECT a.id, 'OTHER', 'Collective Peacekeeping Forces: UN approval pending (2017)', DATE '2017-01-01', 'YEAR', NULL, NULL,
       'In 2017 the CSTO peacekeeping contingent had been certified but was still awaiting formal UN approval. The UN link on record is the 2012 memorandum with the UN Department of Peacekeeping Operations; reports that the UN "recognises" the force overstate it.',
       NULL, NULL, 'VERIFIED'
FROM alliances a WHERE a.code = 'csto';
INSERT INTO alliance_event_sources (alliance_event_id, source_id)
SELECT e.id, s.id FROM alliance_events e JOIN alliances a ON a.id = e.alliance_id JOIN sources s ON s.code IN ('R146', 'R150', 'R151')
WHERE a.code = 'csto' AND e.title_en = 'Collective Peacekeeping Forces: UN approval pending (2017)';

-- Collective Rapid Reaction Forces (CRRF)
INSERT INTO alliance_events (alliance_id, kind, title_en, start_date, date_precision, end_date, place, description, quantity, quantity_unit, verification)
SELECT a.id, 'FORCE', 'Collective Rapid Reaction Forces (CRRF)', DATE '2009-02-04', 'DAY', NULL, 'Moscow, Russia',
       'Created by decision of the extraordinary Collective Security Council session of 4 Feb 2009 in Moscow (a Kremlin news page gives 24 Feb 2009, which is wrong). The Agreement on the CRRF was signed on 14 Jun 2009 without Belarus and Uzbekistan; Belarus joined on 20 Oct 2009. First exercise: Interaction-2009. The seed article records that the bloc set up a rapid reaction force in 2009.',
       NULL, NULL, 'VERIFIED'
FROM alliances a WHERE a.code = 'csto';
INSERT INTO alliance_event_sources (alliance_event_id, source_id)
SELECT e.id, s.id FROM alliance_events e JOIN alliances a ON a.id = e.alliance_id JOIN sources s ON s.code IN ('R136', 'R137', 'R138', 'R139', 'R141', 'ARTICLE-AR')
WHERE a.code = 'csto' AND e.title_en = 'Collective Rapid Reaction Forces (CRRF)';
INSERT INTO alliance_event_participants (event_id, member_state_id, role)
SELECT e.id, m.id, 'Party to the CRRF agreement of 14 Jun 2009' FROM alliance_events e JOIN alliances a ON a.id = e.alliance_id JOIN member_states m ON m.iso3 = 'ARM'
WHERE a.code = 'csto' AND e.title_en = 'Collective Rapid Reaction Forces (CRRF)';
INSERT INTO alliance_event_participants (event_id, member_state_id, role)
SELECT e.id, m.id, 'Party to the CRRF agreement of 14 Jun 2009' FROM alliance_events e JOIN alliances a ON a.id = e.alliance_id JOIN member_states m ON m.iso3 = 'KAZ'
WHERE a.code = 'csto' AND e.title_en = 'Collective Rapid Reaction Forces (CRRF)';
INSERT INTO alliance_event_participants (event_id, member_state_id, role)
SELECT e.id, m.id, 'Party to the CRRF agreement of 14 Jun 2009' FROM alliance_events e JOIN alliances a ON a.id = e.alliance_id JOIN member_states m ON m.iso3 = 'KGZ'
WHERE a.code = 'csto' AND e.title_en = 'Collective Rapid Reaction Forces (CRRF)';
INSERT INTO alliance_event_participants (event_id, member_state_id, role)
SELECT e.id, m.id, 'Party to the CRRF agreement of 14 Jun 2009' FROM alliance_events e JOIN alliances a ON a.id = e.alliance_id JOIN member_states m ON m.iso3 = 'RUS'
WHERE a.code = 'csto' AND e.title_en = 'Collective Rapid Reaction Forces (CRRF)';
INSERT INTO alliance_event_participants (event_id, member_state_id, role)
SELECT e.id, m.id, 'Party to the CRRF agreement of 14 Jun 2009' FROM alliance_events e JOIN alliances a ON a.id = e.alliance_id JOIN member_states m ON m.iso3 = 'TJK'
WHERE a.code = 'csto' AND e.title_en = 'Collective Rapid Reaction Forces (CRRF)';
INSERT INTO alliance_event_participants (event_id, member_state_id, role)
SELECT e.id, m.id, 'Joined the CRRF on 20 Oct 2009' FROM alliance_events e JOIN alliances a ON a.id = e.alliance_id JOIN member_states m ON m.iso3 = 'BLR'
WHERE a.code = 'csto' AND e.title_en = 'Collective Rapid Reaction Forces (CRRF)';

-- CRRF strength: about 20,000 (2009)
INSERT INTO alliance_events (alliance_id, kind, title_en, start_date, date_precision, end_date, place, description, quantity, quantity_unit, verification)
SELECT a.id, 'FORCE_STRENGTH', 'CRRF strength: about 20,000 (2009)', DATE '2009-01-01', 'YEAR', NULL, NULL,
       'Reporting from 2009 to 2013 gives the CRRF as "up to" or about 20,000 personnel; the seed article gives 20,000 for the force set up in 2009. The CSTO''s own figure is about 18,000 (separate record); the size changes over time.',
       20000, 'personnel', 'VERIFIED'
FROM alliances a WHERE a.code = 'csto';
INSERT INTO alliance_event_sources (alliance_event_id, source_id)
SELECT e.id, s.id FROM alliance_events e JOIN alliances a ON a.id = e.alliance_id JOIN sources s ON s.code IN ('R141', 'R143', 'R144', 'ARTICLE-AR')
WHERE a.code = 'csto' AND e.title_en = 'CRRF strength: about 20,000 (2009)';

-- CRRF strength: about 18,000 (CSTO figure)
INSERT INTO alliance_events (alliance_id, kind, title_en, start_date, date_precision, end_date, place, description, quantity, quantity_unit, verification)
SELECT a.id, 'FORCE_STRENGTH', 'CRRF strength: about 18,000 (CSTO figure)', NULL, 'UNDATED', NULL, NULL,
       'The CSTO itself gives the CRRF as about 18,000; the fact sheet ties no date to this figure. Reporting from 2009 to 2013 gives about 20,000 (separate record).',
       18000, 'personnel', 'VERIFIED'
FROM alliances a WHERE a.code = 'csto';
INSERT INTO alliance_event_sources (alliance_event_id, source_id)
SELECT e.id, s.id FROM alliance_events e JOIN alliances a ON a.id = e.alliance_id JOIN sources s ON s.code IN ('R137', 'R142')
WHERE a.code = 'csto' AND e.title_en = 'CRRF strength: about 18,000 (CSTO figure)';

-- CRRF national contributions pledged (October 2009)
INSERT INTO alliance_events (alliance_id, kind, title_en, start_date, date_precision, end_date, place, description, quantity, quantity_unit, verification)
SELECT a.id, 'FORCE_STRENGTH', 'CRRF national contributions pledged (October 2009)', DATE '2009-10-01', 'MONTH', NULL, NULL,
       'Pledges reported in October 2009 (one source): Russia 8,000, Belarus 5,000, Kazakhstan 4,000; Armenia, Kyrgyzstan and Tajikistan one battalion each.',
       NULL, NULL, 'SINGLE_SOURCE'
FROM alliances a WHERE a.code = 'csto';
INSERT INTO alliance_event_sources (alliance_event_id, source_id)
SELECT e.id, s.id FROM alliance_events e JOIN alliances a ON a.id = e.alliance_id JOIN sources s ON s.code IN ('R141')
WHERE a.code = 'csto' AND e.title_en = 'CRRF national contributions pledged (October 2009)';
INSERT INTO alliance_event_participants (event_id, member_state_id, role)
SELECT e.id, m.id, '8,000 personnel pledged' FROM alliance_events e JOIN alliances a ON a.id = e.alliance_id JOIN member_states m ON m.iso3 = 'RUS'
WHERE a.code = 'csto' AND e.title_en = 'CRRF national contributions pledged (October 2009)';
INSERT INTO alliance_event_participants (event_id, member_state_id, role)
SELECT e.id, m.id, '5,000 personnel pledged' FROM alliance_events e JOIN alliances a ON a.id = e.alliance_id JOIN member_states m ON m.iso3 = 'BLR'
WHERE a.code = 'csto' AND e.title_en = 'CRRF national contributions pledged (October 2009)';
INSERT INTO alliance_event_participants (event_id, member_state_id, role)
SELECT e.id, m.id, '4,000 personnel pledged' FROM alliance_events e JOIN alliances a ON a.id = e.alliance_id JOIN member_states m ON m.iso3 = 'KAZ'
WHERE a.code = 'csto' AND e.title_en = 'CRRF national contributions pledged (October 2009)';
INSERT INTO alliance_event_participants (event_id, member_state_id, role)
SELECT e.id, m.id, 'One battalion pledged' FROM alliance_events e JOIN alliances a ON a.id = e.alliance_id JOIN member_states m ON m.iso3 = 'ARM'
WHERE a.code = 'csto' AND e.title_en = 'CRRF national contributions pledged (October 2009)';
INSERT INTO alliance_event_participants (event_id, member_state_id, role)
SELECT e.id, m.id, 'One battalion pledged' FROM alliance_events e JOIN alliances a ON a.id = e.alliance_id JOIN member_states m ON m.iso3 = 'KGZ'
WHERE a.code = 'csto' AND e.title_en = 'CRRF national contributions pledged (October 2009)';
INSERT INTO alliance_event_participants (event_id, member_state_id, role)
SELECT e.id, m.id, 'One battalion pledged' FROM alliance_events e JOIN alliances a ON a.id = e.alliance_id JOIN member_states m ON m.iso3 = 'TJK'
WHERE a.code = 'csto' AND e.title_en = 'CRRF national contributions pledged (October 2009)';

-- CSC session, Dushanbe (28 April 2003)
INSERT INTO alliance_events (alliance_id, kind, title_en, start_date, date_precision, end_date, place, description, quantity, quantity_unit, verification)
SELECT a.id, 'SUMMIT', 'CSC session, Dushanbe (28 April 2003)', DATE '2003-04-28', 'DAY', NULL, 'Dushanbe, Tajikistan',
       'Regular session of the Collective Security Council; Nikolai Bordyuzha was named the first CSTO Secretary General. The chair state of this period is not fully verified.',
       NULL, NULL, 'VERIFIED'
FROM alliances a WHERE a.code = 'csto';
INSERT INTO alliance_event_sources (alliance_event_id, source_id)
SELECT e.id, s.id FROM alliance_events e JOIN alliances a ON a.id = e.alliance_id JOIN sources s ON s.code IN ('R114')
WHERE a.code = 'csto' AND e.title_en = 'CSC session, Dushanbe (28 April 2003)';

-- CSC session, Astana (18 June 2004)
INSERT INTO alliance_events (alliance_id, kind, title_en, start_date, date_precision, end_date, place, description, quantity, quantity_unit, verification)
SELECT a.id, 'SUMMIT', 'CSC session, Astana (18 June 2004)', DATE '2004-06-18', 'DAY', NULL, 'Astana, Kazakhstan',
       'Regular session of the Collective Security Council. It approved the rules of procedure and the regulations on admission, withdrawal, suspension and exclusion, and an agreement on the rapid equipment of territory and joint use of military infrastructure was signed (see documents).',
       NULL, NULL, 'VERIFIED'
FROM alliances a WHERE a.code = 'csto';
INSERT INTO alliance_event_sources (alliance_event_id, source_id)
SELECT e.id, s.id FROM alliance_events e JOIN alliances a ON a.id = e.alliance_id JOIN sources s ON s.code IN ('R155', 'R135')
WHERE a.code = 'csto' AND e.title_en = 'CSC session, Astana (18 June 2004)';

-- Extraordinary CSC session, Moscow (4 February 2009)
INSERT INTO alliance_events (alliance_id, kind, title_en, start_date, date_precision, end_date, place, description, quantity, quantity_unit, verification)
SELECT a.id, 'SUMMIT', 'Extraordinary CSC session, Moscow (4 February 2009)', DATE '2009-02-04', 'DAY', NULL, 'Moscow, Russia',
       'Extraordinary session of the Collective Security Council that decided to create the Collective Rapid Reaction Forces.',
       NULL, NULL, 'VERIFIED'
FROM alliances a WHERE a.code = 'csto';
INSERT INTO alliance_event_sources (alliance_event_id, source_id)
SELECT e.id, s.id FROM alliance_events e JOIN alliances a ON a.id = e.alliance_id JOIN sources s ON s.code IN ('R136', 'R137')
WHERE a.code = 'csto' AND e.title_en = 'Extraordinary CSC session, Moscow (4 February 2009)';

-- CSC jubilee session, Moscow (15 May 2012)
INSERT INTO alliance_events (alliance_id, kind, title_en, start_date, date_precision, end_date, place, description, quantity, quantity_unit, verification)
SELECT a.id, 'SUMMIT', 'CSC jubilee session, Moscow (15 May 2012)', DATE '2012-05-15', 'DAY', NULL, 'Moscow, Russia',
       'Jubilee session of the Collective Security Council, 20 years after the signing of the Collective Security Treaty.',
       NULL, NULL, 'VERIFIED'
FROM alliances a WHERE a.code = 'csto';
INSERT INTO alliance_event_sources (alliance_event_id, source_id)
SELECT e.id, s.id FROM alliance_events e JOIN alliances a ON a.id = e.alliance_id JOIN sources s ON s.code IN ('R100')
WHERE a.code = 'csto' AND e.title_en = 'CSC jubilee session, Moscow (15 May 2012)';

-- Extraordinary CSC session on Afghanistan (23 August 2021)
INSERT INTO alliance_events (alliance_id, kind, title_en, start_date, date_precision, end_date, place, description, quantity, quantity_unit, verification)
SELECT a.id, 'SUMMIT', 'Extraordinary CSC session on Afghanistan (23 August 2021)', DATE '2021-08-23', 'DAY', NULL, 'videoconference',
       'Extraordinary session of the Collective Security Council, held by video link, on the situation in Afghanistan.',
       NULL, NULL, 'VERIFIED'
FROM alliances a WHERE a.code = 'csto';
INSERT INTO alliance_event_sources (alliance_event_id, source_id)
SELECT e.id, s.id FROM alliance_events e JOIN alliances a ON a.id = e.alliance_id JOIN sources s ON s.code IN ('R225')
WHERE a.code = 'csto' AND e.title_en = 'Extraordinary CSC session on Afghanistan (23 August 2021)';

-- CSC jubilee session, Moscow (16 May 2022)
INSERT INTO alliance_events (alliance_id, kind, title_en, start_date, date_precision, end_date, place, description, quantity, quantity_unit, verification)
SELECT a.id, 'SUMMIT', 'CSC jubilee session, Moscow (16 May 2022)', DATE '2022-05-16', 'DAY', NULL, 'Moscow, Russia',
       'Jubilee session of the Collective Security Council (30 years after the signing of the Collective Security Treaty); the heads of state adopted several documents.',
       NULL, NULL, 'VERIFIED'
FROM alliances a WHERE a.code = 'csto';
INSERT INTO alliance_event_sources (alliance_event_id, source_id)
SELECT e.id, s.id FROM alliance_events e JOIN alliances a ON a.id = e.alliance_id JOIN sources s ON s.code IN ('R58')
WHERE a.code = 'csto' AND e.title_en = 'CSC jubilee session, Moscow (16 May 2022)';

-- Secretary General: Nikolai Bordyuzha
INSERT INTO alliance_events (alliance_id, kind, title_en, start_date, date_precision, end_date, place, description, quantity, quantity_unit, verification)
SELECT a.id, 'APPOINTMENT', 'Secretary General: Nikolai Bordyuzha', DATE '2003-04-28', 'DAY', DATE '2016-12-31', NULL,
       'First CSTO Secretary General, named at the Dushanbe session of 28 Apr 2003. His term was renewed for three years on 19 Dec 2012 and extended by a Council decision of 21 Dec 2015 to 31 Dec 2016.',
       NULL, NULL, 'VERIFIED'
FROM alliances a WHERE a.code = 'csto';
INSERT INTO alliance_event_sources (alliance_event_id, source_id)
SELECT e.id, s.id FROM alliance_events e JOIN alliances a ON a.id = e.alliance_id JOIN sources s ON s.code IN ('R114', 'R115', 'R116', 'R95')
WHERE a.code = 'csto' AND e.title_en = 'Secretary General: Nikolai Bordyuzha';
INSERT INTO alliance_event_participants (event_id, member_state_id, role)
SELECT e.id, m.id, 'Nationality of the Secretary General' FROM alliance_events e JOIN alliances a ON a.id = e.alliance_id JOIN member_states m ON m.iso3 = 'RUS'
WHERE a.code = 'csto' AND e.title_en = 'Secretary General: Nikolai Bordyuzha';

-- Acting Secretary General: Valery Semerikov (2017)
INSERT INTO alliance_events (alliance_id, kind, title_en, start_date, date_precision, end_date, place, description, quantity, quantity_unit, verification)
SELECT a.id, 'APPOINTMENT', 'Acting Secretary General: Valery Semerikov (2017)', DATE '2017-01-01', 'DAY', DATE '2017-05-01', NULL,
       'Valery Semerikov acted as Secretary General from 1 Jan to 1 May 2017, between Bordyuzha and Khachaturov.',
       NULL, NULL, 'VERIFIED'
FROM alliances a WHERE a.code = 'csto';
INSERT INTO alliance_event_sources (alliance_event_id, source_id)
SELECT e.id, s.id FROM alliance_events e JOIN alliances a ON a.id = e.alliance_id JOIN sources s ON s.code IN ('R115', 'R116', 'R117')
WHERE a.code = 'csto' AND e.title_en = 'Acting Secretary General: Valery Semerikov (2017)';
INSERT INTO alliance_event_participants (event_id, member_state_id, role)
SELECT e.id, m.id, 'Nationality of the acting Secretary General' FROM alliance_events e JOIN alliances a ON a.id = e.alliance_id JOIN member_states m ON m.iso3 = 'RUS'
WHERE a.code = 'csto' AND e.title_en = 'Acting Secretary General: Valery Semerikov (2017)';

-- Secretary General: Yuri Khachaturov
INSERT INTO alliance_events (alliance_id, kind, title_en, start_date, date_precision, end_date, place, description, quantity, quantity_unit, verification)
SELECT a.id, 'APPOINTMENT', 'Secretary General: Yuri Khachaturov', DATE '2017-05-02', 'DAY', DATE '2018-11-02', NULL,
       'Appointed at the informal Bishkek summit in April 2017 and in office from 2 May 2017 (one source says April 2017). Relieved by the Collective Security Council on 2 Nov 2018 after Armenia recalled him.',
       NULL, NULL, 'VERIFIED'
FROM alliances a WHERE a.code = 'csto';
INSERT INTO alliance_event_sources (alliance_event_id, source_id)
SELECT e.id, s.id FROM alliance_events e JOIN alliances a ON a.id = e.alliance_id JOIN sources s ON s.code IN ('R117', 'R118', 'R119', 'R121')
WHERE a.code = 'csto' AND e.title_en = 'Secretary General: Yuri Khachaturov';
INSERT INTO alliance_event_participants (event_id, member_state_id, role)
SELECT e.id, m.id, 'Nationality of the Secretary General; recalled him in 2018' FROM alliance_events e JOIN alliances a ON a.id = e.alliance_id JOIN member_states m ON m.iso3 = 'ARM'
WHERE a.code = 'csto' AND e.title_en = 'Secretary General: Yuri Khachaturov';

-- Acting Secretary General: Valery Semerikov (2018-2019)
INSERT INTO alliance_events (alliance_id, kind, title_en, start_date, date_precision, end_date, place, description, quantity, quantity_unit, verification)
SELECT a.id, 'APPOINTMENT', 'Acting Secretary General: Valery Semerikov (2018-2019)', DATE '2018-11-02', 'DAY', DATE '2019-12-31', NULL,
       'Valery Semerikov acted as Secretary General again from 2 Nov 2018 to 31 Dec 2019. Belarus, not Armenia, then took the post for a full term.',
       NULL, NULL, 'VERIFIED'
FROM alliances a WHERE a.code = 'csto';
INSERT INTO alliance_event_sources (alliance_event_id, source_id)
SELECT e.id, s.id FROM alliance_events e JOIN alliances a ON a.id = e.alliance_id JOIN sources s ON s.code IN ('R119', 'R121')
WHERE a.code = 'csto' AND e.title_en = 'Acting Secretary General: Valery Semerikov (2018-2019)';
INSERT INTO alliance_event_participants (event_id, member_state_id, role)
SELECT e.id, m.id, 'Nationality of the acting Secretary General' FROM alliance_events e JOIN alliances a ON a.id = e.alliance_id JOIN member_states m ON m.iso3 = 'RUS'
WHERE a.code = 'csto' AND e.title_en = 'Acting Secretary General: Valery Semerikov (2018-2019)';

-- Secretary General: Stanislav Zas
INSERT INTO alliance_events (alliance_id, kind, title_en, start_date, date_precision, end_date, place, description, quantity, quantity_unit, verification)
SELECT a.id, 'APPOINTMENT', 'Secretary General: Stanislav Zas', DATE '2020-01-01', 'DAY', DATE '2022-12-31', NULL,
       'Confirmed on 28 Nov 2019 in Bishkek; in office from 1 Jan 2020 to 31 Dec 2022.',
       NULL, NULL, 'VERIFIED'
FROM alliances a WHERE a.code = 'csto';
INSERT INTO alliance_event_sources (alliance_event_id, source_id)
SELECT e.id, s.id FROM alliance_events e JOIN alliances a ON a.id = e.alliance_id JOIN sources s ON s.code IN ('R120', 'R121')
WHERE a.code = 'csto' AND e.title_en = 'Secretary General: Stanislav Zas';
INSERT INTO alliance_event_participants (event_id, member_state_id, role)
SELECT e.id, m.id, 'Nationality of the Secretary General' FROM alliance_events e JOIN alliances a ON a.id = e.alliance_id JOIN member_states m ON m.iso3 = 'BLR'
WHERE a.code = 'csto' AND e.title_en = 'Secretary General: Stanislav Zas';

-- Secretary General: Imangali Tasmagambetov
INSERT INTO alliance_events (alliance_id, kind, title_en, start_date, date_precision, end_date, place, description, quantity, quantity_unit, verification)
SELECT a.id, 'APPOINTMENT', 'Secretary General: Imangali Tasmagambetov', DATE '2023-01-01', 'DAY', DATE '2025-12-31', NULL,
       'Named on 23 Nov 2022 in Yerevan; in office from 1 Jan 2023 to 31 Dec 2025.',
       NULL, NULL, 'VERIFIED'
FROM alliances a WHERE a.code = 'csto';
INSERT INTO alliance_event_sources (alliance_event_id, source_id)
SELECT e.id, s.id FROM alliance_events e JOIN alliances a ON a.id = e.alliance_id JOIN sources s ON s.code IN ('R74', 'R122', 'R123')
WHERE a.code = 'csto' AND e.title_en = 'Secretary General: Imangali Tasmagambetov';
INSERT INTO alliance_event_participants (event_id, member_state_id, role)
SELECT e.id, m.id, 'Nationality of the Secretary General' FROM alliance_events e JOIN alliances a ON a.id = e.alliance_id JOIN member_states m ON m.iso3 = 'KAZ'
WHERE a.code = 'csto' AND e.title_en = 'Secretary General: Imangali Tasmagambetov';

-- Secretary General: Taalatbek Masadykov
INSERT INTO alliance_events (alliance_id, kind, title_en, start_date, date_precision, end_date, place, description, quantity, quantity_unit, verification)
SELECT a.id, 'APPOINTMENT', 'Secretary General: Taalatbek Masadykov', DATE '2026-01-01', 'DAY', DATE '2028-12-31', NULL,
       'Appointed on 27 Nov 2025 in Bishkek; in office from 1 Jan 2026. The end date is the scheduled end of the three-year term.',
       NULL, NULL, 'VERIFIED'
FROM alliances a WHERE a.code = 'csto';
INSERT INTO alliance_event_sources (alliance_event_id, source_id)
SELECT e.id, s.id FROM alliance_events e JOIN alliances a ON a.id = e.alliance_id JOIN sources s ON s.code IN ('R69', 'R123', 'R124')
WHERE a.code = 'csto' AND e.title_en = 'Secretary General: Taalatbek Masadykov';
INSERT INTO alliance_event_participants (event_id, member_state_id, role)
SELECT e.id, m.id, 'Nationality of the Secretary General' FROM alliance_events e JOIN alliances a ON a.id = e.alliance_id JOIN member_states m ON m.iso3 = 'KGZ'
WHERE a.code = 'csto' AND e.title_en = 'Secretary General: Taalatbek Masadykov';

-- Decision on rotation of the Secretary General post (15 September 2015)
INSERT INTO alliance_events (alliance_id, kind, title_en, start_date, date_precision, end_date, place, description, quantity, quantity_unit, verification)
SELECT a.id, 'DECISION', 'Decision on rotation of the Secretary General post (15 September 2015)', DATE '2015-09-15', 'DAY', NULL, 'Dushanbe, Tajikistan',
       'Since this decision the post of Secretary General rotates among the member states in Russian alphabetical order, for three-year terms. Armenia''s turn was cut short (2017-2018) and Belarus followed in 2020 rather than Armenia receiving the rest of the term.',
       NULL, NULL, 'VERIFIED'
FROM alliances a WHERE a.code = 'csto';
INSERT INTO alliance_event_sources (alliance_event_id, source_id)
SELECT e.id, s.id FROM alliance_events e JOIN alliances a ON a.id = e.alliance_id JOIN sources s ON s.code IN ('R125', 'R120', 'R121')
WHERE a.code = 'csto' AND e.title_en = 'Decision on rotation of the Secretary General post (15 September 2015)';

-- Parliamentary Assembly of the CSTO established
INSERT INTO alliance_events (alliance_id, kind, title_en, start_date, date_precision, end_date, place, description, quantity, quantity_unit, verification)
SELECT a.id, 'OTHER', 'Parliamentary Assembly of the CSTO established', DATE '2006-11-16', 'DAY', NULL, 'St Petersburg, Russia',
       'The Parliamentary Assembly of the CSTO (PA CSTO) was created on 16 Nov 2006 in St Petersburg by a resolution of the Inter-Parliamentary Assembly of the CIS. Provisional Regulations followed on 30 Mar 2007. Seat: Tauride Palace, St Petersburg. Its chair rotates for three-year terms; Gryzlov was the first chairman. Website: https://pacsto.org',
       NULL, NULL, 'VERIFIED'
FROM alliances a WHERE a.code = 'csto';
INSERT INTO alliance_event_sources (alliance_event_id, source_id)
SELECT e.id, s.id FROM alliance_events e JOIN alliances a ON a.id = e.alliance_id JOIN sources s ON s.code IN ('R180', 'R181', 'R182', 'R186', 'R187', 'R188')
WHERE a.code = 'csto' AND e.title_en = 'Parliamentary Assembly of the CSTO established';

-- PA CSTO: Volodin becomes chairman
INSERT INTO alliance_events (alliance_id, kind, title_en, start_date, date_precision, end_date, place, description, quantity, quantity_unit, verification)
SELECT a.id, 'APPOINTMENT', 'PA CSTO: Volodin becomes chairman', DATE '2016-11-24', 'DAY', NULL, NULL,
       'Volodin chairs the Parliamentary Assembly of the CSTO from 24 Nov 2016; he was re-elected on 5 Nov 2019 (separate record).',
       NULL, NULL, 'VERIFIED'
FROM alliances a WHERE a.code = 'csto';
INSERT INTO alliance_event_sources (alliance_event_id, source_id)
SELECT e.id, s.id FROM alliance_events e JOIN alliances a ON a.id = e.alliance_id JOIN sources s ON s.code IN ('R180', 'R186', 'R187')
WHERE a.code = 'csto' AND e.title_en = 'PA CSTO: Volodin becomes chairman';
INSERT INTO alliance_event_participants (event_id, member_state_id, role)
SELECT e.id, m.id, 'Nationality of the PA chairman' FROM alliance_events e JOIN alliances a ON a.id = e.alliance_id JOIN member_states m ON m.iso3 = 'RUS'
WHERE a.code = 'csto' AND e.title_en = 'PA CSTO: Volodin becomes chairman';

-- PA CSTO: Volodin re-elected chairman
INSERT INTO alliance_events (alliance_id, kind, title_en, start_date, date_precision, end_date, place, description, quantity, quantity_unit, verification)
SELECT a.id, 'APPOINTMENT', 'PA CSTO: Volodin re-elected chairman', DATE '2019-11-05', 'DAY', NULL, NULL,
       'Volodin was re-elected chairman of the Parliamentary Assembly of the CSTO for a further term.',
       NULL, NULL, 'VERIFIED'
FROM alliances a WHERE a.code = 'csto';
INSERT INTO alliance_event_sources (alliance_event_id, source_id)
SELECT e.id, s.id FROM alliance_events e JOIN alliances a ON a.id = e.alliance_id JOIN sources s ON s.code IN ('R180', 'R186', 'R187')
WHERE a.code = 'csto' AND e.title_en = 'PA CSTO: Volodin re-elected chairman';
INSERT INTO alliance_event_participants (event_id, member_state_id, role)
SELECT e.id, m.id, 'Nationality of the PA chairman' FROM alliance_events e JOIN alliances a ON a.id = e.alliance_id JOIN member_states m ON m.iso3 = 'RUS'
WHERE a.code = 'csto' AND e.title_en = 'PA CSTO: Volodin re-elected chairman';

-- PA CSTO: observer status granted (2013)
INSERT INTO alliance_events (alliance_id, kind, title_en, start_date, date_precision, end_date, place, description, quantity, quantity_unit, verification)
SELECT a.id, 'OTHER', 'PA CSTO: observer status granted (2013)', DATE '2013-01-01', 'YEAR', NULL, NULL,
       'The Parliamentary Assembly granted observer status to the lower house of Serbia''s parliament (the National Assembly), the lower house of Afghanistan''s parliament (the Wolesi Jirga) and the Parliamentary Assembly of the Union State of Belarus and Russia. These are observers at the PA CSTO, not at the CSTO itself. Serbia was still described as a permanent observer in Dec 2025; Afghanistan''s status after Aug 2021 is unverified.',
       NULL, NULL, 'VERIFIED'
FROM alliances a WHERE a.code = 'csto';
INSERT INTO alliance_event_sources (alliance_event_id, source_id)
SELECT e.id, s.id FROM alliance_events e JOIN alliances a ON a.id = e.alliance_id JOIN sources s ON s.code IN ('R183', 'R79', 'R184', 'R185')
WHERE a.code = 'csto' AND e.title_en = 'PA CSTO: observer status granted (2013)';
INSERT INTO alliance_event_participants (event_id, member_state_id, role)
SELECT e.id, m.id, 'National Assembly (lower house) became an observer at the PA CSTO' FROM alliance_events e JOIN alliances a ON a.id = e.alliance_id JOIN member_states m ON m.iso3 = 'SRB'
WHERE a.code = 'csto' AND e.title_en = 'PA CSTO: observer status granted (2013)';
INSERT INTO alliance_event_participants (event_id, member_state_id, role)
SELECT e.id, m.id, 'Wolesi Jirga (lower house) became an observer at the PA CSTO' FROM alliance_events e JOIN alliances a ON a.id = e.alliance_id JOIN member_states m ON m.iso3 = 'AFG'
WHERE a.code = 'csto' AND e.title_en = 'PA CSTO: observer status granted (2013)';

-- PA CSTO: parliaments of China, India, Iran, Mongolia and Pakistan invited as observers
INSERT INTO alliance_events (alliance_id, kind, title_en, start_date, date_precision, end_date, place, description, quantity, quantity_unit, verification)
SELECT a.id, 'OTHER', 'PA CSTO: parliaments of China, India, Iran, Mongolia and Pakistan invited as observers', DATE '2014-11-01', 'MONTH', NULL, NULL,
       'In November 2014 the parliaments of China, India, Iran, Mongolia and Pakistan were invited to take part as observers at the Parliamentary Assembly of the CSTO.',
       NULL, NULL, 'VERIFIED'
FROM alliances a WHERE a.code = 'csto';
INSERT INTO alliance_event_sources (alliance_event_id, source_id)
SELECT e.id, s.id FROM alliance_events e JOIN alliances a ON a.id = e.alliance_id JOIN sources s ON s.code IN ('R183', 'R79', 'R184', 'R185')
WHERE a.code = 'csto' AND e.title_en = 'PA CSTO: parliaments of China, India, Iran, Mongolia and Pakistan invited as observers';
INSERT INTO alliance_event_participants (event_id, member_state_id, role)
SELECT e.id, m.id, 'Parliament invited as an observer at the PA CSTO' FROM alliance_events e JOIN alliances a ON a.id = e.alliance_id JOIN member_states m ON m.iso3 = 'CHN'
WHERE a.code = 'csto' AND e.title_en = 'PA CSTO: parliaments of China, India, Iran, Mongolia and Pakistan invited as observers';
INSERT INTO alliance_event_participants (event_id, member_state_id, role)
SELECT e.id, m.id, 'Parliament invited as an observer at the PA CSTO' FROM alliance_events e JOIN alliances a ON a.id = e.alliance_id JOIN member_states m ON m.iso3 = 'IND'
WHERE a.code = 'csto' AND e.title_en = 'PA CSTO: parliaments of China, India, Iran, Mongolia and Pakistan invited as observers';
INSERT INTO alliance_event_participants (event_id, member_state_id, role)
SELECT e.id, m.id, 'Parliament invited as an observer at the PA CSTO' FROM alliance_events e JOIN alliances a ON a.id = e.alliance_id JOIN member_states m ON m.iso3 = 'IRN'
WHERE a.code = 'csto' AND e.title_en = 'PA CSTO: parliaments of China, India, Iran, Mongolia and Pakistan invited as observers';
INSERT INTO alliance_event_participants (event_id, member_state_id, role)
SELECT e.id, m.id, 'Parliament invited as an observer at the PA CSTO' FROM alliance_events e JOIN alliances a ON a.id = e.alliance_id JOIN member_states m ON m.iso3 = 'MNG'
WHERE a.code = 'csto' AND e.title_en = 'PA CSTO: parliaments of China, India, Iran, Mongolia and Pakistan invited as observers';
INSERT INTO alliance_event_participants (event_id, member_state_id, role)
SELECT e.id, m.id, 'Parliament invited as an observer at the PA CSTO' FROM alliance_events e JOIN alliances a ON a.id = e.alliance_id JOIN member_states m ON m.iso3 = 'PAK'
WHERE a.code = 'csto' AND e.title_en = 'PA CSTO: parliaments of China, India, Iran, Mongolia and Pakistan invited as observers';

-- UN General Assembly resolution on UN-CSTO cooperation (77th session)
INSERT INTO alliance_events (alliance_id, kind, title_en, start_date, date_precision, end_date, place, description, quantity, quantity_unit, verification)
SELECT a.id, 'OTHER', 'UN General Assembly resolution on UN-CSTO cooperation (77th session)', DATE '2022-01-01', 'YEAR', NULL, 'New York, United States',
       'At its 77th session, in 2022, the UN General Assembly adopted its biennial resolution on cooperation between the United Nations and the CSTO, only by recorded vote after objections from Ukraine and the EU. The exact day is unverified, so it is not recorded as a document.',
       NULL, NULL, 'VERIFIED'
FROM alliances a WHERE a.code = 'csto';
INSERT INTO alliance_event_sources (alliance_event_id, source_id)
SELECT e.id, s.id FROM alliance_events e JOIN alliances a ON a.id = e.alliance_id JOIN sources s ON s.code IN ('R152')
WHERE a.code = 'csto' AND e.title_en = 'UN General Assembly resolution on UN-CSTO cooperation (77th session)';
INSERT INTO alliance_event_participants (event_id, member_state_id, role)
SELECT e.id, m.id, 'Objected; the resolution went to a recorded vote' FROM alliance_events e JOIN alliances a ON a.id = e.alliance_id JOIN member_states m ON m.iso3 = 'UKR'
WHERE a.code = 'csto' AND e.title_en = 'UN General Assembly resolution on UN-CSTO cooperation (77th session)';

-- UN General Assembly resolution on UN-CSTO cooperation (2024)
INSERT INTO alliance_events (alliance_id, kind, title_en, start_date, date_precision, end_date, place, description, quantity, quantity_unit, verification)
SELECT a.id, 'OTHER', 'UN General Assembly resolution on UN-CSTO cooperation (2024)', DATE '2024-11-01', 'MONTH', NULL, 'New York, United States',
       'In November 2024 the UN General Assembly adopted its biennial resolution on cooperation between the United Nations and the CSTO by 67 votes in favour, 8 against and 69 abstentions (reported 19 Nov 2024). The exact day of adoption is unverified, so it is not recorded as a document.',
       NULL, NULL, 'VERIFIED'
FROM alliances a WHERE a.code = 'csto';
INSERT INTO alliance_event_sources (alliance_event_id, source_id)
SELECT e.id, s.id FROM alliance_events e JOIN alliances a ON a.id = e.alliance_id JOIN sources s ON s.code IN ('R229')
WHERE a.code = 'csto' AND e.title_en = 'UN General Assembly resolution on UN-CSTO cooperation (2024)';

-- Armenia: Pashinyan declines to sign the Yerevan declaration
INSERT INTO alliance_events (alliance_id, kind, title_en, start_date, date_precision, end_date, place, description, quantity, quantity_unit, verification)
SELECT a.id, 'STATEMENT', 'Armenia: Pashinyan declines to sign the Yerevan declaration', DATE '2022-11-23', 'DAY', NULL, 'Yerevan, Armenia',
       'At the Collective Security Council session in Yerevan, chaired by Armenia, Prime Minister Pashinyan refused to sign the final declaration.',
       NULL, NULL, 'VERIFIED'
FROM alliances a WHERE a.code = 'csto';
INSERT INTO alliance_event_sources (alliance_event_id, source_id)
SELECT e.id, s.id FROM alliance_events e JOIN alliances a ON a.id = e.alliance_id JOIN sources s ON s.code IN ('R74', 'R227', 'R227b')
WHERE a.code = 'csto' AND e.title_en = 'Armenia: Pashinyan declines to sign the Yerevan declaration';
INSERT INTO alliance_event_participants (event_id, member_state_id, role)
SELECT e.id, m.id, 'Chair state; Prime Minister Pashinyan refused to sign' FROM alliance_events e JOIN alliances a ON a.id = e.alliance_id JOIN member_states m ON m.iso3 = 'ARM'
WHERE a.code = 'csto' AND e.title_en = 'Armenia: Pashinyan declines to sign the Yerevan declaration';

-- Armenia: declines to host the 2023 CSTO exercise
INSERT INTO alliance_events (alliance_id, kind, title_en, start_date, date_precision, end_date, place, description, quantity, quantity_unit, verification)
SELECT a.id, 'OTHER', 'Armenia: declines to host the 2023 CSTO exercise', DATE '2023-01-01', 'YEAR', NULL, NULL,
       'In early 2023 Armenia declined to host the CSTO exercise planned on its territory for 2023 and did not fill its quota post of Deputy Secretary General. The exact date is unverified.',
       NULL, NULL, 'VERIFIED'
FROM alliances a WHERE a.code = 'csto';
INSERT INTO alliance_event_sources (alliance_event_id, source_id)
SELECT e.id, s.id FROM alliance_events e JOIN alliances a ON a.id = e.alliance_id JOIN sources s ON s.code IN ('R55')
WHERE a.code = 'csto' AND e.title_en = 'Armenia: declines to host the 2023 CSTO exercise';
INSERT INTO alliance_event_participants (event_id, member_state_id, role)
SELECT e.id, m.id, 'Declined to host; left its Deputy Secretary General quota unfilled' FROM alliance_events e JOIN alliances a ON a.id = e.alliance_id JOIN member_states m ON m.iso3 = 'ARM'
WHERE a.code = 'csto' AND e.title_en = 'Armenia: declines to host the 2023 CSTO exercise';

-- Armenia: permanent representative recalled
INSERT INTO alliance_events (alliance_id, kind, title_en, start_date, date_precision, end_date, place, description, quantity, quantity_unit, verification)
SELECT a.id, 'OTHER', 'Armenia: permanent representative recalled', DATE '2023-09-01', 'MONTH', NULL, NULL,
       'In September 2023 Armenia recalled its permanent representative to the CSTO, Viktor Biyagov, and named no replacement.',
       NULL, NULL, 'VERIFIED'
FROM alliances a WHERE a.code = 'csto';
INSERT INTO alliance_event_sources (alliance_event_id, source_id)
SELECT e.id, s.id FROM alliance_events e JOIN alliances a ON a.id = e.alliance_id JOIN sources s ON s.code IN ('R55', 'R56')
WHERE a.code = 'csto' AND e.title_en = 'Armenia: permanent representative recalled';
INSERT INTO alliance_event_participants (event_id, member_state_id, role)
SELECT e.id, m.id, 'Recalled its permanent representative' FROM alliance_events e JOIN alliances a ON a.id = e.alliance_id JOIN member_states m ON m.iso3 = 'ARM'
WHERE a.code = 'csto' AND e.title_en = 'Armenia: permanent representative recalled';

-- Armenia: Pashinyan boycotts the Minsk CSC session
INSERT INTO alliance_events (alliance_id, kind, title_en, start_date, date_precision, end_date, place, description, quantity, quantity_unit, verification)
SELECT a.id, 'OTHER', 'Armenia: Pashinyan boycotts the Minsk CSC session', DATE '2023-11-23', 'DAY', NULL, 'Minsk, Belarus',
       'Prime Minister Pashinyan stayed away from the Collective Security Council session in Minsk.',
       NULL, NULL, 'VERIFIED'
FROM alliances a WHERE a.code = 'csto';
INSERT INTO alliance_event_sources (alliance_event_id, source_id)
SELECT e.id, s.id FROM alliance_events e JOIN alliances a ON a.id = e.alliance_id JOIN sources s ON s.code IN ('R55', 'R75')
WHERE a.code = 'csto' AND e.title_en = 'Armenia: Pashinyan boycotts the Minsk CSC session';
INSERT INTO alliance_event_participants (event_id, member_state_id, role)
SELECT e.id, m.id, 'Absent' FROM alliance_events e JOIN alliances a ON a.id = e.alliance_id JOIN member_states m ON m.iso3 = 'ARM'
WHERE a.code = 'csto' AND e.title_en = 'Armenia: Pashinyan boycotts the Minsk CSC session';

-- Armenia: participation declared frozen
INSERT INTO alliance_events (alliance_id, kind, title_en, start_date, date_precision, end_date, place, description, quantity, quantity_unit, verification)
SELECT a.id, 'STATEMENT', 'Armenia: participation declared frozen', DATE '2024-02-22', 'DAY', NULL, NULL,
       'In a France 24 interview broadcast on 22 Feb 2024 (reported 23 Feb), Prime Minister Pashinyan said Armenia had in practical terms frozen its participation in the CSTO. The freeze is a political posture, not a status in CSTO law: Armenia remains a full member.',
       NULL, NULL, 'VERIFIED'
FROM alliances a WHERE a.code = 'csto';
INSERT INTO alliance_event_sources (alliance_event_id, source_id)
SELECT e.id, s.id FROM alliance_events e JOIN alliances a ON a.id = e.alliance_id JOIN sources s ON s.code IN ('R34', 'R35', 'R36')
WHERE a.code = 'csto' AND e.title_en = 'Armenia: participation declared frozen';
INSERT INTO alliance_event_participants (event_id, member_state_id, role)
SELECT e.id, m.id, 'Prime Minister Pashinyan' FROM alliance_events e JOIN alliances a ON a.id = e.alliance_id JOIN member_states m ON m.iso3 = 'ARM'
WHERE a.code = 'csto' AND e.title_en = 'Armenia: participation declared frozen';

-- CSTO Secretariat: no notice received from Armenia
INSERT INTO alliance_events (alliance_id, kind, title_en, start_date, date_precision, end_date, place, description, quantity, quantity_unit, verification)
SELECT a.id, 'STATEMENT', 'CSTO Secretariat: no notice received from Armenia', DATE '2024-02-23', 'DAY', NULL, NULL,
       'The CSTO Secretariat said it had received no notice from Yerevan on suspending or ending its participation.',
       NULL, NULL, 'VERIFIED'
FROM alliances a WHERE a.code = 'csto';
INSERT INTO alliance_event_sources (alliance_event_id, source_id)
SELECT e.id, s.id FROM alliance_events e JOIN alliances a ON a.id = e.alliance_id JOIN sources s ON s.code IN ('R37')
WHERE a.code = 'csto' AND e.title_en = 'CSTO Secretariat: no notice received from Armenia';
INSERT INTO alliance_event_participants (event_id, member_state_id, role)
SELECT e.id, m.id, 'Subject of the statement' FROM alliance_events e JOIN alliances a ON a.id = e.alliance_id JOIN member_states m ON m.iso3 = 'ARM'
WHERE a.code = 'csto' AND e.title_en = 'CSTO Secretariat: no notice received from Armenia';

-- Armenia: Pashinyan on a de jure freeze
INSERT INTO alliance_events (alliance_id, kind, title_en, start_date, date_precision, end_date, place, description, quantity, quantity_unit, verification)
SELECT a.id, 'STATEMENT', 'Armenia: Pashinyan on a de jure freeze', DATE '2024-01-01', 'YEAR', NULL, NULL,
       'In 2024 (exact date unverified) Prime Minister Pashinyan told parliament that participation was frozen de facto and would be frozen de jure as well if the process continued. One source.',
       NULL, NULL, 'SINGLE_SOURCE'
FROM alliances a WHERE a.code = 'csto';
INSERT INTO alliance_event_sources (alliance_event_id, source_id)
SELECT e.id, s.id FROM alliance_events e JOIN alliances a ON a.id = e.alliance_id JOIN sources s ON s.code IN ('R54')
WHERE a.code = 'csto' AND e.title_en = 'Armenia: Pashinyan on a de jure freeze';
INSERT INTO alliance_event_participants (event_id, member_state_id, role)
SELECT e.id, m.id, 'Prime Minister Pashinyan' FROM alliance_events e JOIN alliances a ON a.id = e.alliance_id JOIN member_states m ON m.iso3 = 'ARM'
WHERE a.code = 'csto' AND e.title_en = 'Armenia: Pashinyan on a de jure freeze';

-- Armenia: will not finance the CSTO
INSERT INTO alliance_events (alliance_id, kind, title_en, start_date, date_precision, end_date, place, description, quantity, quantity_unit, verification)
SELECT a.id, 'STATEMENT', 'Armenia: will not finance the CSTO', DATE '2024-05-08', 'DAY', NULL, NULL,
       'Foreign Ministry spokeswoman Ani Badalyan said Armenia would not join the Collective Security Council decision of 23 Nov 2023 on the CSTO budget for 2024 and would not finance the Organization, while not objecting to its adoption by the others in a limited format.',
       NULL, NULL, 'VERIFIED'
FROM alliances a WHERE a.code = 'csto';
INSERT INTO alliance_event_sources (alliance_event_id, source_id)
SELECT e.id, s.id FROM alliance_events e JOIN alliances a ON a.id = e.alliance_id JOIN sources s ON s.code IN ('R38', 'R39')
WHERE a.code = 'csto' AND e.title_en = 'Armenia: will not finance the CSTO';
INSERT INTO alliance_event_participants (event_id, member_state_id, role)
SELECT e.id, m.id, 'Foreign Ministry (spokeswoman Ani Badalyan)' FROM alliance_events e JOIN alliances a ON a.id = e.alliance_id JOIN member_states m ON m.iso3 = 'ARM'
WHERE a.code = 'csto' AND e.title_en = 'Armenia: will not finance the CSTO';

-- Armenia: Pashinyan says Armenia will leave
INSERT INTO alliance_events (alliance_id, kind, title_en, start_date, date_precision, end_date, place, description, quantity, quantity_unit, verification)
SELECT a.id, 'STATEMENT', 'Armenia: Pashinyan says Armenia will leave', DATE '2024-06-12', 'DAY', NULL, NULL,
       'Prime Minister Pashinyan told parliament that Armenia would leave the CSTO and would decide when; Foreign Minister Mirzoyan said no withdrawal had been announced yet.',
       NULL, NULL, 'VERIFIED'
FROM alliances a WHERE a.code = 'csto';
INSERT INTO alliance_event_sources (alliance_event_id, source_id)
SELECT e.id, s.id FROM alliance_events e JOIN alliances a ON a.id = e.alliance_id JOIN sources s ON s.code IN ('R40', 'R41', 'R53')
WHERE a.code = 'csto' AND e.title_en = 'Armenia: Pashinyan says Armenia will leave';
INSERT INTO alliance_event_participants (event_id, member_state_id, role)
SELECT e.id, m.id, 'Prime Minister Pashinyan; Foreign Minister Mirzoyan' FROM alliance_events e JOIN alliances a ON a.id = e.alliance_id JOIN member_states m ON m.iso3 = 'ARM'
WHERE a.code = 'csto' AND e.title_en = 'Armenia: Pashinyan says Armenia will leave';

-- Armenia: absent from the Astana CSC session
INSERT INTO alliance_events (alliance_id, kind, title_en, start_date, date_precision, end_date, place, description, quantity, quantity_unit, verification)
SELECT a.id, 'OTHER', 'Armenia: absent from the Astana CSC session', DATE '2024-11-28', 'DAY', NULL, 'Astana, Kazakhstan',
       'Armenia did not attend the Collective Security Council session in Astana.',
       NULL, NULL, 'VERIFIED'
FROM alliances a WHERE a.code = 'csto';
INSERT INTO alliance_event_sources (alliance_event_id, source_id)
SELECT e.id, s.id FROM alliance_events e JOIN alliances a ON a.id = e.alliance_id JOIN sources s ON s.code IN ('R66')
WHERE a.code = 'csto' AND e.title_en = 'Armenia: absent from the Astana CSC session';
INSERT INTO alliance_event_participants (event_id, member_state_id, role)
SELECT e.id, m.id, 'Absent' FROM alliance_events e JOIN alliances a ON a.id = e.alliance_id JOIN member_states m ON m.iso3 = 'ARM'
WHERE a.code = 'csto' AND e.title_en = 'Armenia: absent from the Astana CSC session';

-- Armenia: "we already consider ourselves outside the CSTO"
INSERT INTO alliance_events (alliance_id, kind, title_en, start_date, date_precision, end_date, place, description, quantity, quantity_unit, verification)
SELECT a.id, 'STATEMENT', 'Armenia: "we already consider ourselves outside the CSTO"', DATE '2024-12-04', 'DAY', NULL, NULL,
       'Prime Minister Pashinyan said Armenia already considered itself outside the CSTO and that the point of no return had been passed.',
       NULL, NULL, 'VERIFIED'
FROM alliances a WHERE a.code = 'csto';
INSERT INTO alliance_event_sources (alliance_event_id, source_id)
SELECT e.id, s.id FROM alliance_events e JOIN alliances a ON a.id = e.alliance_id JOIN sources s ON s.code IN ('R42')
WHERE a.code = 'csto' AND e.title_en = 'Armenia: "we already consider ourselves outside the CSTO"';
INSERT INTO alliance_event_participants (event_id, member_state_id, role)
SELECT e.id, m.id, 'Prime Minister Pashinyan' FROM alliance_events e JOIN alliances a ON a.id = e.alliance_id JOIN member_states m ON m.iso3 = 'ARM'
WHERE a.code = 'csto' AND e.title_en = 'Armenia: "we already consider ourselves outside the CSTO"';

-- Armenia: formal notice on the 2024 budget decision
INSERT INTO alliance_events (alliance_id, kind, title_en, start_date, date_precision, end_date, place, description, quantity, quantity_unit, verification)
SELECT a.id, 'OTHER', 'Armenia: formal notice on the 2024 budget decision', DATE '2025-03-31', 'DAY', NULL, NULL,
       'Armenia''s Foreign Ministry formally notified the CSTO Secretariat that it refrains from the 2024 budget decision and from financing it.',
       NULL, NULL, 'VERIFIED'
FROM alliances a WHERE a.code = 'csto';
INSERT INTO alliance_event_sources (alliance_event_id, source_id)
SELECT e.id, s.id FROM alliance_events e JOIN alliances a ON a.id = e.alliance_id JOIN sources s ON s.code IN ('R46')
WHERE a.code = 'csto' AND e.title_en = 'Armenia: formal notice on the 2024 budget decision';
INSERT INTO alliance_event_participants (event_id, member_state_id, role)
SELECT e.id, m.id, 'Foreign Ministry notified the Secretariat' FROM alliance_events e JOIN alliances a ON a.id = e.alliance_id JOIN member_states m ON m.iso3 = 'ARM'
WHERE a.code = 'csto' AND e.title_en = 'Armenia: formal notice on the 2024 budget decision';

-- Armenia: leaving more likely than unfreezing
INSERT INTO alliance_events (alliance_id, kind, title_en, start_date, date_precision, end_date, place, description, quantity, quantity_unit, verification)
SELECT a.id, 'STATEMENT', 'Armenia: leaving more likely than unfreezing', DATE '2025-07-01', 'MONTH', NULL, NULL,
       'In July 2025 Prime Minister Pashinyan said Armenia was more likely to leave the CSTO than to unfreeze its participation.',
       NULL, NULL, 'VERIFIED'
FROM alliances a WHERE a.code = 'csto';
INSERT INTO alliance_event_sources (alliance_event_id, source_id)
SELECT e.id, s.id FROM alliance_events e JOIN alliances a ON a.id = e.alliance_id JOIN sources s ON s.code IN ('R47')
WHERE a.code = 'csto' AND e.title_en = 'Armenia: leaving more likely than unfreezing';
INSERT INTO alliance_event_participants (event_id, member_state_id, role)
SELECT e.id, m.id, 'Prime Minister Pashinyan' FROM alliance_events e JOIN alliances a ON a.id = e.alliance_id JOIN member_states m ON m.iso3 = 'ARM'
WHERE a.code = 'csto' AND e.title_en = 'Armenia: leaving more likely than unfreezing';

-- Armenia: Pashinyan calls the CSTO security system a "bubble"
INSERT INTO alliance_events (alliance_id, kind, title_en, start_date, date_precision, end_date, place, description, quantity, quantity_unit, verification)
SELECT a.id, 'STATEMENT', 'Armenia: Pashinyan calls the CSTO security system a "bubble"', DATE '2025-10-01', 'DAY', NULL, NULL,
       'Prime Minister Pashinyan described the CSTO security system as a "bubble".',
       NULL, NULL, 'VERIFIED'
FROM alliances a WHERE a.code = 'csto';
INSERT INTO alliance_event_sources (alliance_event_id, source_id)
SELECT e.id, s.id FROM alliance_events e JOIN alliances a ON a.id = e.alliance_id JOIN sources s ON s.code IN ('R51')
WHERE a.code = 'csto' AND e.title_en = 'Armenia: Pashinyan calls the CSTO security system a "bubble"';
INSERT INTO alliance_event_participants (event_id, member_state_id, role)
SELECT e.id, m.id, 'Prime Minister Pashinyan' FROM alliance_events e JOIN alliances a ON a.id = e.alliance_id JOIN member_states m ON m.iso3 = 'ARM'
WHERE a.code = 'csto' AND e.title_en = 'Armenia: Pashinyan calls the CSTO security system a "bubble"';

-- Armenia: absent from the Bishkek CSC session
INSERT INTO alliance_events (alliance_id, kind, title_en, start_date, date_precision, end_date, place, description, quantity, quantity_unit, verification)
SELECT a.id, 'OTHER', 'Armenia: absent from the Bishkek CSC session', DATE '2025-11-26', 'DAY', DATE '2025-11-27', 'Bishkek, Kyrgyzstan',
       'Armenia did not attend the Collective Security Council meetings in Bishkek. Deputy Foreign Minister Safaryan said leaving was not on the ministry''s agenda at this stage; Speaker Simonyan said Armenia had in fact left.',
       NULL, NULL, 'VERIFIED'
FROM alliances a WHERE a.code = 'csto';
INSERT INTO alliance_event_sources (alliance_event_id, source_id)
SELECT e.id, s.id FROM alliance_events e JOIN alliances a ON a.id = e.alliance_id JOIN sources s ON s.code IN ('R47', 'R50')
WHERE a.code = 'csto' AND e.title_en = 'Armenia: absent from the Bishkek CSC session';
INSERT INTO alliance_event_participants (event_id, member_state_id, role)
SELECT e.id, m.id, 'Absent; Deputy Foreign Minister Safaryan and Speaker Simonyan commented' FROM alliance_events e JOIN alliances a ON a.id = e.alliance_id JOIN member_states m ON m.iso3 = 'ARM'
WHERE a.code = 'csto' AND e.title_en = 'Armenia: absent from the Bishkek CSC session';

-- Russian MFA: Armenia remains a full member
INSERT INTO alliance_events (alliance_id, kind, title_en, start_date, date_precision, end_date, place, description, quantity, quantity_unit, verification)
SELECT a.id, 'STATEMENT', 'Russian MFA: Armenia remains a full member', DATE '2025-12-01', 'MONTH', NULL, NULL,
       'In December 2025 Russian Foreign Ministry spokeswoman Zakharova said Armenia remained a full CSTO member, that a "freeze" has no basis in CSTO law, and that sanctions for two years of budget arrears were possible.',
       NULL, NULL, 'VERIFIED'
FROM alliances a WHERE a.code = 'csto';
INSERT INTO alliance_event_sources (alliance_event_id, source_id)
SELECT e.id, s.id FROM alliance_events e JOIN alliances a ON a.id = e.alliance_id JOIN sources s ON s.code IN ('R44')
WHERE a.code = 'csto' AND e.title_en = 'Russian MFA: Armenia remains a full member';
INSERT INTO alliance_event_participants (event_id, member_state_id, role)
SELECT e.id, m.id, 'Subject of the statement' FROM alliance_events e JOIN alliances a ON a.id = e.alliance_id JOIN member_states m ON m.iso3 = 'ARM'
WHERE a.code = 'csto' AND e.title_en = 'Russian MFA: Armenia remains a full member';
INSERT INTO alliance_event_participants (event_id, member_state_id, role)
SELECT e.id, m.id, 'Foreign Ministry spokeswoman Zakharova' FROM alliance_events e JOIN alliances a ON a.id = e.alliance_id JOIN member_states m ON m.iso3 = 'RUS'
WHERE a.code = 'csto' AND e.title_en = 'Russian MFA: Armenia remains a full member';

-- Armenia: intelligence service sees unfreezing in 2026 as unlikely
INSERT INTO alliance_events (alliance_id, kind, title_en, start_date, date_precision, end_date, place, description, quantity, quantity_unit, verification)
SELECT a.id, 'STATEMENT', 'Armenia: intelligence service sees unfreezing in 2026 as unlikely', DATE '2026-01-18', 'DAY', DATE '2026-01-20', NULL,
       'The annual report of Armenia''s Foreign Intelligence Service, published and reported between 18 and 20 Jan 2026, judged an unfreezing of Armenia''s CSTO participation in 2026 unlikely. No formal withdrawal notice, suspension or exclusion was found up to about February 2026.',
       NULL, NULL, 'VERIFIED'
FROM alliances a WHERE a.code = 'csto';
INSERT INTO alliance_event_sources (alliance_event_id, source_id)
SELECT e.id, s.id FROM alliance_events e JOIN alliances a ON a.id = e.alliance_id JOIN sources s ON s.code IN ('R48', 'R49')
WHERE a.code = 'csto' AND e.title_en = 'Armenia: intelligence service sees unfreezing in 2026 as unlikely';
INSERT INTO alliance_event_participants (event_id, member_state_id, role)
SELECT e.id, m.id, 'Foreign Intelligence Service' FROM alliance_events e JOIN alliances a ON a.id = e.alliance_id JOIN member_states m ON m.iso3 = 'ARM'
WHERE a.code = 'csto' AND e.title_en = 'Armenia: intelligence service sees unfreezing in 2026 as unlikely';

-- Central Asian members: risk of destabilisation from Afghanistan
INSERT INTO alliance_events (alliance_id, kind, title_en, start_date, date_precision, end_date, place, description, quantity, quantity_unit, verification)
SELECT a.id, 'STATEMENT', 'Central Asian members: risk of destabilisation from Afghanistan', NULL, 'UNDATED', NULL, NULL,
       'According to the seed article (undated): the CSTO''s Central Asian members face a risk of destabilisation coming from Afghanistan, and forces are deployed in Tajikistan and Kyrgyzstan. The Collective Security Council held an extraordinary session on Afghanistan on 23 Aug 2021 (separate record).',
       NULL, NULL, 'SINGLE_SOURCE'
FROM alliances a WHERE a.code = 'csto';
INSERT INTO alliance_event_sources (alliance_event_id, source_id)
SELECT e.id, s.id FROM alliance_events e JOIN alliances a ON a.id = e.alliance_id JOIN sources s ON s.code IN ('ARTICLE-AR')
WHERE a.code = 'csto' AND e.title_en = 'Central Asian members: risk of destabilisation from Afghanistan';
INSERT INTO alliance_event_participants (event_id, member_state_id, role)
SELECT e.id, m.id, 'Central Asian member' FROM alliance_events e JOIN alliances a ON a.id = e.alliance_id JOIN member_states m ON m.iso3 = 'KAZ'
WHERE a.code = 'csto' AND e.title_en = 'Central Asian members: risk of destabilisation from Afghanistan';
INSERT INTO alliance_event_participants (event_id, member_state_id, role)
SELECT e.id, m.id, 'Central Asian member; forces deployed on its territory' FROM alliance_events e JOIN alliances a ON a.id = e.alliance_id JOIN member_states m ON m.iso3 = 'KGZ'
WHERE a.code = 'csto' AND e.title_en = 'Central Asian members: risk of destabilisation from Afghanistan';
INSERT INTO alliance_event_participants (event_id, member_state_id, role)
SELECT e.id, m.id, 'Central Asian member; forces deployed on its territory' FROM alliance_events e JOIN alliances a ON a.id = e.alliance_id JOIN member_states m ON m.iso3 = 'TJK'
WHERE a.code = 'csto' AND e.title_en = 'Central Asian members: risk of destabilisation from Afghanistan';
INSERT INTO alliance_event_participants (event_id, member_state_id, role)
SELECT e.id, m.id, 'Source of the destabilisation risk' FROM alliance_events e JOIN alliances a ON a.id = e.alliance_id JOIN member_states m ON m.iso3 = 'AFG'
WHERE a.code = 'csto' AND e.title_en = 'Central Asian members: risk of destabilisation from Afghanistan';

-- Belarus: concern over its borders with NATO members
INSERT INTO alliance_events (alliance_id, kind, title_en, start_date, date_precision, end_date, place, description, quantity, quantity_unit, verification)
SELECT a.id, 'STATEMENT', 'Belarus: concern over its borders with NATO members', NULL, 'UNDATED', NULL, NULL,
       'According to the seed article (undated): Belarus is far more concerned with its borders with the NATO members Poland, Lithuania and Latvia.',
       NULL, NULL, 'SINGLE_SOURCE'
FROM alliances a WHERE a.code = 'csto';
INSERT INTO alliance_event_sources (alliance_event_id, source_id)
SELECT e.id, s.id FROM alliance_events e JOIN alliances a ON a.id = e.alliance_id JOIN sources s ON s.code IN ('ARTICLE-AR')
WHERE a.code = 'csto' AND e.title_en = 'Belarus: concern over its borders with NATO members';
INSERT INTO alliance_event_participants (event_id, member_state_id, role)
SELECT e.id, m.id, 'Member state concerned' FROM alliance_events e JOIN alliances a ON a.id = e.alliance_id JOIN member_states m ON m.iso3 = 'BLR'
WHERE a.code = 'csto' AND e.title_en = 'Belarus: concern over its borders with NATO members';
INSERT INTO alliance_event_participants (event_id, member_state_id, role)
SELECT e.id, m.id, 'Neighbouring NATO member' FROM alliance_events e JOIN alliances a ON a.id = e.alliance_id JOIN member_states m ON m.iso3 = 'POL'
WHERE a.code = 'csto' AND e.title_en = 'Belarus: concern over its borders with NATO members';
INSERT INTO alliance_event_participants (event_id, member_state_id, role)
SELECT e.id, m.id, 'Neighbouring NATO member' FROM alliance_events e JOIN alliances a ON a.id = e.alliance_id JOIN member_states m ON m.iso3 = 'LTU'
WHERE a.code = 'csto' AND e.title_en = 'Belarus: concern over its borders with NATO members';
INSERT INTO alliance_event_participants (event_id, member_state_id, role)
SELECT e.id, m.id, 'Neighbouring NATO member' FROM alliance_events e JOIN alliances a ON a.id = e.alliance_id JOIN member_states m ON m.iso3 = 'LVA'
WHERE a.code = 'csto' AND e.title_en = 'Belarus: concern over its borders with NATO members';

-- Armenia: absorbed by its conflict with Azerbaijan
INSERT INTO alliance_events (alliance_id, kind, title_en, start_date, date_precision, end_date, place, description, quantity, quantity_unit, verification)
SELECT a.id, 'STATEMENT', 'Armenia: absorbed by its conflict with Azerbaijan', NULL, 'UNDATED', NULL, NULL,
       'According to the seed article (undated): Armenia''s attention is taken up by its conflict with Azerbaijan.',
       NULL, NULL, 'SINGLE_SOURCE'
FROM alliances a WHERE a.code = 'csto';
INSERT INTO alliance_event_sources (alliance_event_id, source_id)
SELECT e.id, s.id FROM alliance_events e JOIN alliances a ON a.id = e.alliance_id JOIN sources s ON s.code IN ('ARTICLE-AR')
WHERE a.code = 'csto' AND e.title_en = 'Armenia: absorbed by its conflict with Azerbaijan';
INSERT INTO alliance_event_participants (event_id, member_state_id, role)
SELECT e.id, m.id, 'Member state' FROM alliance_events e JOIN alliances a ON a.id = e.alliance_id JOIN member_states m ON m.iso3 = 'ARM'
WHERE a.code = 'csto' AND e.title_en = 'Armenia: absorbed by its conflict with Azerbaijan';
INSERT INTO alliance_event_participants (event_id, member_state_id, role)
SELECT e.id, m.id, 'Other party to the conflict' FROM alliance_events e JOIN alliances a ON a.id = e.alliance_id JOIN member_states m ON m.iso3 = 'AZE'
WHERE a.code = 'csto' AND e.title_en = 'Armenia: absorbed by its conflict with Azerbaijan';

-- 2020 Nagorno-Karabakh war: 6,500 deaths
INSERT INTO alliance_events (alliance_id, kind, title_en, start_date, date_precision, end_date, place, description, quantity, quantity_unit, verification)
SELECT a.id, 'OTHER', '2020 Nagorno-Karabakh war: 6,500 deaths', DATE '2020-01-01', 'YEAR', NULL, 'Nagorno-Karabakh',
       'According to the seed article: the short 2020 war between Armenia and Azerbaijan over Nagorno-Karabakh killed 6,500 people. The article gives only the year.',
       6500, 'deaths', 'SINGLE_SOURCE'
FROM alliances a WHERE a.code = 'csto';
INSERT INTO alliance_event_sources (alliance_event_id, source_id)
SELECT e.id, s.id FROM alliance_events e JOIN alliances a ON a.id = e.alliance_id JOIN sources s ON s.code IN ('ARTICLE-AR')
WHERE a.code = 'csto' AND e.title_en = '2020 Nagorno-Karabakh war: 6,500 deaths';
INSERT INTO alliance_event_participants (event_id, member_state_id, role)
SELECT e.id, m.id, 'Party to the war' FROM alliance_events e JOIN alliances a ON a.id = e.alliance_id JOIN member_states m ON m.iso3 = 'ARM'
WHERE a.code = 'csto' AND e.title_en = '2020 Nagorno-Karabakh war: 6,500 deaths';
INSERT INTO alliance_event_participants (event_id, member_state_id, role)
SELECT e.id, m.id, 'Party to the war' FROM alliance_events e JOIN alliances a ON a.id = e.alliance_id JOIN member_states m ON m.iso3 = 'AZE'
WHERE a.code = 'csto' AND e.title_en = '2020 Nagorno-Karabakh war: 6,500 deaths';

-- Putin: the treaty must be developed and adapted to new threats
INSERT INTO alliance_events (alliance_id, kind, title_en, start_date, date_precision, end_date, place, description, quantity, quantity_unit, verification)
SELECT a.id, 'STATEMENT', 'Putin: the treaty must be developed and adapted to new threats', NULL, 'UNDATED', NULL, NULL,
       'According to the seed article (no date given): President Putin said that, because the world is changing fast, the member states have to develop the treaty that binds them and adapt it to new threats.',
       NULL, NULL, 'SINGLE_SOURCE'
FROM alliances a WHERE a.code = 'csto';
INSERT INTO alliance_event_sources (alliance_event_id, source_id)
SELECT e.id, s.id FROM alliance_events e JOIN alliances a ON a.id = e.alliance_id JOIN sources s ON s.code IN ('ARTICLE-AR')
WHERE a.code = 'csto' AND e.title_en = 'Putin: the treaty must be developed and adapted to new threats';
INSERT INTO alliance_event_participants (event_id, member_state_id, role)
SELECT e.id, m.id, 'President Putin' FROM alliance_events e JOIN alliances a ON a.id = e.alliance_id JOIN member_states m ON m.iso3 = 'RUS'
WHERE a.code = 'csto' AND e.title_en = 'Putin: the treaty must be developed and adapted to new threats';

-- Challenge: a common position against NATO ambitions in Asia
INSERT INTO alliance_events (alliance_id, kind, title_en, start_date, date_precision, end_date, place, description, quantity, quantity_unit, verification)
SELECT a.id, 'STATEMENT', 'Challenge: a common position against NATO ambitions in Asia', NULL, 'UNDATED', NULL, NULL,
       'According to the seed article (undated): among the challenges facing the treaty''s parties is agreeing a common position to counter NATO''s ambitions and contain its aims in Asia, which the article says recalls the rivalry between NATO and the Warsaw Pact in the last century.',
       NULL, NULL, 'SINGLE_SOURCE'
FROM alliances a WHERE a.code = 'csto';
INSERT INTO alliance_event_sources (alliance_event_id, source_id)
SELECT e.id, s.id FROM alliance_events e JOIN alliances a ON a.id = e.alliance_id JOIN sources s ON s.code IN ('ARTICLE-AR')
WHERE a.code = 'csto' AND e.title_en = 'Challenge: a common position against NATO ambitions in Asia';
