package org.houqin.assets.imports;

import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.houqin.organization.OrganizationApi;
import org.houqin.places.PlacesApi;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Everything an imported row is checked against, read once per import: the school's categories by code and name,
 * rooms by code, departments and staff by name (a name two people share finds nobody), and the numbers and serials
 * already on cards.
 */
@Component
class AssetImportLookups {

    record Category(long id, String code, String name, boolean depreciable, Integer usefulLifeMonths) {
    }

    private static final Pattern BRACKETED = Pattern.compile("(.+)[（(](.+)[）)]");

    /** A name that more than one record answers to. */
    static final long AMBIGUOUS = -1L;

    record Snapshot(Map<String, Category> categoriesByCode, Map<String, Category> categoriesByName,
                    Map<String, Long> rooms, Map<String, Long> departments, Map<String, Long> staff,
                    Set<String> numbers, Set<String> serials) {

        /** By code ("2010000"), by name ("计算机设备及软件"), or as the register shows it ("2010000 计算机设备及软件"). */
        Optional<Category> category(String text) {
            Category found = categoriesByCode.get(text);
            if (found == null) {
                found = categoriesByName.get(text);
            }
            if (found == null && text.contains(" ")) {
                found = categoriesByCode.get(text.substring(0, text.indexOf(' ')));
            }
            return Optional.ofNullable(found);
        }
    }

    private final AssetImportStore store;
    private final PlacesApi places;
    private final OrganizationApi organization;

    AssetImportLookups(AssetImportStore store, PlacesApi places, OrganizationApi organization) {
        this.store = store;
        this.places = places;
        this.organization = organization;
    }

    @Transactional(readOnly = true)
    Snapshot load(long schoolId) {
        List<Category> categories = store.activeCategories(schoolId);
        Map<String, Category> byCode = new HashMap<>();
        Map<String, Category> byName = new HashMap<>();
        Set<String> sharedNames = new HashSet<>();
        for (Category c : categories) {
            byCode.put(c.code(), c);
            if (byName.putIfAbsent(c.name(), c) != null) {
                sharedNames.add(c.name());
            }
        }
        sharedNames.forEach(byName::remove);
        Map<String, Long> rooms = new HashMap<>();
        places.rooms(schoolId).forEach(r -> rooms.put(r.code(), r.id()));
        Map<String, Long> departments = new HashMap<>();
        Map<Long, String> departmentNames = organization.departmentNames(schoolId);
        departmentNames.forEach((id, name) -> named(departments, name, id));
        Set<String> aliased = new HashSet<>();
        departmentNames.forEach((id, name) -> aliases(departments, aliased, name, id));
        Map<String, Long> staff = new HashMap<>();
        organization.activeStaff(schoolId).forEach(s -> named(staff, s.name(), s.id()));
        AssetImportStore.Taken taken = store.taken(schoolId);
        return new Snapshot(byCode, byName, rooms, departments, staff, taken.numbers(), taken.serials());
    }

    /** 总务处（后勤处） also answers to 总务处 and 后勤处, unless a department has that name or shares the alias. */
    private static void aliases(Map<String, Long> byName, Set<String> aliased, String name, long id) {
        Matcher bracketed = BRACKETED.matcher(name == null ? "" : name.strip());
        if (bracketed.matches()) {
            for (String alias : List.of(bracketed.group(1).strip(), bracketed.group(2).strip())) {
                Long had = byName.get(alias);
                if (had == null) {
                    byName.put(alias, id);
                    aliased.add(alias);
                } else if (had.longValue() != id && aliased.contains(alias)) {
                    byName.put(alias, AMBIGUOUS);
                }
            }
        }
    }

    private static void named(Map<String, Long> byName, String name, long id) {
        if (name != null) {
            byName.merge(name.strip(), id, (a, b) -> AMBIGUOUS);
        }
    }
}
