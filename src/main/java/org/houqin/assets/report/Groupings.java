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
        return Group.last(DepreciationSchedule.NOT_DEPRECIATING, texts.get("assetDep.notDepreciating"));
    }

    private Function<Card, Group> byCategory(CategoryTree tree, int level) {
        Map<Long, Group> memo = new HashMap<>();
        return card -> memo.computeIfAbsent(card.categoryId(), id -> {
            CategoryTree.Node node = tree.groupAt(id, level);
            return node == null ? Group.last("?", texts.get("assetReport.unknown"))
                    : new Group("c" + node.id(), node.label(), node.code());
        });
    }

    private Function<Card, Group> byDepartment(long schoolId) {
        Map<Long, String> names = organization.departmentNames(schoolId);
        Group none = Group.last("-", texts.get("assetReport.noDepartment"));
        return card -> card.departmentId() == null || !names.containsKey(card.departmentId()) ? none
                : Group.of("d" + card.departmentId(), names.get(card.departmentId()));
    }

    private Function<Card, Group> byBuilding(long schoolId) {
        Map<Long, String> buildings = new HashMap<>();
        places.rooms(schoolId).forEach(r -> buildings.put(r.id(), r.buildingName()));
        Group none = Group.last("-", texts.get("assetReport.noBuilding"));
        return card -> {
            String building = card.roomId() == null ? null : buildings.get(card.roomId());
            return building == null ? none : Group.of("b" + building, building);
        };
    }
}
