-- CSTO documents: treaties, protocols, agreements, decisions, resolutions and their signatories, key provisions and sources.
-- Source of truth: shared/facts/csto-facts.md (sections 1-3 and 7). Codes in sources.code; ARTICLE-AR is the seed article.
-- Russian and Arabic titles stay NULL: no source in the fact sheet gives them. Depends on V1020 (alliance 'csto').
-- Left out: UNGA cooperation resolutions of 2022 and 2024 (no verified adoption day; recorded as events in V1031).

-- Collective Security Treaty (1992-05-15)
INSERT INTO treaty_protocols (alliance_id, kind, title_en, signed_on, signed_place, in_force_on, in_force_note, subject, verification, note)
SELECT a.id, 'TREATY', 'Collective Security Treaty', DATE '1992-05-15', 'Tashkent, Uzbekistan', DATE '1994-04-20', NULL,
       'Mutual-defence treaty of former Soviet republics: aggression against one party is aggression against all (Art. 4); concluded for five years with extension (Art. 11).',
       'VERIFIED',
       'Signed by six states on 15 May 1992; Azerbaijan, Georgia and Belarus signed in 1993. Georgia''s date is best supported as 9 Dec 1993 (two sources; Georgia joined the CIS only in Oct-Dec 1993); two other sources give 9 Sep 1993. The initial term expired on 20 Apr 1999; Azerbaijan, Georgia and Uzbekistan did not sign the 1999 extension protocol and their participation ended then (non-renewal, not denunciation). Registered with the UN Secretariat on 1 Nov 1995 (one source, R12). The consolidated Russian text treats the protocols of 24 Dec 1993 and 2 Apr 1999 as integral parts of the Treaty (R13). Amended by a protocol of 10 Dec 2010.'
FROM alliances a WHERE a.code = 'csto';
INSERT INTO treaty_protocol_sources (treaty_protocol_id, source_id)
SELECT p.id, s.id FROM treaty_protocols p JOIN alliances a ON a.id = p.alliance_id JOIN sources s ON s.code IN ('R1', 'R2', 'R4a', 'R4b', 'R5', 'R6', 'R10', 'R12', 'R13', 'R14', 'R15', 'R218')
WHERE a.code = 'csto' AND p.title_en = 'Collective Security Treaty' AND p.signed_on = DATE '1992-05-15';
INSERT INTO protocol_signatories (protocol_id, member_state_id, signed_on, ratified_on, note)
SELECT p.id, m.id, DATE '1992-05-15', NULL, 'Original signatory' FROM treaty_protocols p JOIN alliances a ON a.id = p.alliance_id JOIN member_states m ON m.iso3 = 'ARM'
WHERE a.code = 'csto' AND p.title_en = 'Collective Security Treaty' AND p.signed_on = DATE '1992-05-15';
INSERT INTO protocol_signatories (protocol_id, member_state_id, signed_on, ratified_on, note)
SELECT p.id, m.id, DATE '1992-05-15', NULL, 'Original signatory' FROM treaty_protocols p JOIN alliances a ON a.id = p.alliance_id JOIN member_states m ON m.iso3 = 'KAZ'
WHERE a.code = 'csto' AND p.title_en = 'Collective Security Treaty' AND p.signed_on = DATE '1992-05-15';
INSERT INTO protocol_signatories (protocol_id, member_state_id, signed_on, ratified_on, note)
SELECT p.id, m.id, DATE '1992-05-15', NULL, 'Original signatory' FROM treaty_protocols p JOIN alliances a ON a.id = p.alliance_id JOIN member_states m ON m.iso3 = 'KGZ'
WHERE a.code = 'csto' AND p.title_en = 'Collective Security Treaty' AND p.signed_on = DATE '1992-05-15';
INSERT INTO protocol_signatories (protocol_id, member_state_id, signed_on, ratified_on, note)
SELECT p.id, m.id, DATE '1992-05-15', NULL, 'Original signatory' FROM treaty_protocols p JOIN alliances a ON a.id = p.alliance_id JOIN member_states m ON m.iso3 = 'RUS'
WHERE a.code = 'csto' AND p.title_en = 'Collective Security Treaty' AND p.signed_on = DATE '1992-05-15';
INSERT INTO protocol_signatories (protocol_id, member_state_id, signed_on, ratified_on, note)
SELECT p.id, m.id, DATE '1992-05-15', NULL, 'Original signatory' FROM treaty_protocols p JOIN alliances a ON a.id = p.alliance_id JOIN member_states m ON m.iso3 = 'TJK'
WHERE a.code = 'csto' AND p.title_en = 'Collective Security Treaty' AND p.signed_on = DATE '1992-05-15';
INSERT INTO protocol_signatories (protocol_id, member_state_id, signed_on, ratified_on, note)
SELECT p.id, m.id, DATE '1992-05-15', NULL, 'Original signatory' FROM treaty_protocols p JOIN alliances a ON a.id = p.alliance_id JOIN member_states m ON m.iso3 = 'UZB'
WHERE a.code = 'csto' AND p.title_en = 'Collective Security Treaty' AND p.signed_on = DATE '1992-05-15';
INSERT INTO protocol_signatories (protocol_id, member_state_id, signed_on, ratified_on, note)
SELECT p.id, m.id, DATE '1993-09-24', NULL, NULL FROM treaty_protocols p JOIN alliances a ON a.id = p.alliance_id JOIN member_states m ON m.iso3 = 'AZE'
WHERE a.code = 'csto' AND p.title_en = 'Collective Security Treaty' AND p.signed_on = DATE '1992-05-15';
INSERT INTO protocol_signatories (protocol_id, member_state_id, signed_on, ratified_on, note)
SELECT p.id, m.id, DATE '1993-12-09', NULL, 'Best-supported date; some sources give 9 Sep 1993.' FROM treaty_protocols p JOIN alliances a ON a.id = p.alliance_id JOIN member_states m ON m.iso3 = 'GEO'
WHERE a.code = 'csto' AND p.title_en = 'Collective Security Treaty' AND p.signed_on = DATE '1992-05-15';
INSERT INTO protocol_signatories (protocol_id, member_state_id, signed_on, ratified_on, note)
SELECT p.id, m.id, DATE '1993-12-31', NULL, NULL FROM treaty_protocols p JOIN alliances a ON a.id = p.alliance_id JOIN member_states m ON m.iso3 = 'BLR'
WHERE a.code = 'csto' AND p.title_en = 'Collective Security Treaty' AND p.signed_on = DATE '1992-05-15';
INSERT INTO protocol_provisions (protocol_id, position, article, text_en)
SELECT p.id, 1, 'Art. 4', 'Aggression against one party is regarded as aggression against all parties; the others give the victim the assistance it needs, military assistance included, in exercise of the right of collective defence under Article 51 of the UN Charter.' FROM treaty_protocols p JOIN alliances a ON a.id = p.alliance_id
WHERE a.code = 'csto' AND p.title_en = 'Collective Security Treaty' AND p.signed_on = DATE '1992-05-15';
INSERT INTO protocol_provisions (protocol_id, position, article, text_en)
SELECT p.id, 2, 'Art. 11', 'The Treaty is concluded for five years and may be extended. The initial five-year term (from entry into force on 20 Apr 1994) expired on 20 Apr 1999.' FROM treaty_protocols p JOIN alliances a ON a.id = p.alliance_id
WHERE a.code = 'csto' AND p.title_en = 'Collective Security Treaty' AND p.signed_on = DATE '1992-05-15';

-- Protocol of 24 December 1993 to the Collective Security Treaty (1993-12-24)
INSERT INTO treaty_protocols (alliance_id, kind, title_en, signed_on, signed_place, in_force_on, in_force_note, subject, verification, note)
SELECT a.id, 'PROTOCOL', 'Protocol of 24 December 1993 to the Collective Security Treaty', DATE '1993-12-24', NULL, NULL, 'Not verified.',
       'Subject not verified. Recorded only because the consolidated Russian text of the Collective Security Treaty lists a protocol of 24 Dec 1993 as an integral part of the Treaty.',
       'VERIFIED',
       'Only the existence and date of this protocol are verified (R13); its subject, place and signatories are not.'
