-- Every membership period, state and alliance says how well its sources support it: the seed V1111 filled the column
-- for every row (curated rows as the fact sheet says, rows an editor wrote before the column existed UNVERIFIED), and
-- every write states it from now on (no default).
ALTER TABLE memberships ALTER COLUMN verification SET NOT NULL;
ALTER TABLE memberships ADD CONSTRAINT ck_memberships_verification
    CHECK (verification IN ('VERIFIED', 'SINGLE_SOURCE', 'UNVERIFIED'));
ALTER TABLE member_states ALTER COLUMN verification SET NOT NULL;
ALTER TABLE member_states ADD CONSTRAINT ck_member_states_verification
    CHECK (verification IN ('VERIFIED', 'SINGLE_SOURCE', 'UNVERIFIED'));
ALTER TABLE alliances ALTER COLUMN verification SET NOT NULL;
ALTER TABLE alliances ADD CONSTRAINT ck_alliances_verification
    CHECK (verification IN ('VERIFIED', 'SINGLE_SOURCE', 'UNVERIFIED'));
