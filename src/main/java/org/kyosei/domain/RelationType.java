package org.kyosei.domain;

import java.util.Arrays;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;

import static org.kyosei.domain.NodeLabel.*;

/** The relationship types of the dataset contract with the label pairs each may join. */
public enum RelationType {
    MEMBER_OF(Set.of(INDIVIDUAL), Set.of(COMMUNITY)),
    EMPLOYED_BY(Set.of(INDIVIDUAL), Set.of(EMPLOYER)),
    PART_OF(Set.of(EMPLOYER), Set.of(COMMUNITY)),
    PLACED(Set.of(BROKER), Set.of(INDIVIDUAL)),
    SUPPLIES(Set.of(BROKER), Set.of(EMPLOYER)),
    OPERATES(Set.of(INDIVIDUAL), Set.of(BROKER, EMPLOYER)),
    AFFILIATED_WITH(Set.of(INDIVIDUAL), Set.of(ORGANIZATION)),
    CONTROLS(Set.of(ORGANIZATION), Set.of(BROKER, EMPLOYER)),
    CONTACT(Set.of(INDIVIDUAL), Set.of(INDIVIDUAL)),
    USES(Set.of(INDIVIDUAL, EMPLOYER, BROKER), Set.of(IDENTIFIER)),
    TRANSFER(Set.of(IDENTIFIER), Set.of(IDENTIFIER)),
    VICTIM_OF(Set.of(INDIVIDUAL), Set.of(INCIDENT)),
    SUSPECT_IN(Set.of(INDIVIDUAL), Set.of(INCIDENT)),
    LOCATED_IN(Set.of(INCIDENT), Set.of(COMMUNITY));

    /** Filled after the constants exist (an enum initialises its static fields after them). */
    private static final Map<String, RelationType> BY_NAME = Arrays.stream(values())
            .collect(Collectors.toUnmodifiableMap(RelationType::name, Function.identity()));

    private final Set<NodeLabel> sources;
    private final Set<NodeLabel> targets;

    RelationType(Set<NodeLabel> sources, Set<NodeLabel> targets) {
        this.sources = sources;
        this.targets = targets;
    }

    public Set<NodeLabel> sources() { return sources; }

    public Set<NodeLabel> targets() { return targets; }

    /** Whether this type may join a node of label {@code src} to one of label {@code dst}. */
    public boolean allows(NodeLabel src, NodeLabel dst) {
        return sources.contains(src) && targets.contains(dst);
    }

    /** The type named {@code name} exactly (upper case), if any: a look-up, as it runs for every relationship row. */
    public static Optional<RelationType> parse(String name) {
        return name == null ? Optional.empty() : Optional.ofNullable(BY_NAME.get(name));
    }
}
