-- Membership periods in the Collective Security Treaty / CSTO, and the acts that ended or restricted them.
-- start_date is the state's signature of the Treaty (the service reports SIGNATORY before its entry into force, 1994-04-20).
-- The 1999 non-renewals store end_date 1999-04-20, the expiry of the Treaty's initial term, as the fact sheet's registry note says.

-- Original signatories (Tashkent, 15 May 1992) still members.
INSERT INTO memberships (alliance_id, member_state_id, start_date, start_kind, note)
SELECT a.id, s.id, DATE '1992-05-15', 'ORIGINAL_SIGNATORY',
       'Original signatory of the Collective Security Treaty (Tashkent, 15 May 1992); signed the 2 Apr 1999 extension protocol; founding member of the CSTO (Charter signed 7 Oct 2002, Chisinau). '
           || 'Has frozen its participation since 22 Feb 2024 but remains a member: no withdrawal notice, suspension or exclusion found (see withdrawals).'
FROM alliances a, member_states s WHERE a.code = 'csto' AND s.iso3 = 'ARM';
INSERT INTO memberships (alliance_id, member_state_id, start_date, start_kind, note)
SELECT a.id, s.id, DATE '1992-05-15', 'ORIGINAL_SIGNATORY',
       'Original signatory of the Collective Security Treaty (Tashkent, 15 May 1992); signed the 2 Apr 1999 extension protocol; founding member of the CSTO (Charter signed 7 Oct 2002, Chisinau).'
FROM alliances a, member_states s WHERE a.code = 'csto' AND s.iso3 IN ('KAZ', 'KGZ', 'TJK');
INSERT INTO memberships (alliance_id, member_state_id, start_date, start_kind, note)
SELECT a.id, s.id, DATE '1992-05-15', 'ORIGINAL_SIGNATORY',
       'Original signatory of the Collective Security Treaty (Tashkent, 15 May 1992); signed the 2 Apr 1999 extension protocol; founding member of the CSTO (Charter signed 7 Oct 2002, Chisinau). Hosts the headquarters in Moscow.'
FROM alliances a, member_states s WHERE a.code = 'csto' AND s.iso3 = 'RUS';

-- Uzbekistan: first period, ended by not renewing the Treaty in 1999.
INSERT INTO memberships (alliance_id, member_state_id, start_date, start_kind, end_date, end_kind, note)
SELECT a.id, s.id, DATE '1992-05-15', 'ORIGINAL_SIGNATORY', DATE '1999-04-20', 'NON_RENEWAL',
       'Original signatory (Tashkent, 15 May 1992). Did not sign the 2 Apr 1999 extension protocol and was outside the Treaty when its initial term expired on 20 Apr 1999; joined GUAM (then GUUAM) on 24 Apr 1999. '
           || 'Uzbekistan later argued it had only suspended its participation and never denounced the Treaty; some sources, Karimov among them, date its exit to 1998, when it says it stopped taking part.'
FROM alliances a, member_states s WHERE a.code = 'csto' AND s.iso3 = 'UZB';

-- Later signatories of the Treaty (1993).
INSERT INTO memberships (alliance_id, member_state_id, start_date, start_kind, end_date, end_kind, note)
SELECT a.id, s.id, DATE '1993-09-24', 'ACCESSION', DATE '1999-04-20', 'NON_RENEWAL',
       'Signed the Treaty on 24 Sep 1993. Did not sign the 2 Apr 1999 extension protocol and was outside the Treaty when its initial term expired on 20 Apr 1999.'
FROM alliances a, member_states s WHERE a.code = 'csto' AND s.iso3 = 'AZE';
INSERT INTO memberships (alliance_id, member_state_id, start_date, start_kind, end_date, end_kind, note)
SELECT a.id, s.id, DATE '1993-12-09', 'ACCESSION', DATE '1999-04-20', 'NON_RENEWAL',
       'Signed the Treaty on 9 Dec 1993, the best-supported date; some sources say 9 Sep 1993, unlikely because Georgia joined the CIS only in Oct-Dec 1993. '
           || 'Did not sign the 2 Apr 1999 extension protocol and was outside the Treaty when its initial term expired on 20 Apr 1999.'
