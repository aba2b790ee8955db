package org.kyosei.generate;

import java.util.ArrayList;
import java.util.BitSet;
import java.util.List;

import org.kyosei.domain.RelationType;

/**
 * The whole model before it is written: the parts that hold structure, the extra rows decided
 * while building it, and the planted cases and look-alikes.
 */
final class World {
    final GeneratorSettings settings;
    final Timeline time;
    final IdBook ids = new IdBook();
    final Population population;
    final Places places;
    final Businesses businesses = new Businesses();
    final Organizations organizations = new Organizations();
    final Incidents incidents = new Incidents();
    final RowBuffer rows = new RowBuffer();
    final List<CaseRecord> truth = new ArrayList<>();
    final List<CaseRecord> lookalikes = new ArrayList<>();
    /** Leads a planted case implies without being a case of that pattern itself (see {@link PlantKit#related}). */
    final List<CaseRecord> related = new ArrayList<>();
    /** Accounts that collect rent (no owner in the data: corporate landlords). */
    final IntList landlordAccounts = new IntList();
    /** Accounts of money-transfer services that send remittances abroad. */
    final IntList remittanceAccounts = new IntList();
    /**
     * Residential communities kept free of background contacts to people already drawn into a
     * case elsewhere, so that a planted bridge or infiltration there is the only short link to an
     * organization.
     */
    final BitSet sealed = new BitSet();
    /** Sealed communities set aside for the infiltrations, in case order. */
    final IntList reservedForInfiltration = new IntList();
    /** Sealed communities set aside for the new bridges, in case order. */
    final IntList reservedForBridges = new IntList();
    /** Employers created by the background model (planted ones come after). */
    int backgroundEmployers;

    World(GeneratorSettings settings, Timeline time, Population population, Places places) {
        this.settings = settings;
        this.time = time;
        this.population = population;
        this.places = places;
    }

    int individual(int index) {
        return NodeKind.INDIVIDUAL.ref(index);
    }

    int community(int index) {
        return NodeKind.COMMUNITY.ref(index);
    }

    int employer(int index) {
        return NodeKind.EMPLOYER.ref(index);
    }

    int broker(int index) {
        return NodeKind.BROKER.ref(index);
    }

    int organization(int index) {
        return NodeKind.ORGANIZATION.ref(index);
    }

    int incident(int index) {
        return NodeKind.INCIDENT.ref(index);
    }

    /** Adds a model row anchored after resident {@code anchor}'s background rows. */
    void row(int anchor, int src, RelationType type, int dst, int since, int until, long weight, String source,
             int confidence) {
        rows.add(anchor, src, type, dst, since, until, weight, source, confidence);
    }

    /** Whether the node is the subject of a planted case or of one of its related leads. */
    boolean planted(int subject) {
        return truth.stream().anyMatch(c -> c.subject() == subject) || related.stream().anyMatch(c -> c.subject() == subject);
    }
}