FROM alliances a WHERE a.code = 'csto';
INSERT INTO treaty_protocol_sources (treaty_protocol_id, source_id)
SELECT p.id, s.id FROM treaty_protocols p JOIN alliances a ON a.id = p.alliance_id JOIN sources s ON s.code IN ('R13')
WHERE a.code = 'csto' AND p.title_en = 'Protocol of 24 December 1993 to the Collective Security Treaty' AND p.signed_on = DATE '1993-12-24';

-- Protocol on the extension of the Collective Security Treaty of 15 May 1992 (1999-04-02)
INSERT INTO treaty_protocols (alliance_id, kind, title_en, signed_on, signed_place, in_force_on, in_force_note, subject, verification, note)
SELECT a.id, 'PROTOCOL', 'Protocol on the extension of the Collective Security Treaty of 15 May 1992', DATE '1999-04-02', 'Moscow, Russia', DATE '2000-03-22', 'Entered into force when the depositary received the fifth notification of ratification.',
       'Extends the Collective Security Treaty for five years from 21 Apr 1999, with automatic five-year renewals thereafter. Signed at a Collective Security Council session.',
       'VERIFIED',
       'Azerbaijan, Georgia and Uzbekistan did not sign by the 20 Apr 1999 deadline; their participation in the Treaty ended with the initial term on 20 Apr 1999. Uzbekistan acceded later: its Senate ratified the accession laws (to this protocol, the Charter, the Legal Status Agreement and other instruments) on 28 Mar 2008.'
FROM alliances a WHERE a.code = 'csto';
INSERT INTO treaty_protocol_sources (treaty_protocol_id, source_id)
SELECT p.id, s.id FROM treaty_protocols p JOIN alliances a ON a.id = p.alliance_id JOIN sources s ON s.code IN ('R5', 'R6', 'R7', 'R8', 'R9', 'R10', 'R11', 'R12', 'R31')
WHERE a.code = 'csto' AND p.title_en = 'Protocol on the extension of the Collective Security Treaty of 15 May 1992' AND p.signed_on = DATE '1999-04-02';
INSERT INTO protocol_signatories (protocol_id, member_state_id, signed_on, ratified_on, note)
SELECT p.id, m.id, DATE '1999-04-02', NULL, NULL FROM treaty_protocols p JOIN alliances a ON a.id = p.alliance_id JOIN member_states m ON m.iso3 = 'ARM'
WHERE a.code = 'csto' AND p.title_en = 'Protocol on the extension of the Collective Security Treaty of 15 May 1992' AND p.signed_on = DATE '1999-04-02';
INSERT INTO protocol_signatories (protocol_id, member_state_id, signed_on, ratified_on, note)
SELECT p.id, m.id, DATE '1999-04-02', NULL, NULL FROM treaty_protocols p JOIN alliances a ON a.id = p.alliance_id JOIN member_states m ON m.iso3 = 'BLR'
WHERE a.code = 'csto' AND p.title_en = 'Protocol on the extension of the Collective Security Treaty of 15 May 1992' AND p.signed_on = DATE '1999-04-02';
INSERT INTO protocol_signatories (protocol_id, member_state_id, signed_on, ratified_on, note)
SELECT p.id, m.id, DATE '1999-04-02', NULL, NULL FROM treaty_protocols p JOIN alliances a ON a.id = p.alliance_id JOIN member_states m ON m.iso3 = 'KAZ'
WHERE a.code = 'csto' AND p.title_en = 'Protocol on the extension of the Collective Security Treaty of 15 May 1992' AND p.signed_on = DATE '1999-04-02';
INSERT INTO protocol_signatories (protocol_id, member_state_id, signed_on, ratified_on, note)
SELECT p.id, m.id, DATE '1999-04-02', NULL, NULL FROM treaty_protocols p JOIN alliances a ON a.id = p.alliance_id JOIN member_states m ON m.iso3 = 'KGZ'
WHERE a.code = 'csto' AND p.title_en = 'Protocol on the extension of the Collective Security Treaty of 15 May 1992' AND p.signed_on = DATE '1999-04-02';
INSERT INTO protocol_signatories (protocol_id, member_state_id, signed_on, ratified_on, note)
SELECT p.id, m.id, DATE '1999-04-02', NULL, NULL FROM treaty_protocols p JOIN alliances a ON a.id = p.alliance_id JOIN member_states m ON m.iso3 = 'RUS'
WHERE a.code = 'csto' AND p.title_en = 'Protocol on the extension of the Collective Security Treaty of 15 May 1992' AND p.signed_on = DATE '1999-04-02';
INSERT INTO protocol_signatories (protocol_id, member_state_id, signed_on, ratified_on, note)
SELECT p.id, m.id, DATE '1999-04-02', NULL, NULL FROM treaty_protocols p JOIN alliances a ON a.id = p.alliance_id JOIN member_states m ON m.iso3 = 'TJK'
WHERE a.code = 'csto' AND p.title_en = 'Protocol on the extension of the Collective Security Treaty of 15 May 1992' AND p.signed_on = DATE '1999-04-02';
INSERT INTO protocol_provisions (protocol_id, position, article, text_en)
SELECT p.id, 1, NULL, 'The Treaty is extended for five years from 21 Apr 1999.' FROM treaty_protocols p JOIN alliances a ON a.id = p.alliance_id
WHERE a.code = 'csto' AND p.title_en = 'Protocol on the extension of the Collective Security Treaty of 15 May 1992' AND p.signed_on = DATE '1999-04-02';
INSERT INTO protocol_provisions (protocol_id, position, article, text_en)
SELECT p.id, 2, NULL, 'After that, the Treaty is renewed automatically for further five-year periods.' FROM treaty_protocols p JOIN alliances a ON a.id = p.alliance_id
WHERE a.code = 'csto' AND p.title_en = 'Protocol on the extension of the Collective Security Treaty of 15 May 1992' AND p.signed_on = DATE '1999-04-02';

-- Decision of the Collective Security Council to transform the Collective Security Treaty into an international organization (2002-05-14)
INSERT INTO treaty_protocols (alliance_id, kind, title_en, signed_on, signed_place, in_force_on, in_force_note, subject, verification, note)
SELECT a.id, 'DECISION', 'Decision of the Collective Security Council to transform the Collective Security Treaty into an international organization', DATE '2002-05-14', 'Moscow, Russia', NULL, NULL,
       'The Collective Security Council decided to turn the Collective Security Treaty into a regional international organization; the Charter followed on 7 Oct 2002.',
       'VERIFIED',
       NULL
FROM alliances a WHERE a.code = 'csto';
INSERT INTO treaty_protocol_sources (treaty_protocol_id, source_id)
SELECT p.id, s.id FROM treaty_protocols p JOIN alliances a ON a.id = p.alliance_id JOIN sources s ON s.code IN ('R5', 'R20', 'R21')
WHERE a.code = 'csto' AND p.title_en = 'Decision of the Collective Security Council to transform the Collective Security Treaty into an international organization' AND p.signed_on = DATE '2002-05-14';

-- Charter of the Collective Security Treaty Organization (2002-10-07)
INSERT INTO treaty_protocols (alliance_id, kind, title_en, signed_on, signed_place, in_force_on, in_force_note, subject, verification, note)
SELECT a.id, 'CHARTER', 'Charter of the Collective Security Treaty Organization', DATE '2002-10-07', 'Chisinau, Moldova', DATE '2003-09-18', NULL,
       'Founding document of the Collective Security Treaty Organization: its goals, bodies, membership and chairmanship.',
       'VERIFIED',
       'Signed in Chisinau (some sources wrongly say Tashkent; the Kremlin page header shows 6 Oct 2002, its text 7 Oct 2002). Registered with the UN Secretariat in December 2003. Amended by a protocol of 10 Dec 2010 and by Protocols No. 2 and No. 3 of 8 Nov 2018 (in force 19 Jan 2021). Uzbekistan''s Senate ratified its accession on 28 Mar 2008.'
