// Schema version 1: identity of entities.
// Every node carries :Entity besides its own label; `id` is unique across all of them
// (DATA.md: ids are unique across ALL node files of a dataset).
CREATE CONSTRAINT entity_id_unique IF NOT EXISTS FOR (n:Entity) REQUIRE n.id IS UNIQUE;
