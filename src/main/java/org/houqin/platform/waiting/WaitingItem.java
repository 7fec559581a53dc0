package org.houqin.platform.waiting;

import java.time.Instant;

/**
 * One document waiting for the reader's action, as 待办 lists it.
 *
 * @param kind    what sort of waiting it is, for the page's filter (审批, 上报学校, 待受理)
 * @param typeKey message key naming the document (领用申请, 报修单)
 * @param number  the document's number, or {@code null}
 * @param title   what it is about, as its author wrote it
 * @param from    who asks (the submitter, the reporter), or {@code null}
 * @param since   when it began to wait for the reader
 * @param link    the page that acts on it, {@code null} when the reader may not open it (the title shows as text)
 */
public record WaitingItem(Kind kind, String typeKey, String number, String title, String from, Instant since,
                          String link) {

    /** A sort of waiting: a stable code for the page's filter and its label's message key. */
    public record Kind(String code, String labelKey) {
    }
}
