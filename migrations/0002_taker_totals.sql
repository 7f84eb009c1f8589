-- Migration number: 0002 	 Running totals of the anonymous rows, so aggregating never re-reads old rows.
--
-- The cron trigger (and a first read before any figures are stored) adds the rows written since
-- its last run (rowid above `upto`) to these counts, in one transaction with moving the mark;
-- the figures of a quiz version are then its few hundred totals, however many rows there are.
CREATE TABLE taker_totals (
  quiz_version INTEGER NOT NULL,
  kind TEXT NOT NULL,           -- rows | stats | ml | swe | infra | comm | position | top | confusion | years
  a TEXT NOT NULL,              -- the score or position, the role, the current role or the years band ('' for rows)
  b TEXT NOT NULL,              -- the seniority or the placed role ('' when the kind has none)
  n INTEGER NOT NULL,
  PRIMARY KEY (quiz_version, kind, a, b)
);

-- The rowid of the last row counted into taker_totals. Rows are never updated, and only the
-- oldest would ever be deleted, so every rowid above it is a row not yet counted.
CREATE TABLE taker_totals_mark (
  id INTEGER PRIMARY KEY CHECK (id = 1),
  upto INTEGER NOT NULL
);
INSERT INTO taker_totals_mark (id, upto) VALUES (1, 0);
