-- Migration number: 0003 	 takers gets an id that is never given twice, so the running totals count every row.
--
-- The running totals (0002) count the rows above a mark. Without AUTOINCREMENT, SQLite gives a new
-- row max(rowid) + 1, so after the newest rows are deleted (a purge of a spam burst) new rows would
-- take ids at or below the mark and never be counted. With AUTOINCREMENT an id is never reused.
-- The rows keep their numbers (id = the old rowid), so the mark stays valid. Same columns as 0001;
-- the id is only the row's place in the order of writing (the rowid every SQLite row has anyway).
ALTER TABLE takers RENAME TO takers_before_0003;

CREATE TABLE takers (
  id INTEGER PRIMARY KEY AUTOINCREMENT,
  quiz_version INTEGER NOT NULL,
  day TEXT NOT NULL,            -- YYYY-MM-DD, UTC
  stats INTEGER NOT NULL,       -- area scores, whole numbers 0..100
  ml INTEGER NOT NULL,
  swe INTEGER NOT NULL,
  infra INTEGER NOT NULL,
  comm INTEGER NOT NULL,
  position INTEGER NOT NULL,    -- spectrum position 0..100, from the engineering end
  top_role TEXT NOT NULL,       -- role id
  seniority TEXT,               -- entry | mid | senior | lead
  source TEXT,                  -- a widget source's generated tag (worker/sources/), else null
  current_role TEXT,            -- self-reported: a role id, 'other' or 'student'
  years TEXT                    -- self-reported band: under-1 | 1-2 | 3-5 | 6-10 | over-10
);

INSERT INTO takers (id, quiz_version, day, stats, ml, swe, infra, comm, position, top_role, seniority, source, current_role, years)
  SELECT rowid, quiz_version, day, stats, ml, swe, infra, comm, position, top_role, seniority, source, current_role, years
  FROM takers_before_0003;

-- Rows above the mark may have been deleted before now. AUTOINCREMENT goes on from the largest id
-- the table has ever held, so hold a placeholder at the mark for a moment (day '' is no real row's).
INSERT INTO takers (id, quiz_version, day, stats, ml, swe, infra, comm, position, top_role)
  SELECT upto, 0, '', 0, 0, 0, 0, 0, 0, '' FROM taker_totals_mark
  WHERE upto > (SELECT COALESCE(MAX(id), 0) FROM takers);
DELETE FROM takers WHERE id = (SELECT upto FROM taker_totals_mark) AND day = '';

DROP TABLE takers_before_0003;

-- Every aggregate is per quiz version (GROUP BY … WHERE quiz_version = ?).
CREATE INDEX takers_by_version ON takers (quiz_version, day);

-- A widget owner's cohort: the rows of one source tag.
CREATE INDEX takers_by_source ON takers (source, quiz_version) WHERE source IS NOT NULL;
