package org.wsis.sessions;

import org.junit.jupiter.api.Test;
import org.wsis.common.domain.Refusal;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** A session's life cycle: UNSCHEDULED and SCHEDULED back and forth, CANCELLED for good. */
class ForumSessionTest {

    private static final Instant CREATED = Instant.parse("2026-05-01T09:00:00Z");
    private static final Instant NOW = Instant.parse("2026-05-02T09:00:00Z");
    private static final Instant START = Instant.parse("2026-07-07T08:00:00Z");
    private static final Instant END = Instant.parse("2026-07-07T09:00:00Z");
    private static final UUID ROOM = UUID.randomUUID();

    @Test
    void startsUnscheduled() {
        ForumSession session = session(SessionFormat.THEMATIC_WORKSHOP);
        assertThat(session.status).isEqualTo(SessionStatus.UNSCHEDULED);
        assertThat(session.createdAt).isEqualTo(CREATED);
    }

    @Test
    void schedulingGivesItItsSlot() {
        ForumSession session = session(SessionFormat.THEMATIC_WORKSHOP);
        session.schedule(ROOM, START, END, NOW);
        assertThat(session.status).isEqualTo(SessionStatus.SCHEDULED);
        assertThat(session.roomId).isEqualTo(ROOM);
        assertThat(session.startsAt).isEqualTo(START);
        assertThat(session.endsAt).isEqualTo(END);
        assertThat(session.updatedAt).isEqualTo(NOW);
    }

    @Test
    void aScheduledSessionMovesToAnotherSlot() {
        ForumSession session = session(SessionFormat.THEMATIC_WORKSHOP);
        session.schedule(ROOM, START, END, NOW);
        session.schedule(null, START.plusSeconds(3600), END.plusSeconds(3600), NOW);
        assertThat(session.status).isEqualTo(SessionStatus.SCHEDULED);
        assertThat(session.roomId).isNull();
        assertThat(session.startsAt).isEqualTo(START.plusSeconds(3600));
    }

    @Test
    void unschedulingFreesTheSlot() {
        ForumSession session = session(SessionFormat.THEMATIC_WORKSHOP);
        session.schedule(ROOM, START, END, CREATED);
        session.unschedule(NOW);
        assertThat(session.status).isEqualTo(SessionStatus.UNSCHEDULED);
        assertThat(session.roomId).isNull();
        assertThat(session.startsAt).isNull();
        assertThat(session.endsAt).isNull();
        assertThat(session.updatedAt).isEqualTo(NOW);
    }

    @Test
    void onlyAScheduledSessionCanBeUnscheduled() {
        ForumSession session = session(SessionFormat.THEMATIC_WORKSHOP);
        assertThatThrownBy(() -> session.unschedule(NOW)).isInstanceOfSatisfying(Refusal.class, refused -> {
            assertThat(refused.reason()).isEqualTo(Refusal.Reason.STATE_CONFLICT);
            assertThat(refused.code()).isEqualTo("not-scheduled");
            assertThat(refused.getMessage()).endsWith(" is UNSCHEDULED.");
        });
        assertThat(session.updatedAt).isEqualTo(CREATED);
    }

    @Test
    void cancellingAScheduledSessionFreesItsSlot() {
        ForumSession session = session(SessionFormat.THEMATIC_WORKSHOP);
        session.schedule(ROOM, START, END, CREATED);
        session.cancel(NOW);
        assertThat(session.status).isEqualTo(SessionStatus.CANCELLED);
        assertThat(session.roomId).isNull();
        assertThat(session.startsAt).isNull();
        assertThat(session.updatedAt).isEqualTo(NOW);
    }

    @Test
    void cancelledIsFinal() {
        ForumSession session = session(SessionFormat.THEMATIC_WORKSHOP);
        session.cancel(NOW);
        assertThatThrownBy(() -> session.cancel(NOW)).isInstanceOfSatisfying(Refusal.class,
                refused -> assertThat(refused.code()).isEqualTo("already-cancelled"));
        assertThatThrownBy(() -> session.schedule(ROOM, START, END, NOW)).isInstanceOfSatisfying(Refusal.class,
                refused -> assertThat(refused.code()).isEqualTo("session-cancelled"));
        assertThatThrownBy(session::requireSchedulable).isInstanceOf(Refusal.class);
        assertThatThrownBy(() -> session.unschedule(NOW)).isInstanceOfSatisfying(Refusal.class,
                refused -> assertThat(refused.code()).isEqualTo("not-scheduled"));
        assertThat(session.status).isEqualTo(SessionStatus.CANCELLED);
        assertThat(session.roomId).isNull();
    }

    @Test
    void aWithdrawnSpeakerIsFlaggedWhateverTheStatus() {
        ForumSession session = session(SessionFormat.THEMATIC_WORKSHOP);
        session.cancel(CREATED);
        session.speakerWithdrew(NOW);
        assertThat(session.speakerWithdrawn).isTrue();
        assertThat(session.updatedAt).isEqualTo(NOW);
    }

    @Test
    void aPrizeCeremonyShowsTheLatestWinners() {
        ForumSession ceremony = session(SessionFormat.PRIZE_CEREMONY);
        PrizeWinner first = new PrizeWinner(10, "C7_E_HEALTH", "ICT applications: E-health", null, "Telemedicine",
                "Kenya Digital Health Agency", "KE");
        PrizeWinner corrected = new PrizeWinner(10, "C7_E_HEALTH", "ICT applications: E-health", null,
                "Tele-ophthalmology vans", "Sight for All", "GH");
        ceremony.showPrizeWinners(List.of(first), CREATED);
        ceremony.showPrizeWinners(List.of(corrected), NOW);
        assertThat(ceremony.prizeWinners).containsExactly(corrected);
        assertThat(ceremony.updatedAt).isEqualTo(NOW);
    }

    @Test
    void onlyAPrizeCeremonyShowsWinners() {
        ForumSession session = session(SessionFormat.THEMATIC_WORKSHOP);
        assertThatThrownBy(() -> session.showPrizeWinners(List.of(), NOW)).isInstanceOfSatisfying(Refusal.class,
                refused -> assertThat(refused.reason()).isEqualTo(Refusal.Reason.UNPROCESSABLE));
        assertThat(session.prizeWinners).isNull();
    }

    static ForumSession session(SessionFormat format) {
        SessionContent content = new SessionContent();
        content.title = "Closing the connectivity gap";
        content.summary = "Ministers and operators compare what worked.";
        content.format = format;
        content.actionLines = new String[] {"C2"};
        content.sdgs = new Integer[] {9};
        content.mode = SessionMode.HYBRID;
        content.durationMinutes = 60;
        content.expectedAudience = 80;
        content.speakerIds = new UUID[0];
        return ForumSession.of(2026, content, null, CREATED);
    }
}
