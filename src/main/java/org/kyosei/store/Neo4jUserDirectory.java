package org.kyosei.store;

import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.kyosei.security.KyoseiUser;
import org.kyosei.security.Role;
import org.kyosei.security.UserDirectory;
import org.neo4j.driver.Driver;
import org.neo4j.driver.Record;

/** The service's users as {@code :KyoseiUser} nodes (no {@code :Entity} label: never part of an analysis). */
public final class Neo4jUserDirectory implements UserDirectory {
    private final Driver driver;

    public Neo4jUserDirectory(Driver driver) {
        this.driver = driver;
    }

    @Override
    public Optional<KyoseiUser> find(String name) {
        return driver.executableQuery("MATCH (u:KyoseiUser {name: $name}) RETURN u.name AS name, u.role AS role, u.passwordHash AS hash")
                .withParameters(Map.of("name", name)).execute().records().stream().findFirst().flatMap(Neo4jUserDirectory::user);
    }

    @Override
    public void save(KyoseiUser user) {
        driver.executableQuery("""
                MERGE (u:KyoseiUser {name: $name})
                ON CREATE SET u.createdAt = datetime()
                SET u.role = $role, u.passwordHash = $hash, u.updatedAt = datetime()
                """).withParameters(Map.of("name", user.name(), "role", user.role().name(), "hash", user.passwordHash()))
                .execute();
    }

    @Override
    public List<KyoseiUser> all() {
        return driver.executableQuery("MATCH (u:KyoseiUser) RETURN u.name AS name, u.role AS role, u.passwordHash AS hash ORDER BY name")
                .execute().records().stream().flatMap(r -> user(r).stream()).toList();
    }

    private static Optional<KyoseiUser> user(Record r) {
        return Role.parse(r.get("role").asString("")).map(role -> new KyoseiUser(r.get("name").asString(), role, r.get("hash").asString()));
    }
}
