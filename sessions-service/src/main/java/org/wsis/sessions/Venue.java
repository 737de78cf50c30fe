package org.wsis.sessions;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;

/** An edition's forum days and daily hours, in the venue's own time zone. */
@Entity
@Table(name = "venue")
public class Venue {

    @Id
    public int edition;

    @Column(name = "start_date", nullable = false)
    public LocalDate startDate;

    @Column(name = "end_date", nullable = false)
    public LocalDate endDate;

    @Column(name = "time_zone", nullable = false)
    public String timeZone;

    @Column(name = "daily_start", nullable = false)
    public LocalTime dailyStart;

    @Column(name = "daily_end", nullable = false)
    public LocalTime dailyEnd;

    @Column(name = "updated_at", nullable = false)
    public Instant updatedAt;

    public ZoneId zone() {
        return ZoneId.of(timeZone);
    }

    /** Whether [start, end) lies within one forum day and that day's opening hours, local time. */
    public boolean contains(Instant start, Instant end) {
        ZonedDateTime localStart = start.atZone(zone());
        ZonedDateTime localEnd = end.atZone(zone());
        LocalDate day = localStart.toLocalDate();
        return day.equals(localEnd.toLocalDate())
                && !day.isBefore(startDate) && !day.isAfter(endDate)
                && !localStart.toLocalTime().isBefore(dailyStart)
                && !localEnd.toLocalTime().isAfter(dailyEnd);
    }
}
