package org.houqin.assets.report;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The category tree as the reports walk it: a category's top-level or second-level group, whether it lies under a
 * given code (空调 2200100 and below), whether it or a category above it is flagged as an appliance.
 */
final class CategoryTree {

    record Node(long id, String code, String name, Long parentId, boolean appliance) {

        String label() {
            return code + " " + name;
        }
    }

    private final Map<Long, Node> byId = new HashMap<>();

    CategoryTree(List<Node> nodes) {
        nodes.forEach(n -> byId.put(n.id(), n));
    }

    Node node(long id) {
        return byId.get(id);
    }

    /** The category and those above it, the category first (guarded against a loop in bad data). */
    List<Node> path(long id) {
        List<Node> path = new ArrayList<>();
        for (Node n = byId.get(id); n != null && path.size() < 20; n = n.parentId() == null ? null : byId.get(n.parentId())) {
            path.add(n);
        }
        return path;
    }

    /** The group at a level (0: top level, 1: second level); a category above that level stands for itself. */
    Node groupAt(long id, int level) {
        List<Node> path = path(id);
        if (path.isEmpty()) {
            return null;
        }
        int index = Math.max(0, path.size() - 1 - level);
        return path.get(index);
    }

    boolean under(long id, String code) {
        return path(id).stream().anyMatch(n -> n.code().equals(code));
    }

    boolean appliance(long id) {
        return path(id).stream().anyMatch(Node::appliance);
    }
}