FROM alliances a WHERE a.code = 'csto';
INSERT INTO treaty_protocol_sources (treaty_protocol_id, source_id)
SELECT p.id, s.id FROM treaty_protocols p JOIN alliances a ON a.id = p.alliance_id JOIN sources s ON s.code IN ('R5', 'R12', 'R16', 'R19', 'R21', 'R43', 'R57', 'R58', 'R147', 'R230')
WHERE a.code = 'csto' AND p.title_en = 'Charter of the Collective Security Treaty Organization' AND p.signed_on = DATE '2002-10-07';
INSERT INTO protocol_signatories (protocol_id, member_state_id, signed_on, ratified_on, note)
SELECT p.id, m.id, DATE '2002-10-07', NULL, 'Signed by President Kocharyan' FROM treaty_protocols p JOIN alliances a ON a.id = p.alliance_id JOIN member_states m ON m.iso3 = 'ARM'
WHERE a.code = 'csto' AND p.title_en = 'Charter of the Collective Security Treaty Organization' AND p.signed_on = DATE '2002-10-07';
INSERT INTO protocol_signatories (protocol_id, member_state_id, signed_on, ratified_on, note)
SELECT p.id, m.id, DATE '2002-10-07', NULL, 'Signed by President Lukashenko' FROM treaty_protocols p JOIN alliances a ON a.id = p.alliance_id JOIN member_states m ON m.iso3 = 'BLR'
WHERE a.code = 'csto' AND p.title_en = 'Charter of the Collective Security Treaty Organization' AND p.signed_on = DATE '2002-10-07';
INSERT INTO protocol_signatories (protocol_id, member_state_id, signed_on, ratified_on, note)
SELECT p.id, m.id, DATE '2002-10-07', NULL, 'Signed by President Nazarbayev' FROM treaty_protocols p JOIN alliances a ON a.id = p.alliance_id JOIN member_states m ON m.iso3 = 'KAZ'
WHERE a.code = 'csto' AND p.title_en = 'Charter of the Collective Security Treaty Organization' AND p.signed_on = DATE '2002-10-07';
INSERT INTO protocol_signatories (protocol_id, member_state_id, signed_on, ratified_on, note)
SELECT p.id, m.id, DATE '2002-10-07', NULL, 'Signed by President Akayev' FROM treaty_protocols p JOIN alliances a ON a.id = p.alliance_id JOIN member_states m ON m.iso3 = 'KGZ'
WHERE a.code = 'csto' AND p.title_en = 'Charter of the Collective Security Treaty Organization' AND p.signed_on = DATE '2002-10-07';
INSERT INTO protocol_signatories (protocol_id, member_state_id, signed_on, ratified_on, note)
SELECT p.id, m.id, DATE '2002-10-07', NULL, 'Signed by President Putin' FROM treaty_protocols p JOIN alliances a ON a.id = p.alliance_id JOIN member_states m ON m.iso3 = 'RUS'
WHERE a.code = 'csto' AND p.title_en = 'Charter of the Collective Security Treaty Organization' AND p.signed_on = DATE '2002-10-07';
INSERT INTO protocol_signatories (protocol_id, member_state_id, signed_on, ratified_on, note)
SELECT p.id, m.id, DATE '2002-10-07', NULL, 'Signed by President Rakhmonov' FROM treaty_protocols p JOIN alliances a ON a.id = p.alliance_id JOIN member_states m ON m.iso3 = 'TJK'
WHERE a.code = 'csto' AND p.title_en = 'Charter of the Collective Security Treaty Organization' AND p.signed_on = DATE '2002-10-07';
INSERT INTO protocol_provisions (protocol_id, position, article, text_en)
SELECT p.id, 1, 'Art. 13', 'The Chairman of the Collective Security Council is the head of the state on whose territory the regular session is held, unless the Council decides otherwise; the chairman''s rights and duties last until the next regular session.' FROM treaty_protocols p JOIN alliances a ON a.id = p.alliance_id
WHERE a.code = 'csto' AND p.title_en = 'Charter of the Collective Security Treaty Organization' AND p.signed_on = DATE '2002-10-07';
INSERT INTO protocol_provisions (protocol_id, position, article, text_en)
SELECT p.id, 2, 'Art. 19', 'Membership is open to any state that shares the goals and principles of the Organization.' FROM treaty_protocols p JOIN alliances a ON a.id = p.alliance_id
WHERE a.code = 'csto' AND p.title_en = 'Charter of the Collective Security Treaty Organization' AND p.signed_on = DATE '2002-10-07';
INSERT INTO protocol_provisions (protocol_id, position, article, text_en)
SELECT p.id, 3, NULL, 'A member may withdraw after giving written notice no later than six months before the withdrawal date and after settling its obligations. Single source: as cited by the Russian MFA spokeswoman (R43); the Charter text itself was not checked.' FROM treaty_protocols p JOIN alliances a ON a.id = p.alliance_id
WHERE a.code = 'csto' AND p.title_en = 'Charter of the Collective Security Treaty Organization' AND p.signed_on = DATE '2002-10-07';

-- Agreement on the legal status of the Collective Security Treaty Organization (2002-10-07)
INSERT INTO treaty_protocols (alliance_id, kind, title_en, signed_on, signed_place, in_force_on, in_force_note, subject, verification, note)
SELECT a.id, 'AGREEMENT', 'Agreement on the legal status of the Collective Security Treaty Organization', DATE '2002-10-07', 'Chisinau, Moldova', DATE '2003-09-18', NULL,
       'Legal status of the Organization, its bodies and staff.',
       'VERIFIED',
       'Signed together with the Charter. Amended by a protocol of 8 Nov 2018 (permanent representatives, Deputy Secretaries-General).'
FROM alliances a WHERE a.code = 'csto';
INSERT INTO treaty_protocol_sources (treaty_protocol_id, source_id)
SELECT p.id, s.id FROM treaty_protocols p JOIN alliances a ON a.id = p.alliance_id JOIN sources s ON s.code IN ('R5', 'R12', 'R16', 'R19', 'R21')
WHERE a.code = 'csto' AND p.title_en = 'Agreement on the legal status of the Collective Security Treaty Organization' AND p.signed_on = DATE '2002-10-07';
INSERT INTO protocol_signatories (protocol_id, member_state_id, signed_on, ratified_on, note)
SELECT p.id, m.id, DATE '2002-10-07', NULL, NULL FROM treaty_protocols p JOIN alliances a ON a.id = p.alliance_id JOIN member_states m ON m.iso3 = 'ARM'
WHERE a.code = 'csto' AND p.title_en = 'Agreement on the legal status of the Collective Security Treaty Organization' AND p.signed_on = DATE '2002-10-07';
INSERT INTO protocol_signatories (protocol_id, member_state_id, signed_on, ratified_on, note)
SELECT p.id, m.id, DATE '2002-10-07', NULL, NULL FROM treaty_protocols p JOIN alliances a ON a.id = p.alliance_id JOIN member_states m ON m.iso3 = 'BLR'
WHERE a.code = 'csto' AND p.title_en = 'Agreement on the legal status of the Collective Security Treaty Organization' AND p.signed_on = DATE '2002-10-07';
INSERT INTO protocol_signatories (protocol_id, member_state_id, signed_on, ratified_on, note)
SELECT p.id, m.id, DATE '2002-10-07', NULL, NULL FROM treaty_protocols p JOIN alliances a ON a.id = p.alliance_id JOIN member_states m ON m.iso3 = 'KAZ'
WHERE a.code = 'csto' AND p.title_en = 'Agreement on the legal status of the Collective Security Treaty Organization' AND p.signed_on = DATE '2002-10-07';
INSERT INTO protocol_signatories (protocol_id, member_state_id, signed_on, ratified_on, note)
SELECT p.id, m.id, DATE '2002-10-07', NULL, NULL FROM treaty_protocols p JOIN alliances a ON a.id = p.alliance_id JOIN member_states m ON m.iso3 = 'KGZ'
WHERE a.code = 'csto' AND p.title_en = 'Agreement on the legal status of the Collective Security Treaty Organization' AND p.signed_on = DATE '2002-10-07';
INSERT INTO protocol_signatories (protocol_id, member_state_id, signed_on, ratified_on, note)
SELECT p.id, m.id, DATE '2002-10-07', NULL, NULL FROM treaty_protocols p JOIN alliances a ON a.id = p.alliance_id JOIN member_states m ON m.iso3 = 'RUS'
WHERE a.code = 'csto' AND p.title_en = 'Agreement on the legal status of the Collective Security Treaty Organization' AND p.signed_on = DATE '2002-10-07';
INSERT INTO protocol_signatories (protocol_id, member_state_id, signed_on, ratified_on, note)
SELECT p.id, m.id, DATE '2002-10-07', NULL, NULL FROM treaty_protocols p JOIN alliances a ON a.id = p.alliance_id JOIN member_states m ON m.iso3 = 'TJK'
WHERE a.code = 'csto' AND p.title_en = 'Agreement on the legal status of the Collective Security Treaty Organization' AND p.signed_on = DATE '2002-10-07';