FROM alliances a, member_states s WHERE a.code = 'csto' AND s.iso3 = 'GEO';
INSERT INTO memberships (alliance_id, member_state_id, start_date, start_kind, note)
SELECT a.id, s.id, DATE '1993-12-31', 'ACCESSION',
       'Signed the Treaty on 31 Dec 1993; signed the 2 Apr 1999 extension protocol; founding member of the CSTO (Charter signed 7 Oct 2002, Chisinau).'
FROM alliances a, member_states s WHERE a.code = 'csto' AND s.iso3 = 'BLR';

-- Uzbekistan: second period. The 2012 act is a suspension (see withdrawals), so the period has no end.
INSERT INTO memberships (alliance_id, member_state_id, start_date, start_kind, note)
SELECT a.id, s.id, DATE '2006-08-16', 'RESTORATION',
       'Return announced at the Minsk CSC session of 23 Jun 2006 (Karimov: Uzbekistan never denounced the Treaty); protocol on the restoration of membership signed 16 Aug 2006 in Sochi; '
           || 'ratified by the Legislative Chamber 21 Nov 2006 and the Senate 1 Dec 2006, law signed 13 Dec 2006. On 28 Mar 2008 the Senate ratified the accessions to the 1999 extension protocol, '
           || 'the Charter and the Agreement on legal status (reported by some as joining in 2008). Participation suspended by CSC decision of 19 Dec 2012 (see withdrawals). Never held the chairmanship.'
FROM alliances a, member_states s WHERE a.code = 'csto' AND s.iso3 = 'UZB';

INSERT INTO membership_sources (membership_id, source_id)
SELECT m.id, src.id FROM memberships m JOIN alliances a ON a.id = m.alliance_id JOIN member_states s ON s.id = m.member_state_id
JOIN sources src ON src.code IN ('R1', 'R5', 'R10', 'R12', 'R15', 'R16', 'R21', 'R34', 'R37', 'R44')
WHERE a.code = 'csto' AND s.iso3 = 'ARM' AND m.start_date = DATE '1992-05-15';
INSERT INTO membership_sources (membership_id, source_id)
SELECT m.id, src.id FROM memberships m JOIN alliances a ON a.id = m.alliance_id JOIN member_states s ON s.id = m.member_state_id
JOIN sources src ON src.code IN ('R1', 'R5', 'R10', 'R12', 'R15', 'R16', 'R21')
WHERE a.code = 'csto' AND s.iso3 IN ('KAZ', 'KGZ', 'TJK', 'RUS') AND m.start_date = DATE '1992-05-15';
INSERT INTO membership_sources (membership_id, source_id)
SELECT m.id, src.id FROM memberships m JOIN alliances a ON a.id = m.alliance_id JOIN member_states s ON s.id = m.member_state_id
JOIN sources src ON src.code IN ('R1', 'R5', 'R6', 'R10', 'R11', 'R12', 'R15', 'R26', 'R29', 'R218b')
WHERE a.code = 'csto' AND s.iso3 = 'UZB' AND m.start_date = DATE '1992-05-15';
INSERT INTO membership_sources (membership_id, source_id)
SELECT m.id, src.id FROM memberships m JOIN alliances a ON a.id = m.alliance_id JOIN member_states s ON s.id = m.member_state_id
JOIN sources src ON src.code IN ('R2', 'R4a', 'R4b', 'R5', 'R6', 'R10', 'R11')
WHERE a.code = 'csto' AND s.iso3 = 'AZE' AND m.start_date = DATE '1993-09-24';
INSERT INTO membership_sources (membership_id, source_id)
SELECT m.id, src.id FROM memberships m JOIN alliances a ON a.id = m.alliance_id JOIN member_states s ON s.id = m.member_state_id
JOIN sources src ON src.code IN ('R1', 'R2', 'R5', 'R6', 'R10', 'R11', 'R218')
WHERE a.code = 'csto' AND s.iso3 = 'GEO' AND m.start_date = DATE '1993-12-09';
INSERT INTO membership_sources (membership_id, source_id)
SELECT m.id, src.id FROM memberships m JOIN alliances a ON a.id = m.alliance_id JOIN member_states s ON s.id = m.member_state_id
JOIN sources src ON src.code IN ('R1', 'R2', 'R4a', 'R5', 'R10', 'R12', 'R16', 'R21')
WHERE a.code = 'csto' AND s.iso3 = 'BLR' AND m.start_date = DATE '1993-12-31';
INSERT INTO membership_sources (membership_id, source_id)
SELECT m.id, src.id FROM memberships m JOIN alliances a ON a.id = m.alliance_id JOIN member_states s ON s.id = m.member_state_id
JOIN sources src ON src.code IN ('R21', 'R26', 'R27', 'R28', 'R29', 'R30', 'R31', 'R32', 'R33', 'R22')
WHERE a.code = 'csto' AND s.iso3 = 'UZB' AND m.start_date = DATE '2006-08-16';

