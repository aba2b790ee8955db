package org.kyosei.application;

import java.util.ArrayList;
import java.util.List;

import org.kyosei.application.port.EntityReads;
import org.kyosei.privacy.Pseudonymizer;

/**
 * Pseudonymises what roles that may not see identities get in texts such as lead explanations: entity ids become
 * keyed pseudonyms and entity names are withheld. (Analysts' query answers need no redaction: they come from the
 * pseudonymised read model.)
 */
public final class Redactor {
    public static final String WITHHELD = "[withheld]";

    private final Pseudonymizer pseudonymizer;
    private final EntityReads entities;

    public Redactor(Pseudonymizer pseudonymizer, EntityReads entities) {
        this.pseudonymizer = pseudonymizer;
        this.entities = entities;
    }

    public String pseudonym(String id) {
        return pseudonymizer.pseudonym(id);
    }

    /**
     * A sentence with every entity id in it pseudonymised and the names of those entities (and of
     * {@code related} ids) withheld.
     */
    public String redactText(String text, java.util.Collection<String> related) {
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
