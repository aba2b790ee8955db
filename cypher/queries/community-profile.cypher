// purpose: The shape of each community as of a date (members, employers, incidents), for outreach planning; no person is named.
// param: asOf date = today  the as-of date (YYYY-MM-DD)
// columns: community, kind, region, members, employers, incidents
// read-only
MATCH (c:Community)
OPTIONAL MATCH (c)<-[m:MEMBER_OF]-(:Individual)
WHERE m.since <= $asOf AND m.until >= $asOf
WITH c, count(m) AS members
OPTIONAL MATCH (c)<-[w:PART_OF]-(:Employer)
WHERE w.since <= $asOf AND w.until >= $asOf
WITH c, members, count(w) AS employers
OPTIONAL MATCH (c)<-[:LOCATED_IN]-(i:Incident)
WHERE i.date <= $asOf
RETURN c.id AS community, c.kind AS kind, c.region AS region, members, employers, count(i) AS incidents
ORDER BY members DESC, community