-- 1999 non-renewals: no notice; participation ended when the initial term expired.
INSERT INTO withdrawals (membership_id, kind, effective_date, reason, verification, note)
SELECT m.id, 'NON_RENEWAL', DATE '1999-04-20',
       'Did not sign the Protocol of 2 Apr 1999 (Moscow) extending the Collective Security Treaty, so its participation ended when the Treaty''s initial five-year term expired on 20 Apr 1999.',
       'VERIFIED',
       'A non-renewal, not a denunciation. The six states that signed the protocol extended the Treaty for five years from 21 Apr 1999, with automatic five-year renewals.'
FROM memberships m JOIN alliances a ON a.id = m.alliance_id JOIN member_states s ON s.id = m.member_state_id
WHERE a.code = 'csto' AND s.iso3 IN ('AZE', 'GEO') AND m.end_date = DATE '1999-04-20';
INSERT INTO withdrawals (membership_id, kind, effective_date, reason, verification, note)
SELECT m.id, 'NON_RENEWAL', DATE '1999-04-20',
       'Did not sign the Protocol of 2 Apr 1999 (Moscow) extending the Collective Security Treaty, so its participation ended when the Treaty''s initial five-year term expired on 20 Apr 1999.',
       'VERIFIED',
       'A non-renewal, not a denunciation; Uzbekistan later said it had only suspended its participation. It joined GUAM (then GUUAM) on 24 Apr 1999. '
           || 'Some sources date its exit to 1998, the year Uzbekistan says it stopped taking part; 1999 is the legal date.'
FROM memberships m JOIN alliances a ON a.id = m.alliance_id JOIN member_states s ON s.id = m.member_state_id
WHERE a.code = 'csto' AND s.iso3 = 'UZB' AND m.start_date = DATE '1992-05-15';

-- Uzbekistan 2012: a suspension decided by the CSC; the membership period does not end.
INSERT INTO withdrawals (membership_id, kind, notice_date, effective_date, reason, verification, note)
SELECT m.id, 'SUSPENSION', DATE '2012-06-20', DATE '2012-12-19',
       'Uzbekistan sent the CSTO Secretariat a note dated 20 Jun 2012 on suspending its participation (receipt confirmed 28 Jun 2012); '
           || 'the Collective Security Council, at its 19 Dec 2012 session in Moscow, granted the request and suspended Uzbekistan''s membership.',
       'VERIFIED',
       'The legal act is a suspension by CSC decision, not a withdrawal under Charter Art. 19, although the press commonly says Uzbekistan withdrew. '
           || 'Suspension and exclusion are governed by the regulations the CSC approved on 18 Jun 2004 (Astana). No lifting of the suspension found in the sources (to Feb 2026).'
FROM memberships m JOIN alliances a ON a.id = m.alliance_id JOIN member_states s ON s.id = m.member_state_id
WHERE a.code = 'csto' AND s.iso3 = 'UZB' AND m.start_date = DATE '2006-08-16';

