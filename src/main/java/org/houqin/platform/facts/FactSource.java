package org.houqin.platform.facts;

import java.util.List;

import org.houqin.platform.security.CurrentUser;

/**
 * What a module tells reports about a period, declared as a bean in the module. Dashboards and the work summary
 * (工作总结) read {@link Facts} instead of reaching into other modules' tables.
 *
 * <p>A source reads only its own module's tables, with one or two aggregate queries for the whole period (never a
 * query per row), and gives every fact the permission its link needs. It may skip what the reader could not see
 * anyway; {@link Facts} drops every fact the reader may not open, whatever the source returns.
 */
public interface FactSource {

    /** The module's name: the first word of each of its facts' keys. */
    String module();

    /** Where the module's facts stand among all, lower first (the menu's order). */
    int order();

    /**
     * The facts of the period in the school, in a stable order; zero counts for a quiet period, not fewer facts
     * (only an average with nothing to average is left out).
     */
    List<Fact> factsFor(long schoolId, Period period, CurrentUser reader);
}
