// Schema version 21: the service searches its in-memory graph (and, until that is read, scans with the same
// rules), so the full-text index of version 20 is no longer read. Keeping it cost every import its population
// (about a tenth of a 200,000-person bulk import) and every write its upkeep.
DROP INDEX entity_search IF EXISTS;
