/**
 * The JSON API's conventions, written once (ADR 0033, docs/api.md): the list envelope ({@link ApiPage}), problem
 * documents with a reference ({@link ApiProblems}), versions read from {@code If-Match} ({@link IfMatch}) and a stale
 * write answered with the current version ({@link StaleVersion}).
 */
package org.houqin.platform.api;