-- Decision of the Collective Security Council on the regulations on admission, withdrawal, suspension and exclusion (2004-06-18)
INSERT INTO treaty_protocols (alliance_id, kind, title_en, signed_on, signed_place, in_force_on, in_force_note, subject, verification, note)
SELECT a.id, 'DECISION', 'Decision of the Collective Security Council on the regulations on admission, withdrawal, suspension and exclusion', DATE '2004-06-18', 'Astana, Kazakhstan', NULL, NULL,
       'Approves rules of procedure, the Regulations on the procedure for admission to and withdrawal from the CSTO, and the Regulations on suspending a member''s participation in CSTO bodies or excluding it.',
       'VERIFIED',
       NULL
FROM alliances a WHERE a.code = 'csto';
INSERT INTO treaty_protocol_sources (treaty_protocol_id, source_id)
SELECT p.id, s.id FROM treaty_protocols p JOIN alliances a ON a.id = p.alliance_id JOIN sources s ON s.code IN ('R155')
WHERE a.code = 'csto' AND p.title_en = 'Decision of the Collective Security Council on the regulations on admission, withdrawal, suspension and exclusion' AND p.signed_on = DATE '2004-06-18';

-- Agreement on the rapid equipment of territory and joint use of military infrastructure (2004-06-18)
INSERT INTO treaty_protocols (alliance_id, kind, title_en, signed_on, signed_place, in_force_on, in_force_note, subject, verification, note)
SELECT a.id, 'AGREEMENT', 'Agreement on the rapid equipment of territory and joint use of military infrastructure', DATE '2004-06-18', 'Astana, Kazakhstan', NULL, NULL,
       'Rapid equipment of the member states'' territory and joint use of military infrastructure.',
       'VERIFIED',
       'English title describes the subject; the official title is not given in the fact sheet.'
FROM alliances a WHERE a.code = 'csto';
INSERT INTO treaty_protocol_sources (treaty_protocol_id, source_id)
SELECT p.id, s.id FROM treaty_protocols p JOIN alliances a ON a.id = p.alliance_id JOIN sources s ON s.code IN ('R135')
WHERE a.code = 'csto' AND p.title_en = 'Agreement on the rapid equipment of territory and joint use of military infrastructure' AND p.signed_on = DATE '2004-06-18';

-- UN General Assembly resolution 59/50: observer status for the Collective Security Treaty Organization (2004-12-02)
INSERT INTO treaty_protocols (alliance_id, kind, title_en, signed_on, signed_place, in_force_on, in_force_note, subject, verification, note)
SELECT a.id, 'RESOLUTION', 'UN General Assembly resolution 59/50: observer status for the Collective Security Treaty Organization', DATE '2004-12-02', 'New York, United States', NULL, NULL,
       'The UN General Assembly granted the CSTO observer status in the General Assembly.',
       'VERIFIED',
       'A/RES/59/50. The seed article notes that the Organization is an observer in the UN General Assembly.'
FROM alliances a WHERE a.code = 'csto';
INSERT INTO treaty_protocol_sources (treaty_protocol_id, source_id)
SELECT p.id, s.id FROM treaty_protocols p JOIN alliances a ON a.id = p.alliance_id JOIN sources s ON s.code IN ('R5', 'R12', 'R147', 'ARTICLE-AR')
WHERE a.code = 'csto' AND p.title_en = 'UN General Assembly resolution 59/50: observer status for the Collective Security Treaty Organization' AND p.signed_on = DATE '2004-12-02';

-- Agreement on the procedure for rapid deployment, use and support of the Collective Rapid Deployment Forces of the Central Asian region (2006-06-23)
INSERT INTO treaty_protocols (alliance_id, kind, title_en, signed_on, signed_place, in_force_on, in_force_note, subject, verification, note)
SELECT a.id, 'AGREEMENT', 'Agreement on the procedure for rapid deployment, use and support of the Collective Rapid Deployment Forces of the Central Asian region', DATE '2006-06-23', 'Minsk, Belarus', NULL, NULL,
       'Procedure for the rapid deployment, use and all-round support of the Collective Rapid Deployment Forces of the Central Asian region of collective security.',
       'VERIFIED',
       'Another CSTO agreement done in Minsk on 23 Jun 2006, in force for Russia from 7 May 2009, appears in R220; its title is not visible there, so it is not recorded separately and may or may not be this agreement.'
FROM alliances a WHERE a.code = 'csto';
INSERT INTO treaty_protocol_sources (treaty_protocol_id, source_id)
SELECT p.id, s.id FROM treaty_protocols p JOIN alliances a ON a.id = p.alliance_id JOIN sources s ON s.code IN ('R113', 'R220')
WHERE a.code = 'csto' AND p.title_en = 'Agreement on the procedure for rapid deployment, use and support of the Collective Rapid Deployment Forces of the Central Asian region' AND p.signed_on = DATE '2006-06-23';

-- Protocol on the restoration of the Republic of Uzbekistan's membership in the Collective Security Treaty Organization (2006-08-16)
INSERT INTO treaty_protocols (alliance_id, kind, title_en, signed_on, signed_place, in_force_on, in_force_note, subject, verification, note)
SELECT a.id, 'PROTOCOL', 'Protocol on the restoration of the Republic of Uzbekistan''s membership in the Collective Security Treaty Organization', DATE '2006-08-16', 'Sochi, Russia', NULL, NULL,
       'Restores Uzbekistan''s membership in the CSTO, after its return was announced at the Minsk session of the Collective Security Council on 23 Jun 2006.',
       'VERIFIED',
       'Signed at an informal EurAsEC summit. Uzbekistan''s Legislative Chamber approved ratification on 21 Nov 2006 and its Senate on 1 Dec 2006; President Karimov signed the law on 13 Dec 2006. Its accessions to the Charter, the 1999 extension protocol and other instruments were ratified by its Senate on 28 Mar 2008.'
FROM alliances a WHERE a.code = 'csto';
INSERT INTO treaty_protocol_sources (treaty_protocol_id, source_id)
SELECT p.id, s.id FROM treaty_protocols p JOIN alliances a ON a.id = p.alliance_id JOIN sources s ON s.code IN ('R21', 'R26', 'R28', 'R29', 'R30', 'R31', 'R32', 'R33')
WHERE a.code = 'csto' AND p.title_en = 'Protocol on the restoration of the Republic of Uzbekistan''s membership in the Collective Security Treaty Organization' AND p.signed_on = DATE '2006-08-16';
INSERT INTO protocol_signatories (protocol_id, member_state_id, signed_on, ratified_on, note)
SELECT p.id, m.id, DATE '2006-08-16', DATE '2006-12-13', 'Ratification law signed by President Karimov on 13 Dec 2006 (Legislative Chamber 21 Nov 2006, Senate 1 Dec 2006).' FROM treaty_protocols p JOIN alliances a ON a.id = p.alliance_id JOIN member_states m ON m.iso3 = 'UZB'
WHERE a.code = 'csto' AND p.title_en = 'Protocol on the restoration of the Republic of Uzbekistan''s membership in the Collective Security Treaty Organization' AND p.signed_on = DATE '2006-08-16';

