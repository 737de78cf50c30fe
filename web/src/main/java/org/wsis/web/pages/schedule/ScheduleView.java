package org.wsis.web.pages.schedule;

import org.wsis.web.clients.ServiceProblem;

import java.util.List;
import java.util.Map;

/**
 * The organiser's timetable of one forum day: rooms as columns, half hours as rows, the sessions placed in
 * them, the virtual ones beside, and below every session still waiting for a slot with its form.
 *
 * @param venueSet     false until the organisers set the venue (then nothing else is shown)
 * @param days         a link per forum day
 * @param day          the day shown (ISO), null when the one asked for is no forum day
 * @param dayLabel     the day shown, in words
 * @param dayProblem   why no day is shown (malformed or outside the forum), else null
 * @param hours        the venue's opening hours in words, e.g. "9:00 AM – 6:00 PM (Europe/Zurich)"
 * @param rooms        the grid's columns
 * @param rows         the grid's rows
 * @param virtual      the day's sessions without a room
 * @param elsewhere    the day's sessions that fit no cell (outside the hours or in a room not listed)
 * @param unscheduled  a place form per session without a slot
 * @param notice       what the last action did, else null
 * @param problem      what the service refused, else null
 * @param conflicts    for a refused slot: the sessions in the way
 * @param failedId     the session whose form was refused, else null
 */
public record ScheduleView(boolean venueSet,
                           List<DayLink> days,
                           String day,
                           String dayLabel,
                           String dayProblem,
                           String hours,
                           List<RoomColumn> rooms,
                           List<Row> rows,
                           List<Placed> virtual,
                           List<Placed> elsewhere,
                           List<PlaceForm> unscheduled,
                           String notice,
                           ServiceProblem problem,
                           List<ConflictView> conflicts,
                           String failedId) {

    public boolean hasConflicts() {
        return conflicts != null && !conflicts.isEmpty();
    }

    /** A forum day: its date (ISO, the form's value and the link's), its name, whether it is the one shown. */
    public record DayLink(String date, String label, boolean current) {
    }

    public record RoomColumn(String id, String name, int capacity, boolean hybrid) {
    }

    /** Half an hour: its start ("HH:mm", for tests and scripts) and in words, then a cell per room. */
    public record Row(String time, String label, List<Cell> cells) {
    }

    public record Cell(String roomId, List<Placed> sessions) {
    }

    /** A scheduled session as the grid shows it. */
    public record Placed(String id, String title, String format, String mode, String start, String end,
                         String room) {
    }

    /**
     * A session waiting for a slot and its form: the values to show (the submitted ones after a refusal)
     * and what the service said about each field ({@code roomId}, {@code day}, {@code start}, {@code end}).
     */
    public record PlaceForm(String id, String title, String format, String mode, int durationMinutes,
                            Integer expectedAudience, boolean virtual, boolean speakerWithdrawn, String roomId,
                            String day, String start, Map<String, String> errors) {

        public String error(String field) {
            return errors == null ? null : errors.get(field);
        }

        /** The message for the start time: about the start itself, else about the end computed from it. */
        public String startError() {
            String start = error("start");
            return start != null ? start : error("end");
        }
    }

    /** A session in the way of a refused slot: what the conflict is, which session, when it is. */
    public record ConflictView(String kind, String sessionId, String title, String when, String room) {
    }
}
