package org.wsis.sessions;

/**
 * What an edition's public agenda views depend on: the latest release (immutable once published)
 * and the revision of the speakers' names it prints. Both only ever grow.
 */
public record AgendaStamp(int version, long namesRevision) {

    /** Newer in one number and not older in the other: every view keyed by {@code older} is out of date. */
    public boolean supersedes(AgendaStamp older) {
        return !equals(older) && version >= older.version && namesRevision >= older.namesRevision;
    }
}