-- Memorandum of understanding between the Secretariats of the CSTO and the Shanghai Cooperation Organisation (2007-10-05)
INSERT INTO treaty_protocols (alliance_id, kind, title_en, signed_on, signed_place, in_force_on, in_force_note, subject, verification, note)
SELECT a.id, 'MEMORANDUM', 'Memorandum of understanding between the Secretariats of the CSTO and the Shanghai Cooperation Organisation', DATE '2007-10-05', 'Dushanbe, Tajikistan', NULL, NULL,
       'Cooperation between the CSTO and SCO secretariats on security, counter-terrorism, drug trafficking, arms trafficking and organised crime.',
       'VERIFIED',
       'Signed by the Secretaries-General Bordyuzha (CSTO) and Nurgaliyev (SCO).'
FROM alliances a WHERE a.code = 'csto';
INSERT INTO treaty_protocol_sources (treaty_protocol_id, source_id)
SELECT p.id, s.id FROM treaty_protocols p JOIN alliances a ON a.id = p.alliance_id JOIN sources s ON s.code IN ('R126', 'R127')
WHERE a.code = 'csto' AND p.title_en = 'Memorandum of understanding between the Secretariats of the CSTO and the Shanghai Cooperation Organisation' AND p.signed_on = DATE '2007-10-05';

-- Agreement on Peacekeeping Activities of the Collective Security Treaty Organization (2007-10-06)
INSERT INTO treaty_protocols (alliance_id, kind, title_en, signed_on, signed_place, in_force_on, in_force_note, subject, verification, note)
SELECT a.id, 'AGREEMENT', 'Agreement on Peacekeeping Activities of the Collective Security Treaty Organization', DATE '2007-10-06', 'Dushanbe, Tajikistan', NULL, NULL,
       'Creates the CSTO peacekeeping mechanism and the Collective Peacekeeping Forces, and sets the conditions for their deployment.',
       'VERIFIED',
       'Amended by a protocol reported as adopted on 2 Dec 2020 (signing date unverified) and by a protocol of 16 Sep 2021 on a coordinating state for UN operations.'
FROM alliances a WHERE a.code = 'csto';
INSERT INTO treaty_protocol_sources (treaty_protocol_id, source_id)
SELECT p.id, s.id FROM treaty_protocols p JOIN alliances a ON a.id = p.alliance_id JOIN sources s ON s.code IN ('R128', 'R129', 'R130', 'R132')
WHERE a.code = 'csto' AND p.title_en = 'Agreement on Peacekeeping Activities of the Collective Security Treaty Organization' AND p.signed_on = DATE '2007-10-06';
INSERT INTO protocol_provisions (protocol_id, position, article, text_en)
SELECT p.id, 1, NULL, 'Establishes the CSTO peacekeeping mechanism and the Collective Peacekeeping Forces.' FROM treaty_protocols p JOIN alliances a ON a.id = p.alliance_id
WHERE a.code = 'csto' AND p.title_en = 'Agreement on Peacekeeping Activities of the Collective Security Treaty Organization' AND p.signed_on = DATE '2007-10-06';
INSERT INTO protocol_provisions (protocol_id, position, article, text_en)
SELECT p.id, 2, 'Art. 3', 'The peacekeeping forces are deployed on a member state''s territory by decision of the Collective Security Council at the request of that state.' FROM treaty_protocols p JOIN alliances a ON a.id = p.alliance_id
WHERE a.code = 'csto' AND p.title_en = 'Agreement on Peacekeeping Activities of the Collective Security Treaty Organization' AND p.signed_on = DATE '2007-10-06';
INSERT INTO protocol_provisions (protocol_id, position, article, text_en)
SELECT p.id, 3, NULL, 'Peacekeeping operations outside the territory of the member states require a decision of the UN Security Council.' FROM treaty_protocols p JOIN alliances a ON a.id = p.alliance_id
WHERE a.code = 'csto' AND p.title_en = 'Agreement on Peacekeeping Activities of the Collective Security Treaty Organization' AND p.signed_on = DATE '2007-10-06';

-- Decision of the Collective Security Council on the regulations on the Collective Peacekeeping Forces (2007-10-06)
INSERT INTO treaty_protocols (alliance_id, kind, title_en, signed_on, signed_place, in_force_on, in_force_note, subject, verification, note)
SELECT a.id, 'DECISION', 'Decision of the Collective Security Council on the regulations on the Collective Peacekeeping Forces', DATE '2007-10-06', 'Dushanbe, Tajikistan', NULL, NULL,
       'Approves the regulations on the Collective Peacekeeping Forces and on the bodies related to them.',
       'VERIFIED',
       NULL
FROM alliances a WHERE a.code = 'csto';
INSERT INTO treaty_protocol_sources (treaty_protocol_id, source_id)
SELECT p.id, s.id FROM treaty_protocols p JOIN alliances a ON a.id = p.alliance_id JOIN sources s ON s.code IN ('R132')
WHERE a.code = 'csto' AND p.title_en = 'Decision of the Collective Security Council on the regulations on the Collective Peacekeeping Forces' AND p.signed_on = DATE '2007-10-06';

-- Protocol on the mechanism of military-technical assistance to member states of the CSTO in case of a threat of aggression or an act of aggression (2007-10-06)
INSERT INTO treaty_protocols (alliance_id, kind, title_en, signed_on, signed_place, in_force_on, in_force_note, subject, verification, note)
SELECT a.id, 'PROTOCOL', 'Protocol on the mechanism of military-technical assistance to member states of the CSTO in case of a threat of aggression or an act of aggression', DATE '2007-10-06', 'Dushanbe, Tajikistan', NULL, 'Around April 2009 (reported in April 2009); the exact day is not verified.',
       'Sets up a mechanism through which member states receive military-technical assistance when a threat of aggression appears or an act of aggression is committed against them.',
       'VERIFIED',
       'Draft agreed in February 2007; signed by the heads of state at the Collective Security Council session in Dushanbe. The seed article dates the signing only to October 2007.'
FROM alliances a WHERE a.code = 'csto';
INSERT INTO treaty_protocol_sources (treaty_protocol_id, source_id)
SELECT p.id, s.id FROM treaty_protocols p JOIN alliances a ON a.id = p.alliance_id JOIN sources s ON s.code IN ('R109', 'R133', 'R219', 'R226', 'ARTICLE-AR')
WHERE a.code = 'csto' AND p.title_en = 'Protocol on the mechanism of military-technical assistance to member states of the CSTO in case of a threat of aggression or an act of aggression' AND p.signed_on = DATE '2007-10-06';
INSERT INTO protocol_provisions (protocol_id, position, article, text_en)
SELECT p.id, 1, NULL, 'Member states facing a threat of aggression, or the victim of an act of aggression, receive military-technical assistance from the other members through the mechanism this protocol establishes.' FROM treaty_protocols p JOIN alliances a ON a.id = p.alliance_id
WHERE a.code = 'csto' AND p.title_en = 'Protocol on the mechanism of military-technical assistance to member states of the CSTO in case of a threat of aggression or an act of aggression' AND p.signed_on = DATE '2007-10-06';

-- Agreement on the command system for the collective security forces of the CSTO (2007-10-06)
INSERT INTO treaty_protocols (alliance_id, kind, title_en, signed_on, signed_place, in_force_on, in_force_note, subject, verification, note)
SELECT a.id, 'AGREEMENT', 'Agreement on the command system for the collective security forces of the CSTO', DATE '2007-10-06', 'Dushanbe, Tajikistan', NULL, NULL,
       'Command and control system of the CSTO collective security forces.',
       'VERIFIED',
       'English title describes the subject; the official title is not given in the fact sheet.'
FROM alliances a WHERE a.code = 'csto';
INSERT INTO treaty_protocol_sources (treaty_protocol_id, source_id)
SELECT p.id, s.id FROM treaty_protocols p JOIN alliances a ON a.id = p.alliance_id JOIN sources s ON s.code IN ('R135')
WHERE a.code = 'csto' AND p.title_en = 'Agreement on the command system for the collective security forces of the CSTO' AND p.signed_on = DATE '2007-10-06';

