/**
 * Brokerage positions: Gould–Fernandez roles between caller-given groups, and Burt's structural
 * holes (constraint, effective size). They describe where a node sits in recorded ties, as leads
 * for an analyst to check against the evidence.
 */
package org.kyosei.analytics.brokerage;
