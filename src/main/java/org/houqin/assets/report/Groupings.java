package org.houqin.assets.report;

import java.util.HashMap;
import java.util.Map;
import java.util.function.Function;

import org.houqin.organization.OrganizationApi;
import org.houqin.places.PlacesApi;
import org.houqin.platform.web.Texts;
import org.springframework.stereotype.Component;

/**
 * How a report puts a card in a row: by its top-level or second-level category (in code order), its department,
 * the building of its room, or its status. Names come from the modules that own them, read once per report.
 */
@Component
class Groupings {

    private final PlacesApi places;
    private final OrganizationApi organization;
    private final Texts texts;

    Groupings(PlacesApi places, OrganizationApi organization, Texts texts) {
        this.places = places;
        this.organization = organization;
        this.texts = texts;
    }

    Function<Card, Group> by(Dimension dimension, long schoolId, CategoryTree tree) {
        return switch (dimension) {
            case CATEGORY -> byCategory(tree, 0);
            case SUBCATEGORY -> byCategory(tree, 1);
            case DEPARTMENT -> byDepartment(schoolId);
            case BUILDING -> byBuilding(schoolId);
            case STATUS -> card -> new Group(card.status().name(), texts.get("asset.status." + card.status().name()),
                    String.valueOf(card.status().ordinal()));
        };
    }

    Group notDepreciating() {
        return Group.afterAll(DepreciationSchedule.NOT_DEPRECIATING, texts.get("assetDep.notDepreciating"));
    }

    private Function<Card, Group> byCategory(CategoryTree tree, int level) {
        Map<Long, Group> memo = new HashMap<>();
        return card -> memo.computeIfAbsent(card.categoryId(), id -> {
            CategoryTree.Node node = tree.groupAt(id, level);
            return node == null ? Group.last("?", texts.get("assetReport.unknown"))
                    : new Group("c" + node.id(), node.label(), node.code());
        });
    }

    /** Departments in the school's own order (the department tree), as everywhere else. */
    private Function<Card, Group> byDepartment(long schoolId) {
        Map<Long, Group> groups = new HashMap<>();
        organization.departmentNames(schoolId).forEach((id, name) ->
                groups.put(id, new Group("d" + id, name, String.format("%05d", groups.size()))));
        Group none = Group.last("-", texts.get("assetReport.noDepartment"));
        return card -> card.departmentId() == null ? none : groups.getOrDefault(card.departmentId(), none);
    }

    /** Buildings in the order the places module lists them. */
    private Function<Card, Group> byBuilding(long schoolId) {
        Map<String, Group> buildings = new HashMap<>();
        Map<Long, Group> byRoom = new HashMap<>();
        for (PlacesApi.RoomRef room : places.rooms(schoolId)) {
            Group building = buildings.computeIfAbsent(room.buildingName(), name ->
                    new Group("b" + name, name, String.format("%05d", buildings.size())));
            byRoom.put(room.id(), building);
        }
        Group none = Group.last("-", texts.get("assetReport.noBuilding"));
        return card -> card.roomId() == null ? none : byRoom.getOrDefault(card.roomId(), none);
    }
}