-- Dushanbe package on arms supplies at Russian domestic prices and on coordination councils (2007-10-06)
INSERT INTO treaty_protocols (alliance_id, kind, title_en, signed_on, signed_place, in_force_on, in_force_note, subject, verification, note)
SELECT a.id, 'DECISION', 'Dushanbe package on arms supplies at Russian domestic prices and on coordination councils', DATE '2007-10-06', 'Dushanbe, Tajikistan', NULL, NULL,
       'Weapons supplies to member states at Russian domestic prices; coordination councils on illegal migration and on emergency situations.',
       'VERIFIED',
       'The fact sheet lists these acts of the 6 Oct 2007 Dushanbe session as a package without naming the individual documents or their legal form; kind DECISION is an approximation.'
FROM alliances a WHERE a.code = 'csto';
INSERT INTO treaty_protocol_sources (treaty_protocol_id, source_id)
SELECT p.id, s.id FROM treaty_protocols p JOIN alliances a ON a.id = p.alliance_id JOIN sources s ON s.code IN ('R109', 'R110')
WHERE a.code = 'csto' AND p.title_en = 'Dushanbe package on arms supplies at Russian domestic prices and on coordination councils' AND p.signed_on = DATE '2007-10-06';

-- Decision of the Collective Security Council on the creation of the Collective Rapid Reaction Forces (2009-02-04)
INSERT INTO treaty_protocols (alliance_id, kind, title_en, signed_on, signed_place, in_force_on, in_force_note, subject, verification, note)
SELECT a.id, 'DECISION', 'Decision of the Collective Security Council on the creation of the Collective Rapid Reaction Forces', DATE '2009-02-04', 'Moscow, Russia', NULL, NULL,
       'Creates the Collective Rapid Reaction Forces (CRRF, Russian abbreviation KSOR) of the CSTO.',
       'VERIFIED',
       'Taken at an extraordinary session of the Collective Security Council. A Kremlin news page dates it 24 Feb 2009; 4 Feb 2009 is the verified date.'
FROM alliances a WHERE a.code = 'csto';
INSERT INTO treaty_protocol_sources (treaty_protocol_id, source_id)
SELECT p.id, s.id FROM treaty_protocols p JOIN alliances a ON a.id = p.alliance_id JOIN sources s ON s.code IN ('R136', 'R137', 'R140')
WHERE a.code = 'csto' AND p.title_en = 'Decision of the Collective Security Council on the creation of the Collective Rapid Reaction Forces' AND p.signed_on = DATE '2009-02-04';

-- Agreement on the Collective Rapid Reaction Forces of the CSTO (2009-06-14)
INSERT INTO treaty_protocols (alliance_id, kind, title_en, signed_on, signed_place, in_force_on, in_force_note, subject, verification, note)
SELECT a.id, 'AGREEMENT', 'Agreement on the Collective Rapid Reaction Forces of the CSTO', DATE '2009-06-14', 'Moscow, Russia', NULL, NULL,
       'Legal basis of the Collective Rapid Reaction Forces.',
       'VERIFIED',
       'Signed without Belarus and Uzbekistan (both then members); Belarus joined the CRRF on 20 Oct 2009. Russia ratified by law of 27 Dec 2010. The five signatories of 14 Jun 2009 are the remaining member states of that date.'
FROM alliances a WHERE a.code = 'csto';
INSERT INTO treaty_protocol_sources (treaty_protocol_id, source_id)
SELECT p.id, s.id FROM treaty_protocols p JOIN alliances a ON a.id = p.alliance_id JOIN sources s ON s.code IN ('R138', 'R139', 'R141')
WHERE a.code = 'csto' AND p.title_en = 'Agreement on the Collective Rapid Reaction Forces of the CSTO' AND p.signed_on = DATE '2009-06-14';
INSERT INTO protocol_signatories (protocol_id, member_state_id, signed_on, ratified_on, note)
SELECT p.id, m.id, DATE '2009-06-14', NULL, NULL FROM treaty_protocols p JOIN alliances a ON a.id = p.alliance_id JOIN member_states m ON m.iso3 = 'ARM'
WHERE a.code = 'csto' AND p.title_en = 'Agreement on the Collective Rapid Reaction Forces of the CSTO' AND p.signed_on = DATE '2009-06-14';
INSERT INTO protocol_signatories (protocol_id, member_state_id, signed_on, ratified_on, note)
SELECT p.id, m.id, DATE '2009-06-14', NULL, NULL FROM treaty_protocols p JOIN alliances a ON a.id = p.alliance_id JOIN member_states m ON m.iso3 = 'KAZ'
WHERE a.code = 'csto' AND p.title_en = 'Agreement on the Collective Rapid Reaction Forces of the CSTO' AND p.signed_on = DATE '2009-06-14';
INSERT INTO protocol_signatories (protocol_id, member_state_id, signed_on, ratified_on, note)
SELECT p.id, m.id, DATE '2009-06-14', NULL, NULL FROM treaty_protocols p JOIN alliances a ON a.id = p.alliance_id JOIN member_states m ON m.iso3 = 'KGZ'
WHERE a.code = 'csto' AND p.title_en = 'Agreement on the Collective Rapid Reaction Forces of the CSTO' AND p.signed_on = DATE '2009-06-14';
INSERT INTO protocol_signatories (protocol_id, member_state_id, signed_on, ratified_on, note)
SELECT p.id, m.id, DATE '2009-06-14', DATE '2010-12-27', 'Ratified by Russian federal law of 27 Dec 2010.' FROM treaty_protocols p JOIN alliances a ON a.id = p.alliance_id JOIN member_states m ON m.iso3 = 'RUS'
WHERE a.code = 'csto' AND p.title_en = 'Agreement on the Collective Rapid Reaction Forces of the CSTO' AND p.signed_on = DATE '2009-06-14';
INSERT INTO protocol_signatories (protocol_id, member_state_id, signed_on, ratified_on, note)
SELECT p.id, m.id, DATE '2009-06-14', NULL, NULL FROM treaty_protocols p JOIN alliances a ON a.id = p.alliance_id JOIN member_states m ON m.iso3 = 'TJK'
WHERE a.code = 'csto' AND p.title_en = 'Agreement on the Collective Rapid Reaction Forces of the CSTO' AND p.signed_on = DATE '2009-06-14';
INSERT INTO protocol_signatories (protocol_id, member_state_id, signed_on, ratified_on, note)
SELECT p.id, m.id, NULL, NULL, 'Joined the CRRF on 20 Oct 2009; the date of its own signature of this agreement is not recorded.' FROM treaty_protocols p JOIN alliances a ON a.id = p.alliance_id JOIN member_states m ON m.iso3 = 'BLR'
WHERE a.code = 'csto' AND p.title_en = 'Agreement on the Collective Rapid Reaction Forces of the CSTO' AND p.signed_on = DATE '2009-06-14';

-- Joint Declaration on cooperation between the Secretariats of the United Nations and the Collective Security Treaty Organization (2010-03-18)
INSERT INTO treaty_protocols (alliance_id, kind, title_en, signed_on, signed_place, in_force_on, in_force_note, subject, verification, note)
SELECT a.id, 'DECLARATION', 'Joint Declaration on cooperation between the Secretariats of the United Nations and the Collective Security Treaty Organization', DATE '2010-03-18', 'Moscow, Russia', NULL, NULL,
       'Cooperation between the UN and CSTO secretariats, including on peacekeeping.',
       'VERIFIED',
       'Signed by UN Secretary-General Ban Ki-moon and CSTO Secretary General Bordyuzha.'
FROM alliances a WHERE a.code = 'csto';
INSERT INTO treaty_protocol_sources (treaty_protocol_id, source_id)
SELECT p.id, s.id FROM treaty_protocols p JOIN alliances a ON a.id = p.alliance_id JOIN sources s ON s.code IN ('R148', 'R149')
WHERE a.code = 'csto' AND p.title_en = 'Joint Declaration on cooperation between the Secretariats of the United Nations and the Collective Security Treaty Organization' AND p.signed_on = DATE '2010-03-18';

