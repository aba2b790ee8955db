// purpose: Brokers ranked by placements in the last N weeks before a date against the N weeks before that.
// param: weeks integer = 4  the length of each window in weeks
// param: asOf date = today  the end of the recent window (YYYY-MM-DD)
// columns: broker, kind, license_status, recent, previous, growth
// read-only
WITH $asOf AS asOf, duration({weeks: $weeks}) AS window
MATCH (b:Broker)-[p:PLACED]->(:Individual)
WHERE p.since <= asOf AND p.since > asOf - window - window
WITH b, sum(CASE WHEN p.since > asOf - window THEN 1 ELSE 0 END) AS recent,
        sum(CASE WHEN p.since <= asOf - window THEN 1 ELSE 0 END) AS previous
RETURN b.id AS broker, b.kind AS kind, b.license_status AS license_status,
       recent, previous, recent - previous AS growth
ORDER BY growth DESC, recent DESC, broker
