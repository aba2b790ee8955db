// Schema version 20 (service): full-text search over entity ids and names, and the service's users.
CREATE FULLTEXT INDEX entity_search IF NOT EXISTS FOR (n:Entity) ON EACH [n.id, n.name];
CREATE CONSTRAINT kyosei_user_name IF NOT EXISTS FOR (u:KyoseiUser) REQUIRE u.name IS UNIQUE;
