package org.houqin.platform.demo;

/**
 * A module's part of the demo school, loaded once on the first start of a zero-configuration installation.
 * Lower {@link #order()} loads first: organization before iam before places, and later modules after them.
 */
public interface DemoData {

    /** The code of the demo school, 示范中学. */
    String SCHOOL_CODE = "DEMO";

    int order();

    void load();
}
