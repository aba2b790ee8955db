package org.kyosei.application;

import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.kyosei.application.port.EntityReads;
import org.kyosei.query.EntityMatch;
import org.kyosei.query.EntityView;

/** Entities: search by id or name words, one entity with its properties and scores, labels and names of several. */
public final class EntityService {
    private final EntityReads entities;
    private final LiveTieSnapshot screens;

    /** @param screens the in-memory graph searches read once it is loaded; null: the database answers */
    public EntityService(EntityReads entities, LiveTieSnapshot screens) {
        this.entities = entities;
        this.screens = screens;
    }

    /** Hits, best first. */
    public List<EntityMatch> search(String text, int limit) {
        return screens != null ? screens.search(text, limit) : entities.search(text, limit);
    }

    public Optional<EntityView> find(String id) {
        return entities.find(id);
    }

    /** The label and name of each of {@code ids} that exists, keyed by id. */
    public Map<String, EntityMatch> describe(Collection<String> ids) {
        return entities.describe(ids);
    }
}
