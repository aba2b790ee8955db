package org.kyosei.application.port;

import java.time.LocalDate;

import org.kyosei.query.BrokerLinks;

/** A broker's employers supplied, operators and shared identifiers, as of a day. */
public interface BrokerLinkReads {
    BrokerLinks links(String brokerId, LocalDate asOf);
}
