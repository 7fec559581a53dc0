package org.houqin.platform.imports;

import java.util.List;

/**
 * A field whose cells name a record of the school (a room, a category, a department, a person): what the module
 * gives the kit so that the kit can match each distinct value of the file, ask the user about the ones it cannot
 * match exactly, and remember the answers. The module provides the records and, where it may, how to create one;
 * the kit matches (by code, by name, by name inside the text, by similarity) and never picks a record by itself.
 */
public interface ValueLookup {

    /** The name the school's answers are remembered under, shared by every import of the same records ("staff"). */
    String name();

    /** The records a value may name. */
    List<ValueOption> options();

    /** The problem of a row whose value the user marked as wrong: "找不到部门“{0}”". */
    String unknownKey();

    /** What creating the value would add, for the values page, or null when it cannot be created. */
    default Creation creation(String text) {
        return null;
    }

    /** Creates the record the value names, in the import's transaction, and says its id. */
    default long create(String text) {
        throw new UnsupportedOperationException("values of " + name() + " are not created by an import");
    }

    /** What the values page offers to create: "新建部门“{0}”" with its arguments. */
    record Creation(String messageKey, Object... args) {
    }

    /**
     * A record a value may name: by its code, its name, its label ("A-101 初一(1)班教室") or one of its other names
     * (总务处 for 总务处（后勤处）).
     */
    record ValueOption(long id, String code, String name, List<String> aliases) {

        public ValueOption(long id, String code, String name) {
            this(id, code, name, List.of());
        }

        public String label() {
            return code == null || code.isBlank() ? name : name == null || name.isBlank() ? code : code + " " + name;
        }
    }
}
