// purpose: Members of a community with a recorded tie (within 3 hops through contacts, shared identifiers, employers or brokers) to an on-record organization member, as of a date.
// param: community string  the community id
// param: asOf date = today  the as-of date (YYYY-MM-DD)
// columns: member, organization, via, hops, min_confidence
// read-only
MATCH (c:Community {id: $community})<-[m:MEMBER_OF]-(p:Individual)
WHERE m.since <= $asOf AND m.until >= $asOf
MATCH path = (p)-[:CONTACT|USES|EMPLOYED_BY|PLACED|OPERATES*1..3]-(x:Individual)-[a:AFFILIATED_WITH]->(o:Organization)
WHERE a.since <= $asOf AND a.until >= $asOf AND x <> p
  AND all(r IN relationships(path) WHERE r.since <= $asOf AND r.until >= $asOf)
WITH p, o, path, reduce(c = 1.0, r IN relationships(path) | CASE WHEN r.confidence < c THEN r.confidence ELSE c END) AS confidence
ORDER BY length(path), confidence DESC
WITH p, o, head(collect(path)) AS shortest, max(confidence) AS best
RETURN p.id AS member, o.id AS organization,
       [n IN nodes(shortest) | n.id] AS via, length(shortest) AS hops, best AS min_confidence
ORDER BY hops, min_confidence DESC, member
