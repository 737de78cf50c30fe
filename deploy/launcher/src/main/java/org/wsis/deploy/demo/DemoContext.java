package org.wsis.deploy.demo;

import org.wsis.deploy.Service;
import org.wsis.deploy.StackConfig;
import org.wsis.infra.JwtMinter;

import java.net.URI;
import java.util.ArrayList;
import java.util.List;

/** What the demo loaders share: the API, the token minter and what earlier loaders created. */
public final class DemoContext {

    /** The edition all demo data belongs to. */
    public static final String EDITION = "2026";

    private final StackConfig config;
    private final JwtMinter minter;
    private final ApiClient api;
    private final List<DemoParticipant> participants = new ArrayList<>();

    public DemoContext(StackConfig config, JwtMinter minter, ApiClient api) {
        this.config = config;
        this.minter = minter;
        this.api = api;
    }

    public ApiClient api() {
        return api;
    }

    public URI url(Service service, String path) {
        return URI.create("http://127.0.0.1:" + config.port(service) + path);
    }

    public String token(DemoUser user) {
        return user.token(minter);
    }

    public String participantToken(String subject, String name, String email) {
        return minter.mint(subject, List.of(DemoUser.PARTICIPANT.group()), name, email);
    }

    public void addParticipant(DemoParticipant participant) {
        participants.add(participant);
    }

    public List<DemoParticipant> participants() {
        return List.copyOf(participants);
    }
}
