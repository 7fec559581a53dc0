package org.houqin.platform.imports;

/**
 * How an import's pages present it: the title, the list it belongs to (breadcrumb and the last page's button),
 * the URL the import is mapped at, a sentence of introduction, and optionally a template whose {@code notes}
 * fragment the upload page shows (column rules, say).
 */
public record ImportPage(String titleKey, String listUrl, String listLabelKey, String baseUrl, String introKey,
                         String notes) {
}
