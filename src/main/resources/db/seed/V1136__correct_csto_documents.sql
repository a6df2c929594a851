-- Corrections to the CSTO documents (issue 15), from shared/facts/csto-facts.md. Every document changed here moves to
-- its next version, so an edit prepared on the old record is refused (412).

-- Section 7: the Agreement on the Collective Rapid Reaction Forces of 14 Jun 2009 was "signed without Belarus and
-- Uzbekistan"; Belarus joined the CRRF only on 20 Oct 2009. The agreement lists its actual signatories, so Belarus
-- (recorded without a signature date) is no longer one; its later joining stays in the document's note and in the
-- CRRF event's participants.
DELETE FROM protocol_signatories
WHERE member_state_id = (SELECT id FROM member_states WHERE iso3 = 'BLR')
  AND protocol_id = (SELECT p.id FROM treaty_protocols p JOIN alliances a ON a.id = p.alliance_id
                     WHERE a.code = 'csto' AND p.title_en = 'Agreement on the Collective Rapid Reaction Forces of the CSTO'
                       AND p.signed_on = DATE '2009-06-14');
UPDATE treaty_protocols SET version = version + 1
WHERE title_en = 'Agreement on the Collective Rapid Reaction Forces of the CSTO' AND signed_on = DATE '2009-06-14'
  AND alliance_id = (SELECT id FROM alliances WHERE code = 'csto');

-- Section 7: the 2007 protocol on military-technical assistance was "in force around Apr 2009" ([R133], a report of
-- April 2009): the entry into force is known to the month, April 2009; the note keeps the "around".
UPDATE treaty_protocols SET in_force_on = DATE '2009-04-01', in_force_precision = 'MONTH', version = version + 1
WHERE title_en = 'Protocol on the mechanism of military-technical assistance to member states of the CSTO in case of a threat of aggression or an act of aggression'
  AND signed_on = DATE '2007-10-06' AND alliance_id = (SELECT id FROM alliances WHERE code = 'csto');

-- Section 2: "The Charter article text itself was not read; the withdrawal clause is SINGLE" ([R43] only).
UPDATE protocol_provisions SET verification = 'SINGLE_SOURCE'
WHERE position = 3
  AND protocol_id = (SELECT p.id FROM treaty_protocols p JOIN alliances a ON a.id = p.alliance_id
                     WHERE a.code = 'csto' AND p.title_en = 'Charter of the Collective Security Treaty Organization'
                       AND p.signed_on = DATE '2002-10-07');
UPDATE treaty_protocols SET version = version + 1
WHERE title_en = 'Charter of the Collective Security Treaty Organization' AND signed_on = DATE '2002-10-07'
  AND alliance_id = (SELECT id FROM alliances WHERE code = 'csto');
