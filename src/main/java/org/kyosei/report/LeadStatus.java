package org.kyosei.report;

/** A lead against the previous week: new this week, still there, or gone. */
public enum LeadStatus {
    NEW, PERSISTING, RESOLVED
}
