package org.wsis.web.pages.schedule;

import org.wsis.web.clients.ServiceProblem;

import java.util.List;

/**
 * The agenda releases page: the latest published version, the changes the next release would make (worked
 * out here before publishing: the published agenda against the sessions scheduled now), and after
 * publishing what the service reported.
 *
 * @param latestVersion the latest published version, null before the first
 * @param publishedAt   when it was published, in words
 * @param scheduled     how many sessions are scheduled now (the next release's size)
 */
public record ReleaseView(Integer latestVersion,
                          String publishedAt,
                          int scheduled,
                          List<Change> added,
                          List<Change> removed,
                          List<Change> moved,
                          Notice notice,
                          ServiceProblem problem) {

    public boolean hasChanges() {
        return !added.isEmpty() || !removed.isEmpty() || !moved.isEmpty();
    }

    /** A session the release adds, removes or moves: where and when it was (published) and will be (now). */
    public record Change(String id, String title, String oldWhen, String oldRoom, String newWhen, String newRoom) {
    }

    /**
     * What the service reported on publishing: the version, its session count, how many sessions it added,
     * removed and moved, and their titles when the page was given their ids.
     */
    public record Notice(int version, int sessionCount, int added, int removed, int moved,
                         List<String> addedTitles, List<String> removedTitles, List<String> movedTitles) {
    }
}
