package org.wsis.deploy.demo;

import org.wsis.infra.JwtMinter;

import java.util.List;

/** The people whose tokens {@code up} prints, one per role. */
public record DemoUser(String subject, String group, String name, String email, String tokenVariable) {

    public static final DemoUser ORGANISER = new DemoUser("demo-organiser", "organiser", "Demo Organiser",
            "demo-organiser@example.org", "ORGANISER_TOKEN");
    public static final DemoUser REVIEWER = new DemoUser("demo-reviewer", "reviewer", "Demo Reviewer",
            "demo-reviewer@example.org", "REVIEWER_TOKEN");
    public static final DemoUser PARTICIPANT = new DemoUser("demo-participant", "participant", "Demo Participant",
            "demo-participant@example.org", "PARTICIPANT_TOKEN");

    public static final List<DemoUser> ALL = List.of(ORGANISER, REVIEWER, PARTICIPANT);

    public String token(JwtMinter minter) {
        return minter.mint(subject, List.of(group), name, email);
    }
}
