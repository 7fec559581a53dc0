/**
 * The request log: one line per request ({@link RequestLog}) with an id that is also the reference of an error
 * page or an API problem ({@link RequestIds}), the id in the MDC of every line of the request, and slow SQL
 * statements logged with their route ({@link SlowStatements}). docs/operations.md, "Logs".
 */
package org.houqin.platform.logs;
