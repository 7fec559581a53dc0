package org.houqin.platform.timeline;

import java.time.Instant;

/** One entry of a record's history as a reader sees it: what happened in the reader's language, when, by whom. */
public record TimelineEntry(long id, String kind, Instant happenedAt, String actorName, String text, String link) {
}
