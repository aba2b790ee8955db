package org.kyosei.application.port;

import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import org.kyosei.query.EntityMatch;
import org.kyosei.query.EntityView;
import org.kyosei.query.Neighbourhood;

/** Entity look-ups in the stored graph. */
public interface EntityReads {
    /** Strings found to be entity ids or entity names. */
    record Identities(Set<String> ids, Set<String> names) {
    }

    /** Entities whose id equals {@code text}, then those each of whose words prefixes a word of their id or name. */
    List<EntityMatch> search(String text, int limit);

    /** One entity with its properties and scores. */
    Optional<EntityView> find(String id);

    /** The label and name of each of {@code ids} that exists, keyed by id. */
    Map<String, EntityMatch> describe(Collection<String> ids);

    /** The stored relationships valid on {@code asOf} between the two entities of each pair. */
    List<Neighbourhood.Tie> tiesBetween(List<List<String>> pairs, LocalDate asOf);

    /** Which of {@code values} are entity ids, and which are entity names. */
    Identities identities(Collection<String> values);
}
