-- Armenia's refusal to finance the CSTO (fact sheet §4), a typed restriction on its membership period beside its
-- frozen participation: a posture of the member, not a status in CSTO law, so Armenia stays an ACTIVE member.
-- effective_date: the MFA statement of 8 May 2024 [R38][R39]; notice_date: the formal notification to the
-- Secretariat of 31 Mar 2025 [R46]. Not lifted (sources to Feb 2026).
INSERT INTO withdrawals (membership_id, kind, notice_date, notice_precision, effective_date, effective_precision, reason,
                         verification, note)
SELECT m.id, 'FINANCING_REFUSED', DATE '2025-03-31', 'DAY', DATE '2024-05-08', 'DAY',
       'Armenia''s Ministry of Foreign Affairs (spokeswoman Ani Badalyan) said on 8 May 2024 that Armenia would not join the Collective Security Council''s decision of 23 Nov 2023 on the CSTO budget for 2024 '
           || 'and would not finance the organization, without objecting to the decision''s adoption in a limited format.',
       'VERIFIED',
       'On 31 Mar 2025 the Ministry formally notified the CSTO Secretariat that Armenia refrains from the 2024 budget decision and its financing (the notice date). '
           || 'Part of the frozen participation announced on 22 Feb 2024; Armenia remains a full member. In Dec 2025 the Russian MFA said two years of budget arrears may suspend a member''s right to nominate nationals to quota posts and its vote in CSTO bodies (single source [R44]); no such decision found (sources to Feb 2026).'
FROM memberships m JOIN alliances a ON a.id = m.alliance_id JOIN member_states s ON s.id = m.member_state_id
WHERE a.code = 'csto' AND s.iso3 = 'ARM' AND m.start_date = DATE '1992-05-15' AND m.end_date IS NULL;

INSERT INTO withdrawal_sources (withdrawal_id, source_id)
SELECT w.id, src.id FROM withdrawals w JOIN memberships m ON m.id = w.membership_id JOIN alliances a ON a.id = m.alliance_id
JOIN member_states s ON s.id = m.member_state_id JOIN sources src ON src.code IN ('R38', 'R39', 'R44', 'R46')
WHERE a.code = 'csto' AND s.iso3 = 'ARM' AND w.kind = 'FINANCING_REFUSED' AND w.effective_date = DATE '2024-05-08';
