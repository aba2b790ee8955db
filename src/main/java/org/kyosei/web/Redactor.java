package org.kyosei.web;

import java.util.ArrayList;
import java.util.List;

import org.kyosei.privacy.Pseudonymizer;
import org.kyosei.store.Neo4jEntities;
import org.springframework.stereotype.Component;

/**
 * Pseudonymises what roles that may not see identities get in texts such as lead explanations: entity ids become
 * keyed pseudonyms and entity names are withheld. (Analysts' query answers need no redaction: they come from the
 * pseudonymised read model.)
 */
@Component
class Redactor {
    static final String WITHHELD = "[withheld]";

    private final Pseudonymizer pseudonymizer;
    private final Neo4jEntities entities;

    Redactor(Pseudonymizer pseudonymizer, Neo4jEntities entities) {
        this.pseudonymizer = pseudonymizer;
        this.entities = entities;
    }

    String pseudonym(String id) {
        return pseudonymizer.pseudonym(id);
    }

    /**
     * A sentence with every entity id in it pseudonymised and the names of those entities (and of
     * {@code related} ids) withheld.
     */
    String redactText(String text, java.util.Collection<String> related) {
        java.util.Set<String> tokens = IdTokens.candidates(text);
        java.util.Set<String> ids = new java.util.HashSet<>(related);
        if (!tokens.isEmpty()) {
            ids.addAll(entities.identities(tokens).ids());
        }
        List<String> names = new ArrayList<>();
        entities.describe(ids).values().forEach(e -> {
            if (e.name() != null && !e.name().isBlank()) {
                names.add(e.name());
            }
        });
        names.sort((a, b) -> b.length() - a.length());
        String redacted = text;
        for (String name : names) {
            redacted = redacted.replace(name, WITHHELD);
        }
        return IdTokens.replace(redacted, ids::contains, pseudonymizer::pseudonym);
    }
}
