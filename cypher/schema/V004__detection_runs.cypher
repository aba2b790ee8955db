// Schema version 4: the weekly detection runs (leads kept per week for the NEW / PERSISTING / RESOLVED comparison).
CREATE CONSTRAINT detection_run_id IF NOT EXISTS FOR (r:DetectionRun) REQUIRE r.id IS UNIQUE;
CREATE INDEX detection_run_as_of IF NOT EXISTS FOR (r:DetectionRun) ON (r.asOf);