-- Protocol on amendments to the Collective Security Treaty of 15 May 1992 (2010-12-10)
INSERT INTO treaty_protocols (alliance_id, kind, title_en, signed_on, signed_place, in_force_on, in_force_note, subject, verification, note)
SELECT a.id, 'PROTOCOL', 'Protocol on amendments to the Collective Security Treaty of 15 May 1992', DATE '2010-12-10', 'Moscow, Russia', NULL, NULL,
       'Amends the Collective Security Treaty, including Art. 2 on assisting member states that face a threat.',
       'VERIFIED',
       'Signed together with a protocol amending the Charter.'
FROM alliances a WHERE a.code = 'csto';
INSERT INTO treaty_protocol_sources (treaty_protocol_id, source_id)
SELECT p.id, s.id FROM treaty_protocols p JOIN alliances a ON a.id = p.alliance_id JOIN sources s ON s.code IN ('R8', 'R17')
WHERE a.code = 'csto' AND p.title_en = 'Protocol on amendments to the Collective Security Treaty of 15 May 1992' AND p.signed_on = DATE '2010-12-10';
INSERT INTO protocol_provisions (protocol_id, position, article, text_en)
SELECT p.id, 1, 'Art. 2', 'Amends Art. 2 of the Treaty on assistance to member states that face a threat (the fact sheet gives this as an example of the amendments; the full list is not recorded).' FROM treaty_protocols p JOIN alliances a ON a.id = p.alliance_id
WHERE a.code = 'csto' AND p.title_en = 'Protocol on amendments to the Collective Security Treaty of 15 May 1992' AND p.signed_on = DATE '2010-12-10';

-- Protocol on amendments to the Charter of the Collective Security Treaty Organization (2010-12-10)
INSERT INTO treaty_protocols (alliance_id, kind, title_en, signed_on, signed_place, in_force_on, in_force_note, subject, verification, note)
SELECT a.id, 'PROTOCOL', 'Protocol on amendments to the Charter of the Collective Security Treaty Organization', DATE '2010-12-10', 'Moscow, Russia', NULL, NULL,
       'Amends the CSTO Charter.',
       'VERIFIED',
       'Signed together with a protocol amending the Treaty. Its content is not detailed in the fact sheet.'
FROM alliances a WHERE a.code = 'csto';
INSERT INTO treaty_protocol_sources (treaty_protocol_id, source_id)
SELECT p.id, s.id FROM treaty_protocols p JOIN alliances a ON a.id = p.alliance_id JOIN sources s ON s.code IN ('R8', 'R17', 'R18', 'R154')
WHERE a.code = 'csto' AND p.title_en = 'Protocol on amendments to the Charter of the Collective Security Treaty Organization' AND p.signed_on = DATE '2010-12-10';

-- Protocol on the deployment of military infrastructure facilities on the territory of CSTO member states (2011-12-20)
INSERT INTO treaty_protocols (alliance_id, kind, title_en, signed_on, signed_place, in_force_on, in_force_note, subject, verification, note)
SELECT a.id, 'PROTOCOL', 'Protocol on the deployment of military infrastructure facilities on the territory of CSTO member states', DATE '2011-12-20', 'Moscow, Russia', NULL, NULL,
       'Conditions for placing military bases, infrastructure or forces of states outside the CSTO on a member state''s territory.',
       'VERIFIED',
       'Russia ratified on 12 Nov 2012.'
FROM alliances a WHERE a.code = 'csto';
INSERT INTO treaty_protocol_sources (treaty_protocol_id, source_id)
SELECT p.id, s.id FROM treaty_protocols p JOIN alliances a ON a.id = p.alliance_id JOIN sources s ON s.code IN ('R153', 'R221')
WHERE a.code = 'csto' AND p.title_en = 'Protocol on the deployment of military infrastructure facilities on the territory of CSTO member states' AND p.signed_on = DATE '2011-12-20';
INSERT INTO protocol_signatories (protocol_id, member_state_id, signed_on, ratified_on, note)
SELECT p.id, m.id, NULL, DATE '2012-11-12', 'Ratified 12 Nov 2012; signature date not separately recorded.' FROM treaty_protocols p JOIN alliances a ON a.id = p.alliance_id JOIN member_states m ON m.iso3 = 'RUS'
WHERE a.code = 'csto' AND p.title_en = 'Protocol on the deployment of military infrastructure facilities on the territory of CSTO member states' AND p.signed_on = DATE '2011-12-20';
INSERT INTO protocol_provisions (protocol_id, position, article, text_en)
SELECT p.id, 1, NULL, 'Military bases or forces of a third (non-member) state may be deployed on a member state''s territory only after urgent consultations and if no other member state officially objects.' FROM treaty_protocols p JOIN alliances a ON a.id = p.alliance_id
WHERE a.code = 'csto' AND p.title_en = 'Protocol on the deployment of military infrastructure facilities on the territory of CSTO member states' AND p.signed_on = DATE '2011-12-20';

-- Memorandum of understanding between the CSTO Secretariat and the UN Department of Peacekeeping Operations (2012-09-28)
INSERT INTO treaty_protocols (alliance_id, kind, title_en, signed_on, signed_place, in_force_on, in_force_note, subject, verification, note)
SELECT a.id, 'MEMORANDUM', 'Memorandum of understanding between the CSTO Secretariat and the UN Department of Peacekeeping Operations', DATE '2012-09-28', 'New York, United States', NULL, NULL,
       'Terms on which CSTO contingents may take part in UN peacekeeping operations.',
       'VERIFIED',
       'This memorandum is the verified UN link of the CSTO peacekeeping forces. It is not a UN mandate: in 2017 the CSTO contingent was certified but still awaited formal UN approval. Claims that the UN "recognises" the CSTO peacekeeping force (an AFP report; the seed article) overstate it.'
FROM alliances a WHERE a.code = 'csto';
INSERT INTO treaty_protocol_sources (treaty_protocol_id, source_id)
SELECT p.id, s.id FROM treaty_protocols p JOIN alliances a ON a.id = p.alliance_id JOIN sources s ON s.code IN ('R146', 'R150', 'R151')
WHERE a.code = 'csto' AND p.title_en = 'Memorandum of understanding between the CSTO Secretariat and the UN Department of Peacekeeping Operations' AND p.signed_on = DATE '2012-09-28';

-- Collective Security Strategy of the CSTO for the period up to 2025 (2016-10-14)
INSERT INTO treaty_protocols (alliance_id, kind, title_en, signed_on, signed_place, in_force_on, in_force_note, subject, verification, note)
SELECT a.id, 'STRATEGY', 'Collective Security Strategy of the CSTO for the period up to 2025', DATE '2016-10-14', 'Yerevan, Armenia', NULL, NULL,
       'Collective security strategy of the Organization up to 2025.',
       'VERIFIED',
       NULL
FROM alliances a WHERE a.code = 'csto';
INSERT INTO treaty_protocol_sources (treaty_protocol_id, source_id)
SELECT p.id, s.id FROM treaty_protocols p JOIN alliances a ON a.id = p.alliance_id JOIN sources s ON s.code IN ('R156')
WHERE a.code = 'csto' AND p.title_en = 'Collective Security Strategy of the CSTO for the period up to 2025' AND p.signed_on = DATE '2016-10-14';

-- Protocols No. 2 and No. 3 on amendments to the Charter of the Collective Security Treaty Organization (2018-11-08)
INSERT INTO treaty_protocols (alliance_id, kind, title_en, signed_on, signed_place, in_force_on, in_force_note, subject, verification, note)
SELECT a.id, 'PROTOCOL', 'Protocols No. 2 and No. 3 on amendments to the Charter of the Collective Security Treaty Organization', DATE '2018-11-08', 'Astana, Kazakhstan', DATE '2021-01-19', NULL,
       'Allow heads of government to sit on the Collective Security Council where national law empowers them, and create observer and partner statuses with the CSTO.',
       'VERIFIED',
       'Two protocols recorded as one row: the fact sheet does not say which of the two carries which amendment. By early 2026 no state or organization was found to have been granted observer or partner status (unverified); Russia backed observer status for the CIS in Oct 2022, outcome unverified.'
