package org.kyosei.generate;

import org.kyosei.domain.NodeLabel;

/**
 * The kinds of node the generator numbers separately, with their id prefix. Identifiers are split
 * by kind (ADDRESS, PHONE, ACCOUNT) because each kind has its own prefix.
 *
 * <p>A node is referred to inside the generator by an int <em>ref</em>: the kind's ordinal in the
 * top bits and the node's index within its kind in the low {@value #INDEX_BITS} bits.
 */
enum NodeKind {
    COMMUNITY("C", NodeLabel.COMMUNITY, 4, null),
    INDIVIDUAL("P", NodeLabel.INDIVIDUAL, 6, null),
    EMPLOYER("E", NodeLabel.EMPLOYER, 4, null),
    BROKER("B", NodeLabel.BROKER, 3, null),
    ORGANIZATION("O", NodeLabel.ORGANIZATION, 1, null),
    ADDRESS("ADDR", NodeLabel.IDENTIFIER, 5, "ADDRESS"),
    PHONE("PH", NodeLabel.IDENTIFIER, 6, "PHONE"),
    ACCOUNT("ACC", NodeLabel.IDENTIFIER, 6, "ACCOUNT"),
    INCIDENT("INC", NodeLabel.INCIDENT, 5, null);

    static final int INDEX_BITS = 27;
    static final int MAX_INDEX = (1 << INDEX_BITS) - 1;
    private static final NodeKind[] VALUES = values();

    private final String prefix;
    private final NodeLabel label;
    private final int minDigits;
    private final String identifierKind;

    NodeKind(String prefix, NodeLabel label, int minDigits, String identifierKind) {
        this.prefix = prefix;
        this.label = label;
        this.minDigits = minDigits;
        this.identifierKind = identifierKind;
    }

    String prefix() {
        return prefix;
    }

    NodeLabel label() {
        return label;
    }

    int minDigits() {
        return minDigits;
    }

    /** The {@code kind} column of identifiers.csv, or null for other kinds. */
    String identifierKind() {
        return identifierKind;
    }

    int ref(int index) {
        if (index < 0 || index > MAX_INDEX) {
            throw new IllegalArgumentException(this + " index out of range: " + index);
        }
        return (ordinal() << INDEX_BITS) | index;
    }

    static NodeKind of(int ref) {
        return VALUES[ref >>> INDEX_BITS];
    }

    static int index(int ref) {
        return ref & MAX_INDEX;
    }
}
