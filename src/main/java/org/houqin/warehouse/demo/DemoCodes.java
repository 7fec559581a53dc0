package org.houqin.warehouse.demo;

import org.houqin.warehouse.catalogue.Catalogue;

/** The demo's stores and items by their codes, looked up in the catalogue as its pages do. */
final class DemoCodes {

    private DemoCodes() {
    }

    static long store(Catalogue catalogue, long school, String code) {
        return catalogue.stores(school).stream().filter(s -> s.code().equals(code)).findFirst()
                .orElseThrow(() -> new IllegalStateException("No demo store " + code)).id();
    }

    static long item(Catalogue catalogue, long school, String code) {
        return catalogue.itemByCode(school, code)
                .orElseThrow(() -> new IllegalStateException("No demo item " + code)).id();
    }
}
