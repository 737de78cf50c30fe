package org.wsis.deploy.bench;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class ArrivalScheduleTest {

    @Test
    void spacesRequestsEvenlyFromTheStart() {
        ArrivalSchedule schedule = new ArrivalSchedule(2000, 60_000);
        assertThat(schedule.dueNanos(0)).isZero();
        assertThat(schedule.dueNanos(1)).isEqualTo(500_000);
        assertThat(schedule.dueNanos(2000)).isEqualTo(1_000_000_000L);
        assertThat(schedule.offeringNanos()).isEqualTo(29_999_500_000L);
    }

    @Test
    void countsWhatIsDueAtAnyMoment() {
        ArrivalSchedule schedule = new ArrivalSchedule(1000, 10);
        assertThat(schedule.dueBy(-1)).isZero();
        assertThat(schedule.dueBy(0)).isEqualTo(1);
        assertThat(schedule.dueBy(999_999)).isEqualTo(1);
        assertThat(schedule.dueBy(1_000_000)).isEqualTo(2);
        assertThat(schedule.dueBy(60_000_000_000L)).isEqualTo(10);
    }

    @Test
    void eachRequestIsDueExactlyAtItsDueTimeWhateverTheRounding() {
        for (double rate : new double[] {1, 3, 7, 333, 2000, 9999.5, 10_000}) {
            ArrivalSchedule schedule = new ArrivalSchedule(rate, 5000);
            for (int i = 0; i < schedule.count(); i++) {
                long due = schedule.dueNanos(i);
                assertThat(schedule.dueBy(due)).as("rate %s, request %d at its time", rate, i).isEqualTo(i + 1);
                if (due > 0) {
                    assertThat(schedule.dueBy(due - 1)).as("rate %s, request %d just before", rate, i).isEqualTo(i);
                }
            }
        }
    }

    @Test
    void anEmptyScheduleHasNothingDue() {
        ArrivalSchedule schedule = new ArrivalSchedule(100, 0);
        assertThat(schedule.dueBy(1_000_000_000)).isZero();
        assertThat(schedule.offeringNanos()).isZero();
        assertThatThrownBy(() -> new ArrivalSchedule(0, 1)).isInstanceOf(IllegalArgumentException.class);
    }
}
