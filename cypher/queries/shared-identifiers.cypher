// purpose: Addresses, phones and accounts shared by several entities as of a date, with how many users and whether an organization member is among them.
// param: minUsers integer = 5  the least number of users to report
// param: asOf date = today  the as-of date (YYYY-MM-DD)
// columns: identifier, kind, users, brokers, employers, organization_members
// read-only
MATCH (i:Identifier)<-[u:USES]-(e)
WHERE u.since <= $asOf AND u.until >= $asOf
WITH i, collect(DISTINCT e) AS users
WHERE size(users) >= $minUsers
RETURN i.id AS identifier, i.kind AS kind, size(users) AS users,
       size([e IN users WHERE e:Broker]) AS brokers,
       size([e IN users WHERE e:Employer]) AS employers,
       size([e IN users WHERE e:Individual AND EXISTS { (e)-[:AFFILIATED_WITH]->(:Organization) }]) AS organization_members
ORDER BY organization_members DESC, users DESC, identifier