-- Armenia 2024: a political freeze announced in an interview, not a status in CSTO law; Armenia stays a member.
INSERT INTO withdrawals (membership_id, kind, notice_date, effective_date, reason, verification, note)
SELECT m.id, 'PARTICIPATION_FROZEN', DATE '2024-02-22', DATE '2024-02-22',
       'Prime Minister Pashinyan said in a France 24 interview broadcast on 22 Feb 2024 (reported 23 Feb) that Armenia had in practical terms frozen its participation in the CSTO, '
           || 'after disputes that began at the 23 Nov 2022 Yerevan session, where he refused to sign the final declaration.',
       'VERIFIED',
       'A public statement, not a formal notice: the CSTO Secretariat said on 23 Feb 2024 it had received no notice, and no notice of suspension or withdrawal was found later either. '
           || 'Armenia remains a full member: it stays out of meetings, drafting and financing but does not veto decisions, which the others adopt in a limited format. '
           || 'Before: it declined to host the 2023 exercise, recalled its permanent representative in Sep 2023 and boycotted the 23 Nov 2023 Minsk session. '
           || 'On 8 May 2024 the MFA said Armenia would not join the 2024 budget decision or finance the organization; it formally notified the Secretariat of this on 31 Mar 2025. '
           || 'Pashinyan said on 12 Jun 2024 that Armenia would leave at a time of its choosing and on 4 Dec 2024 that it already considered itself outside the CSTO. '
           || 'Armenia was absent from the Astana (28 Nov 2024) and Bishkek (27 Nov 2025) sessions; in Nov 2025 its deputy foreign minister said exit was not on the agenda. '
           || 'In Dec 2025 the Russian MFA said Armenia remains a full member, that freezing has no basis in CSTO law and that two years of budget arrears may bring sanctions. '
           || 'In Jan 2026 Armenian foreign intelligence called unfreezing in 2026 unlikely. No withdrawal notice, suspension or exclusion found (sources to Feb 2026).'
FROM memberships m JOIN alliances a ON a.id = m.alliance_id JOIN member_states s ON s.id = m.member_state_id
WHERE a.code = 'csto' AND s.iso3 = 'ARM' AND m.start_date = DATE '1992-05-15';

INSERT INTO withdrawal_sources (withdrawal_id, source_id)
SELECT w.id, src.id FROM withdrawals w JOIN memberships m ON m.id = w.membership_id JOIN alliances a ON a.id = m.alliance_id
JOIN member_states s ON s.id = m.member_state_id JOIN sources src ON src.code IN ('R5', 'R6', 'R7', 'R10', 'R11')
WHERE a.code = 'csto' AND s.iso3 IN ('AZE', 'GEO') AND w.kind = 'NON_RENEWAL';
INSERT INTO withdrawal_sources (withdrawal_id, source_id)
SELECT w.id, src.id FROM withdrawals w JOIN memberships m ON m.id = w.membership_id JOIN alliances a ON a.id = m.alliance_id
JOIN member_states s ON s.id = m.member_state_id JOIN sources src ON src.code IN ('R5', 'R6', 'R7', 'R10', 'R11', 'R26', 'R29', 'R218b')
WHERE a.code = 'csto' AND s.iso3 = 'UZB' AND w.kind = 'NON_RENEWAL';
INSERT INTO withdrawal_sources (withdrawal_id, source_id)
SELECT w.id, src.id FROM withdrawals w JOIN memberships m ON m.id = w.membership_id JOIN alliances a ON a.id = m.alliance_id
JOIN member_states s ON s.id = m.member_state_id JOIN sources src ON src.code IN ('R21', 'R22', 'R23', 'R24', 'R25', 'R155')
WHERE a.code = 'csto' AND s.iso3 = 'UZB' AND w.kind = 'SUSPENSION';
INSERT INTO withdrawal_sources (withdrawal_id, source_id)
SELECT w.id, src.id FROM withdrawals w JOIN memberships m ON m.id = w.membership_id JOIN alliances a ON a.id = m.alliance_id
JOIN member_states s ON s.id = m.member_state_id JOIN sources src ON src.code IN
    ('R34', 'R35', 'R36', 'R37', 'R38', 'R39', 'R40', 'R41', 'R42', 'R44', 'R45', 'R46', 'R47', 'R48', 'R49', 'R50',
     'R52', 'R53', 'R55', 'R56', 'R66', 'R74', 'R75', 'R227')
WHERE a.code = 'csto' AND s.iso3 = 'ARM' AND w.kind = 'PARTICIPATION_FROZEN';
