package org.houqin.assets.imports;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.houqin.assets.category.AssetCategories;
import org.houqin.organization.OrganizationApi;
import org.houqin.places.PlacesApi;
import org.houqin.platform.imports.ValueLookup;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Everything an imported row is checked against, read once per import: the school's categories by id (with their
 * life), and the numbers and serials already on cards; and the lookups of the values page (categories, rooms,
 * departments, staff), which the import kit matches and asks about.
 */
@Component
class AssetImportLookups {

    record Category(long id, String code, String name, boolean depreciable, Integer usefulLifeMonths) {
    }

    record Snapshot(Map<Long, Category> categories, Set<String> numbers, Set<String> serials) {
    }

    private final AssetImportStore store;
    private final AssetCategories categories;
    private final PlacesApi places;
    private final OrganizationApi organization;

    AssetImportLookups(AssetImportStore store, AssetCategories categories, PlacesApi places,
                       OrganizationApi organization) {
        this.store = store;
        this.categories = categories;
        this.places = places;
        this.organization = organization;
    }

    @Transactional(readOnly = true)
    Snapshot load(long schoolId) {
        Map<Long, Category> byId = new HashMap<>();
        store.activeCategories(schoolId).forEach(c -> byId.put(c.id(), c));
        AssetImportStore.Taken taken = store.taken(schoolId);
        return new Snapshot(byId, taken.numbers(), taken.serials());
    }

    /** The fields whose values name a record, with their lookups. */
    Map<String, ValueLookup> valueLookups(long schoolId) {
        List<ValueLookup.ValueOption> rooms = places.rooms(schoolId).stream()
                .map(r -> new ValueLookup.ValueOption(r.id(), r.code(), r.name())).toList();
        ValueLookup staff = organization.staffLookup(schoolId);
        return Map.of(AssetImportFields.CATEGORY,
                new AssetCategoryLookup(schoolId, categories, store.activeCategories(schoolId)),
                AssetImportFields.ROOM, new RoomLookup(rooms),
                AssetImportFields.DEPARTMENT, organization.departmentLookup(schoolId),
                AssetImportFields.CUSTODIAN, staff);
    }

    /** The school's rooms, by code ("A-101"), name or both; an import does not create rooms. */
    private record RoomLookup(List<ValueOption> options) implements ValueLookup {

        @Override
        public String name() {
            return "room";
        }

        @Override
        public String unknownKey() {
            return "assetImport.error.room";
        }
    }
}
