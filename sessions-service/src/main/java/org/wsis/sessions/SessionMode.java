package org.wsis.sessions;

/** How a session is attended: in a room, in a room and online, or online only. */
public enum SessionMode {
    IN_PERSON,
    HYBRID,
    VIRTUAL;

    public boolean needsRoom() {
        return this != VIRTUAL;
    }

    public boolean allowsRemote() {
        return this != IN_PERSON;
    }
}
