package org.kyosei.query;

import java.util.List;

/**
 * What a broker is linked to as of a date, for the investigators' broker panel: the employers it supplies,
 * who operates it, and the addresses, phones and accounts it (or its operators) shares with other entities.
 */
public record BrokerLinks(List<SuppliedEmployer> employers, List<EntityMatch> operators, List<SharedIdentifier> sharedIdentifiers) {

    /** An employer the broker supplies, since when, and how many of the broker's placed people work there. */
    public record SuppliedEmployer(String id, String name, String since, long placedWorkers) {
    }

    /** An identifier the broker or an operator uses, and the other entities using it (first 20) and their count. */
    public record SharedIdentifier(String id, String kind, String value, String usedThrough, long otherUsers, List<EntityMatch> others) {
    }
}
