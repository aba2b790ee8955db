/**
 * Where the store's implementations of the application's ports are put in place, once: {@link
 * org.kyosei.wiring.KyoseiContext} for the command line, {@link org.kyosei.wiring.ServiceConfiguration} for the
 * service. The command line and the service reach the application's use cases from here, never the store.
 */
package org.kyosei.wiring;
