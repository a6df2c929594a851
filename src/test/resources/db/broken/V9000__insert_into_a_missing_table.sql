-- A migration that fails, for StartupFailureTests: the registry must refuse to start rather than run half-migrated.
INSERT INTO no_such_table (id) VALUES (1);
