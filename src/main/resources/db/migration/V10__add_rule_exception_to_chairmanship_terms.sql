-- A recorded term that departs from the alliance's rotation rule says so, and why, in rule_exception
-- (NULL: the term follows the rule). Replaying the rule reproduces every recorded term except these.
-- An interim term (interim = TRUE) stands in for the state whose turn it was and does not advance the rotation.
ALTER TABLE chairmanship_terms ADD COLUMN rule_exception VARCHAR(1000);
