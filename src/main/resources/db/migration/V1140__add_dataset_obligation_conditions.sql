-- What each member's obligations are conditional on, as ATOP codes it (codebook 2.3: defcoadv ... concoreq), and its
-- promise not to join contrary alliances (noothall). A list of condition names, comma-separated: '' unconditional,
-- NULL where the member does not hold the obligation or the dataset codes no conditions (COW).
ALTER TABLE dataset_members ADD COLUMN defence_conditions VARCHAR(200);
ALTER TABLE dataset_members ADD COLUMN offence_conditions VARCHAR(200);
ALTER TABLE dataset_members ADD COLUMN neutrality_conditions VARCHAR(200);
ALTER TABLE dataset_members ADD COLUMN consultation_conditions VARCHAR(200);
ALTER TABLE dataset_members ADD COLUMN no_other_alliance BOOLEAN;

-- Rows imported before these columns existed hold no conditions: the next upload of the same files imports them
-- again instead of finding them unchanged.
UPDATE datasets SET content_sha256 = 'imported-before-conditions' WHERE id = 'atop-4.01';
