// Schema version 2: indexes for the lookups of import, analytics and search.
CREATE INDEX entity_name IF NOT EXISTS FOR (n:Entity) ON (n.name);
CREATE INDEX identifier_kind IF NOT EXISTS FOR (n:Identifier) ON (n.kind);
CREATE INDEX incident_date IF NOT EXISTS FOR (n:Incident) ON (n.date);
CREATE INDEX community_kind IF NOT EXISTS FOR (n:Community) ON (n.kind);
CREATE INDEX broker_kind IF NOT EXISTS FOR (n:Broker) ON (n.kind);
CREATE CONSTRAINT schema_version_unique IF NOT EXISTS FOR (v:KyoseiSchemaVersion) REQUIRE v.version IS UNIQUE;
