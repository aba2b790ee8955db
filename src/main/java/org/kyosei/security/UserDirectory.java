package org.kyosei.security;

import java.util.List;
import java.util.Optional;

/** Where users are kept (the graph database: {@code :KyoseiUser} nodes, see {@code store/Neo4jUserDirectory}). */
public interface UserDirectory {
    Optional<KyoseiUser> find(String name);

    /** Creates the user or replaces its role and password hash. */
    void save(KyoseiUser user);

    List<KyoseiUser> all();

    /** Whether {@link #find} would answer from a remembered copy rather than the store (see {@link RecentUserDirectory}). */
    default boolean remembers(String name) {
        return false;
    }

    /** Drops a remembered copy of the user, if any, so that the next {@link #find} reads the store. */
    default void forget(String name) {
    }
}
