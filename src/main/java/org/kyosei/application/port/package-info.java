/**
 * The ports of the application layer: what the use cases need from storage, as interfaces the {@code store} package
 * implements (with {@link org.kyosei.ingest.EntityStore}, {@link org.kyosei.review.LeadDecisions} and
 * {@link org.kyosei.security.UserDirectory}, which live beside the code that uses them). The command line and the
 * service reach storage only through the application's services; {@code org.kyosei.wiring} puts the store's
 * implementations in place.
 */
package org.kyosei.application.port;
