package org.houqin.assets.report;

/** What the register summary gathers cards by; labelled through {@code assetReport.by.<name>}. */
public enum Dimension {
    CATEGORY, SUBCATEGORY, DEPARTMENT, BUILDING, STATUS;

    /** The dimensions the depreciation schedule offers. */
    static final Dimension[] FOR_DEPRECIATION = {CATEGORY, DEPARTMENT};
}
