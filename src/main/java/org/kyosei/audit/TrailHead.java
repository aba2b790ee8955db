package org.kyosei.audit;

/** A record of the trail named by its sequence number and hash: what the {@code head} file and an anchor hold. */
public record TrailHead(long seq, String hash) {
    /** The first 12 hex digits of the hash, enough for a person to compare. */
    public String shortHash() {
        return hash.length() > 12 ? hash.substring(0, 12) : hash;
    }
}
