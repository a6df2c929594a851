-- Where the registry's state codes and names come from.
INSERT INTO sources (code, title, url, publisher, accessed_on, note) VALUES
    ('ISO3166-DATASET', 'ISO-3166-Countries-with-Regional-Codes, tag 10.0 (all/all.csv)',
     'https://github.com/lukes/ISO-3166-Countries-with-Regional-Codes', 'Luke Duncalfe', DATE '2024-06-19',
     'ISO 3166-1 alpha-2, alpha-3 and numeric codes and English short names, merged by the producer from Wikipedia''s ISO 3166-1 article and UN M49 on 2024-06-19 (the producer states it is not authoritative). CC BY-SA 4.0.');
INSERT INTO sources (code, title, document, publisher, note) VALUES
    ('CLDR-JDK', 'Unicode CLDR territory display names (English, Russian, Arabic) as shipped in the Java runtime',
     'java.util.Locale#getDisplayCountry, CLDR locale data of the JDK that generated the state seed', 'Unicode Consortium',
     'Short names of states the fact sheet does not name; scripts/seed/GenerateStateSeed.java regenerates them.'),
    ('ISO-CODES-DEBIAN', 'iso-codes 4.15.0: ISO 3166-3 former country codes with translations (Debian package iso-codes)',
     '/usr/share/iso-codes/json/iso_3166-3.json and iso_3166-3 message catalogues (ru, ar) of the Debian iso-codes package', 'Debian iso-codes project',
     'Codes, withdrawal dates and Russian and Arabic names of the Soviet Union, Czechoslovakia and the German Democratic Republic.');