FROM alliances a WHERE a.code = 'csto';
INSERT INTO treaty_protocol_sources (treaty_protocol_id, source_id)
SELECT p.id, s.id FROM treaty_protocols p JOIN alliances a ON a.id = p.alliance_id JOIN sources s ON s.code IN ('R18', 'R154', 'R157', 'R158')
WHERE a.code = 'csto' AND p.title_en = 'Protocols No. 2 and No. 3 on amendments to the Charter of the Collective Security Treaty Organization' AND p.signed_on = DATE '2018-11-08';
INSERT INTO protocol_provisions (protocol_id, position, article, text_en)
SELECT p.id, 1, NULL, 'The Collective Security Council may include heads of government where their national law empowers them.' FROM treaty_protocols p JOIN alliances a ON a.id = p.alliance_id
WHERE a.code = 'csto' AND p.title_en = 'Protocols No. 2 and No. 3 on amendments to the Charter of the Collective Security Treaty Organization' AND p.signed_on = DATE '2018-11-08';
INSERT INTO protocol_provisions (protocol_id, position, article, text_en)
SELECT p.id, 2, NULL, 'Creates the status of observer at the CSTO.' FROM treaty_protocols p JOIN alliances a ON a.id = p.alliance_id
WHERE a.code = 'csto' AND p.title_en = 'Protocols No. 2 and No. 3 on amendments to the Charter of the Collective Security Treaty Organization' AND p.signed_on = DATE '2018-11-08';
INSERT INTO protocol_provisions (protocol_id, position, article, text_en)
SELECT p.id, 3, NULL, 'Creates the status of partner of the CSTO.' FROM treaty_protocols p JOIN alliances a ON a.id = p.alliance_id
WHERE a.code = 'csto' AND p.title_en = 'Protocols No. 2 and No. 3 on amendments to the Charter of the Collective Security Treaty Organization' AND p.signed_on = DATE '2018-11-08';

-- Protocol on amendments to the Agreement on the legal status of the Collective Security Treaty Organization (2018-11-08)
INSERT INTO treaty_protocols (alliance_id, kind, title_en, signed_on, signed_place, in_force_on, in_force_note, subject, verification, note)
SELECT a.id, 'PROTOCOL', 'Protocol on amendments to the Agreement on the legal status of the Collective Security Treaty Organization', DATE '2018-11-08', 'Astana, Kazakhstan', NULL, 'The fact sheet lists it with the Charter protocols in force on 19 Jan 2021, but does not give its own entry-into-force date separately.',
       'Amends the Legal Status Agreement with provisions on permanent representatives and Deputy Secretaries-General.',
       'VERIFIED',
       NULL
FROM alliances a WHERE a.code = 'csto';
INSERT INTO treaty_protocol_sources (treaty_protocol_id, source_id)
SELECT p.id, s.id FROM treaty_protocols p JOIN alliances a ON a.id = p.alliance_id JOIN sources s ON s.code IN ('R18', 'R154', 'R158')
WHERE a.code = 'csto' AND p.title_en = 'Protocol on amendments to the Agreement on the legal status of the Collective Security Treaty Organization' AND p.signed_on = DATE '2018-11-08';
INSERT INTO protocol_provisions (protocol_id, position, article, text_en)
SELECT p.id, 1, NULL, 'Provisions on the permanent representatives of the member states and on the Deputy Secretaries-General.' FROM treaty_protocols p JOIN alliances a ON a.id = p.alliance_id
WHERE a.code = 'csto' AND p.title_en = 'Protocol on amendments to the Agreement on the legal status of the Collective Security Treaty Organization' AND p.signed_on = DATE '2018-11-08';

-- Protocol amending the Agreement on Peacekeeping Activities of the CSTO (reported December 2020) (2020-12-02)
INSERT INTO treaty_protocols (alliance_id, kind, title_en, signed_on, signed_place, in_force_on, in_force_note, subject, verification, note)
SELECT a.id, 'PROTOCOL', 'Protocol amending the Agreement on Peacekeeping Activities of the CSTO (reported December 2020)', DATE '2020-12-02', 'videoconference', NULL, NULL,
       'Amends the 2007 Agreement on Peacekeeping Activities.',
       'UNVERIFIED',
       'Reported as adopted at the Collective Security Council video session of 2 Dec 2020 (R80). Similar items were also reported as signed or approved in Dushanbe on 16 Sep 2021 (R78, R228); it may be the same instrument as the coordinating-state protocol of 16 Sep 2021 or a different one. The signing date is unverified; 2 Dec 2020 is the reported date, not a confirmed one.'
FROM alliances a WHERE a.code = 'csto';
INSERT INTO treaty_protocol_sources (treaty_protocol_id, source_id)
SELECT p.id, s.id FROM treaty_protocols p JOIN alliances a ON a.id = p.alliance_id JOIN sources s ON s.code IN ('R78', 'R80', 'R228')
WHERE a.code = 'csto' AND p.title_en = 'Protocol amending the Agreement on Peacekeeping Activities of the CSTO (reported December 2020)' AND p.signed_on = DATE '2020-12-02';

-- Agreement on joint logistics and medical support (2020-12-02)
INSERT INTO treaty_protocols (alliance_id, kind, title_en, signed_on, signed_place, in_force_on, in_force_note, subject, verification, note)
SELECT a.id, 'AGREEMENT', 'Agreement on joint logistics and medical support', DATE '2020-12-02', 'videoconference', NULL, NULL,
       'Joint logistics support and medical support within the CSTO.',
       'UNVERIFIED',
       'Reported as adopted at the Collective Security Council video session of 2 Dec 2020 (R80); similar items were reported as signed or approved in Dushanbe on 16 Sep 2021 (R78, R228). The signing date is unverified; 2 Dec 2020 is the reported date, not a confirmed one. The official title is not given in the fact sheet.'
FROM alliances a WHERE a.code = 'csto';
INSERT INTO treaty_protocol_sources (treaty_protocol_id, source_id)
SELECT p.id, s.id FROM treaty_protocols p JOIN alliances a ON a.id = p.alliance_id JOIN sources s ON s.code IN ('R78', 'R80', 'R228')
WHERE a.code = 'csto' AND p.title_en = 'Agreement on joint logistics and medical support' AND p.signed_on = DATE '2020-12-02';

-- Protocol amending the Agreement on Peacekeeping Activities of the CSTO (coordinating state for UN operations) (2021-09-16)
INSERT INTO treaty_protocols (alliance_id, kind, title_en, signed_on, signed_place, in_force_on, in_force_note, subject, verification, note)
SELECT a.id, 'PROTOCOL', 'Protocol amending the Agreement on Peacekeeping Activities of the CSTO (coordinating state for UN operations)', DATE '2021-09-16', 'Dushanbe, Tajikistan', NULL, NULL,
       'Introduces a "coordinating state" for CSTO participation in UN peacekeeping operations.',
       'VERIFIED',
       'Kazakhstan ratified a document on the coordinating-state concept in May 2023 (R131). Possibly related to the amending protocol reported on 2 Dec 2020 (see that record).'
FROM alliances a WHERE a.code = 'csto';
INSERT INTO treaty_protocol_sources (treaty_protocol_id, source_id)
SELECT p.id, s.id FROM treaty_protocols p JOIN alliances a ON a.id = p.alliance_id JOIN sources s ON s.code IN ('R130', 'R131')
WHERE a.code = 'csto' AND p.title_en = 'Protocol amending the Agreement on Peacekeeping Activities of the CSTO (coordinating state for UN operations)' AND p.signed_on = DATE '2021-09-16';
INSERT INTO protocol_provisions (protocol_id, position, article, text_en)
SELECT p.id, 1, NULL, 'A coordinating state is designated for the participation of CSTO peacekeeping contingents in UN operations.' FROM treaty_protocols p JOIN alliances a ON a.id = p.alliance_id
WHERE a.code = 'csto' AND p.title_en = 'Protocol amending the Agreement on Peacekeeping Activities of the CSTO (coordinating state for UN operations)' AND p.signed_on = DATE '2021-09-16';
