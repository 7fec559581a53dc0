package org.houqin.platform.waiting;

import java.util.List;

import org.houqin.platform.security.CurrentUser;

/**
 * A module's documents waiting for a person (待办): the submissions at their approval step, the repairs escalated to
 * the principal. Declared as a bean; the kit adds the counts of all of them to every page's top bar and the home
 * page, and lists the items oldest first on {@code /waiting}.
 */
public interface WaitingItems {

    /** Whoever holds one of these may have items from the module: the menu shows 待办 to them. */
    List<String> permissions();

    /**
     * How many items wait for the user. Asked on every rendered page, so it must be cheap: nothing for a user without
     * the permissions, else one indexed count.
     */
    long count(CurrentUser user);

    /** The user's items, oldest first, at most {@code limit}; the same items {@link #count} counts. */
    List<WaitingItem> items(CurrentUser user, int limit);
}
