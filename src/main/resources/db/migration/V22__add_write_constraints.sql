-- Constraints behind the write API's rules, so that the database refuses what the services refuse even if a write
-- ever got past them: dates within the registry's plausible bounds (1800-01-01 to 2200-12-31) and one chairmanship
-- term per alliance and first day. The curated seeds satisfy them all.
ALTER TABLE memberships ADD CONSTRAINT ck_memberships_bounds
    CHECK (start_date >= DATE '1800-01-01' AND start_date <= DATE '2200-12-31' AND (end_date IS NULL OR end_date <= DATE '2200-12-31'));
ALTER TABLE withdrawals ADD CONSTRAINT ck_withdrawals_bounds
    CHECK (effective_date >= DATE '1800-01-01' AND effective_date <= DATE '2200-12-31');
ALTER TABLE chairmanship_terms ADD CONSTRAINT ck_chairmanship_terms_bounds
    CHECK ((start_date IS NULL OR start_date >= DATE '1800-01-01') AND (end_date IS NULL OR end_date <= DATE '2200-12-31')
           AND chair_year BETWEEN 1800 AND 2200);
ALTER TABLE chairmanship_terms ADD CONSTRAINT uq_chairmanship_terms_start UNIQUE (alliance_id, start_date);
ALTER TABLE treaty_protocols ADD CONSTRAINT ck_treaty_protocols_bounds
    CHECK (signed_on >= DATE '1800-01-01' AND signed_on <= DATE '2200-12-31');
ALTER TABLE alliance_events ADD CONSTRAINT ck_alliance_events_bounds
    CHECK ((start_date IS NULL OR start_date >= DATE '1800-01-01') AND (end_date IS NULL OR end_date <= DATE '2200-12-31'));
ALTER TABLE sources ADD CONSTRAINT ck_sources_code CHECK (LENGTH(TRIM(code)) > 0);
