// purpose: A broker's placements per ISO week: how many people, and the total and average fee charged.
// param: broker string  the broker id
// columns: week, placements, total_fee, average_fee
// read-only
MATCH (b:Broker {id: $broker})-[p:PLACED]->(:Individual)
WITH p.since AS since, p.weight AS fee
WITH CASE WHEN since = date('0001-01-01') THEN 'undated'
          ELSE toString(since.weekYear) + '-W' + right('0' + toString(since.week), 2) END AS week, fee
RETURN week, count(*) AS placements, sum(fee) AS total_fee, round(avg(fee)) AS average_fee
ORDER BY week
