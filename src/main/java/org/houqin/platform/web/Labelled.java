package org.houqin.platform.web;

/**
 * A value with a name for people (a status, a kind, a priority): the key of its text in the message bundles. The
 * pages show the text; the API sends the value and its text in the caller's language ({@link Texts#label}).
 */
public interface Labelled {

    String messageKey();
}
