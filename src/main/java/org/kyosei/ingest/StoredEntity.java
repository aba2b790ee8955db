package org.kyosei.ingest;

import java.util.Optional;

import org.kyosei.domain.NodeLabel;

/** What the store already holds under an id: its label, and for identifiers their kind. */
public record StoredEntity(String id, NodeLabel label, Optional<String> kind) {
}
