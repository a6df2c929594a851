-- Membership periods and the acts on them hold their dates as the sources know them (shared.HistoricalDate): each
-- date column keeps the first day of its precision, and beside it <x>_precision (DAY, MONTH or YEAR) and the optional
-- bounds <x>_earliest and <x>_latest (Wikidata's "earliest date" and "latest date"). memberships.end_date stays
-- exclusive (the first day no longer a member), withdrawals.lifted_on too (the first day the act no longer applies).
-- Every date stored before is an exact day. Verification columns are added here, filled by the seed V1111 and made
-- NOT NULL by V1113. Financing refused (Armenia, 2024) joins the kinds of act.

ALTER TABLE memberships ADD COLUMN start_precision VARCHAR(5);
ALTER TABLE memberships ADD COLUMN start_earliest DATE;
ALTER TABLE memberships ADD COLUMN start_latest DATE;
ALTER TABLE memberships ADD COLUMN end_precision VARCHAR(5);
ALTER TABLE memberships ADD COLUMN end_earliest DATE;
ALTER TABLE memberships ADD COLUMN end_latest DATE;
ALTER TABLE memberships ADD COLUMN verification VARCHAR(20);
UPDATE memberships SET start_precision = 'DAY';
UPDATE memberships SET end_precision = 'DAY' WHERE end_date IS NOT NULL;
ALTER TABLE memberships ALTER COLUMN start_precision SET NOT NULL;

ALTER TABLE memberships ADD CONSTRAINT ck_memberships_start_precision CHECK (
    start_precision IN ('DAY', 'MONTH', 'YEAR')
    AND (start_precision <> 'DAY' OR (start_earliest IS NULL AND start_latest IS NULL))
    AND (start_precision = 'DAY' OR EXTRACT(DAY FROM start_date) = 1)
    AND (start_precision <> 'YEAR' OR EXTRACT(MONTH FROM start_date) = 1)
    AND (start_earliest IS NULL OR start_earliest >= start_date)
    AND (start_latest IS NULL OR start_latest >= COALESCE(start_earliest, start_date)));
ALTER TABLE memberships ADD CONSTRAINT ck_memberships_end_precision CHECK (
    (end_date IS NULL AND end_precision IS NULL AND end_earliest IS NULL AND end_latest IS NULL)
    OR (end_date IS NOT NULL AND end_precision IN ('DAY', 'MONTH', 'YEAR')
        AND (end_precision <> 'DAY' OR (end_earliest IS NULL AND end_latest IS NULL))
        AND (end_precision = 'DAY' OR EXTRACT(DAY FROM end_date) = 1)
        AND (end_precision <> 'YEAR' OR EXTRACT(MONTH FROM end_date) = 1)
        AND (end_earliest IS NULL OR end_earliest >= end_date)
        AND (end_latest IS NULL OR end_latest >= COALESCE(end_earliest, end_date))));
-- An exact end follows the first day the start can be; an uncertain end is checked by the service (its last
-- possible day must follow the start's first possible day), which needs date arithmetic the two databases spell apart.
ALTER TABLE memberships DROP CONSTRAINT ck_memberships_dates;
ALTER TABLE memberships ADD CONSTRAINT ck_memberships_dates CHECK (
    end_date IS NULL OR end_precision <> 'DAY' OR end_date > COALESCE(start_earliest, start_date));

ALTER TABLE withdrawals ADD COLUMN effective_precision VARCHAR(5);
ALTER TABLE withdrawals ADD COLUMN effective_earliest DATE;
ALTER TABLE withdrawals ADD COLUMN effective_latest DATE;
ALTER TABLE withdrawals ADD COLUMN notice_precision VARCHAR(5);
ALTER TABLE withdrawals ADD COLUMN notice_earliest DATE;
ALTER TABLE withdrawals ADD COLUMN notice_latest DATE;
ALTER TABLE withdrawals ADD COLUMN lifted_precision VARCHAR(5);
ALTER TABLE withdrawals ADD COLUMN lifted_earliest DATE;
ALTER TABLE withdrawals ADD COLUMN lifted_latest DATE;
UPDATE withdrawals SET effective_precision = 'DAY';
UPDATE withdrawals SET notice_precision = 'DAY' WHERE notice_date IS NOT NULL;
UPDATE withdrawals SET lifted_precision = 'DAY' WHERE lifted_on IS NOT NULL;
ALTER TABLE withdrawals ALTER COLUMN effective_precision SET NOT NULL;

ALTER TABLE withdrawals ADD CONSTRAINT ck_withdrawals_effective_precision CHECK (
    effective_precision IN ('DAY', 'MONTH', 'YEAR')
    AND (effective_precision <> 'DAY' OR (effective_earliest IS NULL AND effective_latest IS NULL))
    AND (effective_precision = 'DAY' OR EXTRACT(DAY FROM effective_date) = 1)
    AND (effective_precision <> 'YEAR' OR EXTRACT(MONTH FROM effective_date) = 1)
    AND (effective_earliest IS NULL OR effective_earliest >= effective_date)
    AND (effective_latest IS NULL OR effective_latest >= COALESCE(effective_earliest, effective_date)));
ALTER TABLE withdrawals ADD CONSTRAINT ck_withdrawals_notice_precision CHECK (
    (notice_date IS NULL AND notice_precision IS NULL AND notice_earliest IS NULL AND notice_latest IS NULL)
    OR (notice_date IS NOT NULL AND notice_precision IN ('DAY', 'MONTH', 'YEAR')
        AND (notice_precision <> 'DAY' OR (notice_earliest IS NULL AND notice_latest IS NULL))
        AND (notice_precision = 'DAY' OR EXTRACT(DAY FROM notice_date) = 1)
        AND (notice_precision <> 'YEAR' OR EXTRACT(MONTH FROM notice_date) = 1)
        AND (notice_earliest IS NULL OR notice_earliest >= notice_date)
        AND (notice_latest IS NULL OR notice_latest >= COALESCE(notice_earliest, notice_date))
        AND notice_date >= DATE '1800-01-01' AND notice_date <= DATE '2200-12-31'));
ALTER TABLE withdrawals ADD CONSTRAINT ck_withdrawals_lifted_precision CHECK (
    (lifted_on IS NULL AND lifted_precision IS NULL AND lifted_earliest IS NULL AND lifted_latest IS NULL)
    OR (lifted_on IS NOT NULL AND lifted_precision IN ('DAY', 'MONTH', 'YEAR')
        AND (lifted_precision <> 'DAY' OR (lifted_earliest IS NULL AND lifted_latest IS NULL))
        AND (lifted_precision = 'DAY' OR EXTRACT(DAY FROM lifted_on) = 1)
        AND (lifted_precision <> 'YEAR' OR EXTRACT(MONTH FROM lifted_on) = 1)
        AND (lifted_earliest IS NULL OR lifted_earliest >= lifted_on)
        AND (lifted_latest IS NULL OR lifted_latest >= COALESCE(lifted_earliest, lifted_on))
        AND lifted_on <= DATE '2200-12-31'));

ALTER TABLE withdrawals DROP CONSTRAINT ck_withdrawals_kind;
ALTER TABLE withdrawals ADD CONSTRAINT ck_withdrawals_kind
    CHECK (kind IN ('WITHDRAWAL', 'NON_RENEWAL', 'SUSPENSION', 'PARTICIPATION_FROZEN', 'FINANCING_REFUSED'));
ALTER TABLE withdrawals DROP CONSTRAINT ck_withdrawals_lifted_kind;
ALTER TABLE withdrawals ADD CONSTRAINT ck_withdrawals_lifted_kind
    CHECK (lifted_on IS NULL OR kind IN ('SUSPENSION', 'PARTICIPATION_FROZEN', 'FINANCING_REFUSED'));
-- A state's own posture (a frozen participation, a refusal to finance) may be notified formally after it began:
-- Armenia stopped financing the CSTO on 8 May 2024 and notified the Secretariat on 31 Mar 2025. Uncertain days are
-- checked by the service.
ALTER TABLE withdrawals DROP CONSTRAINT ck_withdrawals_notice;
ALTER TABLE withdrawals ADD CONSTRAINT ck_withdrawals_notice CHECK (
    notice_date IS NULL OR notice_precision <> 'DAY' OR effective_precision <> 'DAY' OR effective_date >= notice_date
    OR kind IN ('PARTICIPATION_FROZEN', 'FINANCING_REFUSED'));
ALTER TABLE withdrawals DROP CONSTRAINT ck_withdrawals_lifted;
ALTER TABLE withdrawals ADD CONSTRAINT ck_withdrawals_lifted CHECK (
    lifted_on IS NULL OR lifted_precision <> 'DAY' OR effective_precision <> 'DAY' OR lifted_on > effective_date);

-- States: the official name (English and Russian, where a source gives it) apart from the ISO 3166 English name
-- that official_name_en held until now; the day a former state ceased to exist (ceased_on) apart from the day ISO
-- 3166-3 withdrew its code (iso_code_withdrawn_on), which ceased_on held until now.
ALTER TABLE member_states ADD COLUMN iso_name_en VARCHAR(300);
ALTER TABLE member_states ADD COLUMN official_name_ru VARCHAR(300);
ALTER TABLE member_states ADD COLUMN iso_code_withdrawn_on DATE;
ALTER TABLE member_states ADD COLUMN verification VARCHAR(20);
UPDATE member_states SET iso_name_en = official_name_en;
UPDATE member_states SET iso_code_withdrawn_on = ceased_on;
ALTER TABLE member_states ADD CONSTRAINT ck_member_states_code_withdrawn CHECK (
    (historic OR iso_code_withdrawn_on IS NULL)
    AND (iso_code_withdrawn_on IS NULL OR (iso_code_withdrawn_on >= DATE '1800-01-01' AND iso_code_withdrawn_on <= DATE '2200-12-31')));

ALTER TABLE alliances ADD COLUMN verification VARCHAR(20);
