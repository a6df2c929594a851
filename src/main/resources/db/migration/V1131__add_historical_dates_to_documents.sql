-- Documents carry the date model (issue 15): the signature and the entry into force are each a HistoricalDate, its
-- day (the first day of its precision) in the existing column beside its precision and optional earliest and latest
-- bounds. Signatories and provisions get their own verification, backfilled from their document's (the seed
-- corrections, V1136, set those the fact sheet qualifies); from now on every write states it, no default does.
ALTER TABLE treaty_protocols ADD COLUMN signed_precision VARCHAR(5) DEFAULT 'DAY' NOT NULL;
ALTER TABLE treaty_protocols ADD COLUMN signed_earliest DATE;
ALTER TABLE treaty_protocols ADD COLUMN signed_latest DATE;
ALTER TABLE treaty_protocols ADD COLUMN in_force_precision VARCHAR(5);
ALTER TABLE treaty_protocols ADD COLUMN in_force_earliest DATE;
ALTER TABLE treaty_protocols ADD COLUMN in_force_latest DATE;
UPDATE treaty_protocols SET in_force_precision = 'DAY' WHERE in_force_on IS NOT NULL;
ALTER TABLE treaty_protocols ALTER COLUMN signed_precision DROP DEFAULT;

-- An entry into force known to the month may fall in the month of a signature known to the day, so the day columns
-- compare only where both are days; the service checks that the entry into force can follow the signature.
ALTER TABLE treaty_protocols DROP CONSTRAINT ck_treaty_protocols_in_force;
ALTER TABLE treaty_protocols ADD CONSTRAINT ck_treaty_protocols_in_force
    CHECK (in_force_on IS NULL OR in_force_precision <> 'DAY' OR signed_precision <> 'DAY' OR in_force_on >= signed_on);
ALTER TABLE treaty_protocols ADD CONSTRAINT ck_treaty_protocols_signed
    CHECK (signed_precision IN ('DAY', 'MONTH', 'YEAR')
        AND (signed_precision = 'DAY' OR EXTRACT(DAY FROM signed_on) = 1)
        AND (signed_precision <> 'YEAR' OR EXTRACT(MONTH FROM signed_on) = 1)
        AND (signed_earliest IS NULL OR signed_earliest > signed_on)
        AND (signed_latest IS NULL OR signed_latest >= COALESCE(signed_earliest, signed_on)));
ALTER TABLE treaty_protocols ADD CONSTRAINT ck_treaty_protocols_in_force_date
    CHECK ((in_force_on IS NULL AND in_force_precision IS NULL AND in_force_earliest IS NULL AND in_force_latest IS NULL)
        OR (in_force_on IS NOT NULL AND in_force_precision IN ('DAY', 'MONTH', 'YEAR')
            AND (in_force_precision = 'DAY' OR EXTRACT(DAY FROM in_force_on) = 1)
            AND (in_force_precision <> 'YEAR' OR EXTRACT(MONTH FROM in_force_on) = 1)
            AND (in_force_earliest IS NULL OR in_force_earliest > in_force_on)
            AND (in_force_latest IS NULL OR in_force_latest >= COALESCE(in_force_earliest, in_force_on))));
ALTER TABLE treaty_protocols ALTER COLUMN verification DROP DEFAULT;

ALTER TABLE protocol_signatories ADD COLUMN verification VARCHAR(20);
UPDATE protocol_signatories SET verification =
    (SELECT p.verification FROM treaty_protocols p WHERE p.id = protocol_signatories.protocol_id);
ALTER TABLE protocol_signatories ALTER COLUMN verification SET NOT NULL;
ALTER TABLE protocol_signatories ADD CONSTRAINT ck_protocol_signatories_verification
    CHECK (verification IN ('VERIFIED', 'SINGLE_SOURCE', 'UNVERIFIED'));

ALTER TABLE protocol_provisions ADD COLUMN verification VARCHAR(20);
UPDATE protocol_provisions SET verification =
    (SELECT p.verification FROM treaty_protocols p WHERE p.id = protocol_provisions.protocol_id);
ALTER TABLE protocol_provisions ALTER COLUMN verification SET NOT NULL;
ALTER TABLE protocol_provisions ADD CONSTRAINT ck_protocol_provisions_verification
    CHECK (verification IN ('VERIFIED', 'SINGLE_SOURCE', 'UNVERIFIED'));
