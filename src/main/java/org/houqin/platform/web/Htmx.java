package org.houqin.platform.web;

import jakarta.servlet.http.HttpServletRequest;

/** Tells a full page request from an htmx request that only wants a list's table swapped. */
public final class Htmx {

    public static final String LIST_TABLE = "list-table";

    private Htmx() {
    }

    public static boolean wantsTable(HttpServletRequest request) {
        return "true".equals(request.getHeader("HX-Request"))
                && LIST_TABLE.equals(request.getHeader("HX-Target"))
                && request.getHeader("HX-History-Restore-Request") == null;
    }

    /** The view itself, or only its {@code table} fragment for an htmx swap. */
    public static String view(HttpServletRequest request, String view) {
        return wantsTable(request) ? view + " :: table" : view;
    }
}
