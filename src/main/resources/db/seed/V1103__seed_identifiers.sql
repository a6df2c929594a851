-- Wikidata items of the curated states and alliances, from shared/facts/identifiers.md. Each value's citation is its
-- own entity page, https://www.wikidata.org/wiki/<QID>; the files that agreed on it are not reachable from the
-- registry's machines, so every value is SINGLE_SOURCE. The Warsaw Pact's item is UNVERIFIED there: left empty.
-- States the file does not list have no item here (left empty rather than guessed).
UPDATE member_states SET wikidata_id = 'Q159', wikidata_verification = 'SINGLE_SOURCE' WHERE iso3 = 'RUS';
UPDATE member_states SET wikidata_id = 'Q399', wikidata_verification = 'SINGLE_SOURCE' WHERE iso3 = 'ARM';
UPDATE member_states SET wikidata_id = 'Q184', wikidata_verification = 'SINGLE_SOURCE' WHERE iso3 = 'BLR';
UPDATE member_states SET wikidata_id = 'Q232', wikidata_verification = 'SINGLE_SOURCE' WHERE iso3 = 'KAZ';
UPDATE member_states SET wikidata_id = 'Q813', wikidata_verification = 'SINGLE_SOURCE' WHERE iso3 = 'KGZ';
UPDATE member_states SET wikidata_id = 'Q863', wikidata_verification = 'SINGLE_SOURCE' WHERE iso3 = 'TJK';
UPDATE member_states SET wikidata_id = 'Q265', wikidata_verification = 'SINGLE_SOURCE' WHERE iso3 = 'UZB';
UPDATE member_states SET wikidata_id = 'Q227', wikidata_verification = 'SINGLE_SOURCE' WHERE iso3 = 'AZE';
UPDATE member_states SET wikidata_id = 'Q230', wikidata_verification = 'SINGLE_SOURCE' WHERE iso3 = 'GEO';
UPDATE member_states SET wikidata_id = 'Q15180', wikidata_verification = 'SINGLE_SOURCE' WHERE iso3 = 'SUN';
UPDATE member_states SET wikidata_id = 'Q33946', wikidata_verification = 'SINGLE_SOURCE' WHERE iso3 = 'CSK';
UPDATE member_states SET wikidata_id = 'Q16957', wikidata_verification = 'SINGLE_SOURCE' WHERE iso3 = 'DDR';

UPDATE alliances SET wikidata_id = 'Q318693', wikidata_verification = 'SINGLE_SOURCE' WHERE code = 'csto';
UPDATE alliances SET wikidata_id = 'Q7184', wikidata_verification = 'SINGLE_SOURCE' WHERE code = 'nato';

-- The alliances' numbers in the research datasets: ATOP 4.01 atopid and COW v4.1 version4id, as the files give them
-- (DatasetApiIntegrationTests checks them against the files). COW codes the Collective Security Treaty twice: 350
-- (the 1992 signatories) and 349 (an overlapping row with Moldova, Ukraine and Turkmenistan).
UPDATE alliances SET atop_id = 4220, cow_ids = '350,349' WHERE code = 'csto';
UPDATE alliances SET atop_id = 3180, cow_ids = '227' WHERE code = 'nato';
UPDATE alliances SET atop_id = 3285, cow_ids = '243' WHERE code = 'warsaw-pact';
