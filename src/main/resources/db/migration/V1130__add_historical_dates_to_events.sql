-- Events carry the date model of every record that has time (issue 15): each of the start and the last day is a
-- HistoricalDate, its day (the first day of its precision) in the existing column beside its precision and its
-- optional earliest and latest bounds. end_* hold the LAST day of the event (inclusive), as end_date always did; the
-- API's `time.end` is the day after it (exclusive). date_precision stays as the legacy copy of start_precision, with
-- UNDATED where there is no start. Force sizes get their qualifier (EXACTLY, ABOUT, UP_TO, MORE_THAN), and the
-- kinds gain DEPLOYMENT. Curated values are backfilled in the seed corrections (V1135).
ALTER TABLE alliance_events ADD COLUMN start_precision VARCHAR(5);
ALTER TABLE alliance_events ADD COLUMN start_earliest DATE;
ALTER TABLE alliance_events ADD COLUMN start_latest DATE;
ALTER TABLE alliance_events ADD COLUMN end_precision VARCHAR(5);
ALTER TABLE alliance_events ADD COLUMN end_earliest DATE;
ALTER TABLE alliance_events ADD COLUMN end_latest DATE;
ALTER TABLE alliance_events ADD COLUMN quantity_qualifier VARCHAR(10);

UPDATE alliance_events SET start_precision = date_precision WHERE date_precision <> 'UNDATED';
UPDATE alliance_events SET end_precision = 'DAY' WHERE end_date IS NOT NULL;
UPDATE alliance_events SET quantity_qualifier = 'EXACTLY' WHERE quantity IS NOT NULL;

-- The last day may now be known to the month while the start is a day of it, so "end_date >= start_date" no longer
-- holds of every valid event; the service checks that the last day can follow the start.
ALTER TABLE alliance_events DROP CONSTRAINT ck_alliance_events_dates;
ALTER TABLE alliance_events DROP CONSTRAINT ck_alliance_events_kind;
ALTER TABLE alliance_events ADD CONSTRAINT ck_alliance_events_kind
    CHECK (kind IN ('OPERATION', 'EXERCISE', 'SUMMIT', 'DECISION', 'STATEMENT', 'FORCE', 'FORCE_STRENGTH', 'APPOINTMENT', 'OTHER', 'DEPLOYMENT'));
ALTER TABLE alliance_events ADD CONSTRAINT ck_alliance_events_start
    CHECK ((start_date IS NULL AND start_precision IS NULL AND date_precision = 'UNDATED'
            AND start_earliest IS NULL AND start_latest IS NULL)
        OR (start_date IS NOT NULL AND start_precision IN ('DAY', 'MONTH', 'YEAR') AND date_precision = start_precision));
ALTER TABLE alliance_events ADD CONSTRAINT ck_alliance_events_start_day
    CHECK (start_date IS NULL OR start_precision = 'DAY'
        OR (start_precision = 'MONTH' AND EXTRACT(DAY FROM start_date) = 1)
        OR (start_precision = 'YEAR' AND EXTRACT(DAY FROM start_date) = 1 AND EXTRACT(MONTH FROM start_date) = 1));
ALTER TABLE alliance_events ADD CONSTRAINT ck_alliance_events_start_bounds
    CHECK ((start_earliest IS NULL OR start_earliest > start_date)
        AND (start_latest IS NULL OR start_latest >= COALESCE(start_earliest, start_date)));
ALTER TABLE alliance_events ADD CONSTRAINT ck_alliance_events_end
    CHECK ((end_date IS NULL AND end_precision IS NULL AND end_earliest IS NULL AND end_latest IS NULL)
        OR (end_date IS NOT NULL AND start_date IS NOT NULL AND end_precision IN ('DAY', 'MONTH', 'YEAR')));
ALTER TABLE alliance_events ADD CONSTRAINT ck_alliance_events_end_day
    CHECK (end_date IS NULL OR end_precision = 'DAY'
        OR (end_precision = 'MONTH' AND EXTRACT(DAY FROM end_date) = 1)
        OR (end_precision = 'YEAR' AND EXTRACT(DAY FROM end_date) = 1 AND EXTRACT(MONTH FROM end_date) = 1));
ALTER TABLE alliance_events ADD CONSTRAINT ck_alliance_events_end_bounds
    CHECK ((end_earliest IS NULL OR end_earliest > end_date)
        AND (end_latest IS NULL OR end_latest >= COALESCE(end_earliest, end_date)));
ALTER TABLE alliance_events ADD CONSTRAINT ck_alliance_events_qualifier
    CHECK ((quantity IS NULL AND quantity_qualifier IS NULL)
        OR (quantity IS NOT NULL AND quantity_qualifier IN ('EXACTLY', 'ABOUT', 'UP_TO', 'MORE_THAN')));

-- Every write states its verification: no default stands in for it.
ALTER TABLE alliance_events ALTER COLUMN verification DROP DEFAULT;
