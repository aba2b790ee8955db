// Schema version 3: the history of analysis runs (scores kept per run for week-over-week comparison).
CREATE CONSTRAINT analysis_run_id IF NOT EXISTS FOR (r:AnalysisRun) REQUIRE r.id IS UNIQUE;
CREATE INDEX analysis_run_as_of IF NOT EXISTS FOR (r:AnalysisRun) ON (r.asOf);
