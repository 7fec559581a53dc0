package org.houqin.warehouse.catalogue;

import org.houqin.organization.SchoolCreated;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/** A new school starts with the default item categories. */
@Component
class NewSchoolCategories {

    private final Catalogue catalogue;

    NewSchoolCategories(Catalogue catalogue) {
        this.catalogue = catalogue;
    }

    @EventListener
    void on(SchoolCreated school) {
        catalogue.createDefaultCategories(school.schoolId());
    }
}
