package org.kyosei.security;

import java.util.List;
import java.util.Optional;

/** Where users are kept (the graph database: {@code :KyoseiUser} nodes, see {@code store/Neo4jUserDirectory}). */
public interface UserDirectory {
    Optional<KyoseiUser> find(String name);

    /** Creates the user or replaces its role and password hash. */
    void save(KyoseiUser user);

    List<KyoseiUser> all();
}
