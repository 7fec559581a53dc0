package org.houqin.assets.report;

import java.util.Comparator;

/** A row of a report: what the cards are gathered under, its label, and where it sorts (unknowns last). */
record Group(String key, String label, String order) implements Comparable<Group> {

    static final String LAST = "\uffff";

    static Group of(String key, String label) {
        return new Group(key, label, label);
    }

    static Group last(String key, String label) {
        return new Group(key, label, LAST + label);
    }

    /** After the unknowns too: the row of assets that do not depreciate closes the schedule. */
    static Group afterAll(String key, String label) {
        return new Group(key, label, LAST + LAST + label);
    }

    @Override
    public int compareTo(Group other) {
        return Comparator.comparing(Group::order).thenComparing(Group::key).compare(this, other);
    }
}
