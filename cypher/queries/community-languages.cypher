// purpose: The languages spoken in a community as of a date, counted, so outreach can bring interpreters; aggregate only, never an input to any score.
// param: community string  the community id
// param: asOf date = today  the as-of date (YYYY-MM-DD)
// columns: language, members
// read-only
MATCH (:Community {id: $community})<-[m:MEMBER_OF]-(p:Individual)
WHERE m.since <= $asOf AND m.until >= $asOf
RETURN coalesce(p.language, 'unknown') AS language, count(*) AS members
ORDER BY members DESC, language
