-- Migration number: 0001 	 One anonymous row per stored result, for norms and /stats.
--
-- What a row holds: the quiz version, the five area scores, the spectrum position, the top
-- role and its seniority, the widget's source tag, the two optional calibration answers and
-- the day. Never a name, a result id, an address, a token or a time of day.
CREATE TABLE takers (
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
  source TEXT,                  -- the embed widget's data-source tag
  current_role TEXT,            -- self-reported: a role id, 'other' or 'student'
  years TEXT                    -- self-reported band: under-1 | 1-2 | 3-5 | 6-10 | over-10
);

-- Every aggregate is per quiz version (GROUP BY … WHERE quiz_version = ?).
CREATE INDEX takers_by_version ON takers (quiz_version, day);

-- A widget owner's cohort: the rows of one source tag.
CREATE INDEX takers_by_source ON takers (source, quiz_version) WHERE source IS NOT NULL;
