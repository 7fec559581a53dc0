package org.houqin.platform.imports;

/**
 * The user's answer for one value of a file: the record it names, a record to create for it, nothing (the field is
 * left empty), or a problem of the rows that have it. Sent by the values page as {@code id:12}, {@code new},
 * {@code empty} or {@code wrong}.
 */
public record ValueChoice(Kind kind, Long id) {

    public enum Kind { EXISTING, NEW, EMPTY, WRONG }

    static final ValueChoice NEW = new ValueChoice(Kind.NEW, null);
    static final ValueChoice EMPTY = new ValueChoice(Kind.EMPTY, null);
    static final ValueChoice WRONG = new ValueChoice(Kind.WRONG, null);

    static ValueChoice of(long id) {
        return new ValueChoice(Kind.EXISTING, id);
    }

    /** The answer a form sent, or null when it is none of the four. */
    static ValueChoice parse(String param) {
        if (param == null) {
            return null;
        }
        return switch (param) {
            case "new" -> NEW;
            case "empty" -> EMPTY;
            case "wrong" -> WRONG;
            default -> param.matches("id:\\d{1,18}") ? of(Long.parseLong(param.substring(3))) : null;
        };
    }

    String param() {
        return switch (kind) {
            case EXISTING -> "id:" + id;
            case NEW -> "new";
            case EMPTY -> "empty";
            case WRONG -> "wrong";
        };
    }
}
