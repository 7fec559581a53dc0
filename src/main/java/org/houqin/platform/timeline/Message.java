package org.houqin.platform.timeline;

import java.math.BigDecimal;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;

/**
 * What a timeline entry says, kept so that each reader sees it in their own language: a message key and its
 * arguments. An argument is plain text (a number, a name, a date as text), another message (a status's name, a field's
 * label) or a list of messages, joined as the reader's language joins them.
 */
public record Message(String key, List<Object> args) {

    public Message {
        Objects.requireNonNull(key);
        args = args.stream().map(Message::argument).toList();
    }

    public static Message of(String key, Object... args) {
        return new Message(key, Arrays.asList(args));
    }

    /** Several messages shown as one argument: 名称：旧 → 新；型号：… */
    public static Items list(List<Message> items) {
        return new Items(List.copyOf(items));
    }

    /** An argument that is a list of messages. */
    public record Items(List<Message> items) {
    }

    private static Object argument(Object arg) {
        if (arg == null) {
            return "—";
        }
        if (arg instanceof Message || arg instanceof Items || arg instanceof String) {
            return arg;
        }
        if (arg instanceof BigDecimal decimal) {
            return decimal.stripTrailingZeros().toPlainString();
        }
        if (arg instanceof Enum<?> || arg instanceof Number || arg instanceof java.time.temporal.TemporalAccessor
                || arg instanceof Boolean) {
            return arg.toString();
        }
        throw new IllegalArgumentException("A timeline argument is text, a number, a date or a message: "
                + arg.getClass().getSimpleName());
    }
}
