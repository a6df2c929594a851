-- Chair terms carry their dates as the sources know them (issue 15): start_date and end_date hold the first day of
-- the date's precision (2008-01-01 for "2008"), <x>_precision says whether it is known to the DAY, MONTH or YEAR,
-- and <x>_earliest / <x>_latest narrow it to the days it can be (the 2008 hand-over from Kyrgyzstan to Armenia:
-- between 21 Jul and 5 Sep 2008). end_date stays exclusive: the hand-over, the first day of the next term. A NULL
-- end is a term still in office; a term that ended on a day no source gives has an end with bounds, never NULL.
ALTER TABLE chairmanship_terms ADD COLUMN start_precision VARCHAR(5);
ALTER TABLE chairmanship_terms ADD COLUMN start_earliest DATE;
ALTER TABLE chairmanship_terms ADD COLUMN start_latest DATE;
ALTER TABLE chairmanship_terms ADD COLUMN end_precision VARCHAR(5);
ALTER TABLE chairmanship_terms ADD COLUMN end_earliest DATE;
ALTER TABLE chairmanship_terms ADD COLUMN end_latest DATE;
-- Where the recorded hand-over into a term does not (or not certainly) follow the hand-over convention of the
-- rotation rule for its chair year: why. NULL: the term starts on the day the convention implies.
ALTER TABLE chairmanship_terms ADD COLUMN convention_departure VARCHAR(1000);

-- Every date recorded so far is a day.
UPDATE chairmanship_terms SET start_precision = 'DAY' WHERE start_date IS NOT NULL;
UPDATE chairmanship_terms SET end_precision = 'DAY' WHERE end_date IS NOT NULL;

ALTER TABLE chairmanship_terms ADD CONSTRAINT ck_chairmanship_terms_start_precision
    CHECK ((start_date IS NULL AND start_precision IS NULL AND start_earliest IS NULL AND start_latest IS NULL)
        OR (start_date IS NOT NULL AND start_precision IS NOT NULL AND start_precision IN ('DAY', 'MONTH', 'YEAR')));
ALTER TABLE chairmanship_terms ADD CONSTRAINT ck_chairmanship_terms_start_bounds
    CHECK ((start_earliest IS NULL OR start_earliest >= start_date)
       AND (start_latest IS NULL OR start_latest >= start_date)
       AND (start_earliest IS NULL OR start_latest IS NULL OR start_earliest <= start_latest)
       AND (start_precision <> 'DAY' OR (start_earliest IS NULL AND start_latest IS NULL)));
ALTER TABLE chairmanship_terms ADD CONSTRAINT ck_chairmanship_terms_end_precision
    CHECK ((end_date IS NULL AND end_precision IS NULL AND end_earliest IS NULL AND end_latest IS NULL)
        OR (end_date IS NOT NULL AND end_precision IS NOT NULL AND end_precision IN ('DAY', 'MONTH', 'YEAR')));
ALTER TABLE chairmanship_terms ADD CONSTRAINT ck_chairmanship_terms_end_bounds
    CHECK ((end_earliest IS NULL OR end_earliest >= end_date)
       AND (end_latest IS NULL OR end_latest >= end_date)
       AND (end_earliest IS NULL OR end_latest IS NULL OR end_earliest <= end_latest)
       AND (end_precision <> 'DAY' OR (end_earliest IS NULL AND end_latest IS NULL)));

-- end_date > start_date held for days; for a coarser date it compares first days of a precision. The term ends
-- after it starts when the end's last possible day is after the start's first one: checked in full by the service;
-- here as far as the columns say it without date arithmetic (an end known to the month or year is left to the service).
ALTER TABLE chairmanship_terms DROP CONSTRAINT ck_chairmanship_terms_dates;
ALTER TABLE chairmanship_terms ADD CONSTRAINT ck_chairmanship_terms_dates
    CHECK (start_date IS NULL OR end_date IS NULL
        OR (end_precision = 'DAY' AND end_date > start_date)
        OR (end_latest IS NOT NULL AND end_latest > start_date)
        OR (end_precision <> 'DAY' AND end_latest IS NULL));

-- One term per alliance and first day (V22), now per first day of a precision: two exact starts on one day still
-- clash, while a start known only within bounds (held as the first day of its year or month) no longer clashes with
-- an exact start on that first day. Two starts of one alliance known only within the same year would clash; the
-- record has none (a year holds at most one uncertain hand-over).
ALTER TABLE chairmanship_terms DROP CONSTRAINT uq_chairmanship_terms_start;
ALTER TABLE chairmanship_terms ADD CONSTRAINT uq_chairmanship_terms_start UNIQUE (alliance_id, start_date, start_precision);
