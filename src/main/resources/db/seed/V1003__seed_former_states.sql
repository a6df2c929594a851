-- Former states of the Warsaw Pact, with their ISO 3166-1 codes of the time and ISO 3166-3 former-country codes.
-- ceased_on is the ISO 3166-3 withdrawal date of the code (iso-codes); the GDR itself ceased to exist on 1990-10-03.
-- Russian and Arabic names: the iso-codes translations of the ISO 3166-3 names.
INSERT INTO member_states (iso2, iso3, iso_numeric, iso3166_3, name_en, name_ru, name_ar, official_name_en, historic, ceased_on) VALUES
    ('SU', 'SUN', '810', 'SUHH', 'Soviet Union', 'Союз Советских Социалистических Республик', 'اتحاد الجمهوريات السوفيتية الاشتراكية',
     'USSR, Union of Soviet Socialist Republics', TRUE, DATE '1992-08-30'),
    ('CS', 'CSK', '200', 'CSHH', 'Czechoslovakia', 'Чехословацкая Социалистическая Республика', 'تشيكوسلوفاكيا، جمهورية سلوفاكيا الاشتراكية',
     'Czechoslovakia, Czechoslovak Socialist Republic', TRUE, DATE '1993-06-15'),
    ('DD', 'DDR', '278', 'DDDE', 'German Democratic Republic', 'Германская Демократическая Республика', 'جمهوريّة ألمانيا الديموقراطيّة',
     'German Democratic Republic', TRUE, DATE '1990-10-30');

INSERT INTO member_state_sources (member_state_id, source_id)
SELECT m.id, s.id FROM member_states m, sources s
WHERE m.iso2 IN ('SU', 'CS', 'DD') AND s.code IN ('ISO-CODES-DEBIAN', 'R192', 'R193');
