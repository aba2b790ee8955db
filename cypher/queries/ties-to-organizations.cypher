// purpose: The shortest recorded chains (up to 4 hops) from any entity to an on-record organization, as of a date.
// param: id string  the entity id (person, broker, employer, identifier, community)
// param: asOf date = today  the as-of date (YYYY-MM-DD)
// columns: organization, hops, path, min_confidence
// read-only
MATCH (start:Entity {id: $id}), (o:Organization)
WHERE start <> o
MATCH path = shortestPath((start)-[*..4]-(o))
WHERE all(r IN relationships(path) WHERE r.since <= $asOf AND r.until >= $asOf)
RETURN o.id AS organization, length(path) AS hops, [n IN nodes(path) | n.id] AS path,
       reduce(c = 1.0, r IN relationships(path) | CASE WHEN r.confidence < c THEN r.confidence ELSE c END) AS min_confidence
ORDER BY hops, min_confidence DESC, organization
