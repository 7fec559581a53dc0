package org.houqin.platform.document;

import java.util.EnumMap;
import java.util.HashMap;
import java.util.Map;

import org.houqin.platform.web.RuleViolation;
import org.springframework.context.support.DefaultMessageSourceResolvable;

/**
 * The steps a kind of record may take between its statuses, written once as data:
 * <pre>{@code
 * static final StatusFlow<Status> FLOW = StatusFlow.of("writeOff", Status.class)
 *         .step("post", SUBMITTED, POSTED)
 *         .step("cancel", RETURNED, CANCELLED)
 *         .steps("close", CLOSED, COUNTED, SUBMITTED);   // from either status to CLOSED
 * }</pre>
 * {@link #take} gives the status a step leads to, or refuses it with a message naming the step
 * ({@code writeOff.action.cancel}) and the current status ({@code writeOff.status.SUBMITTED}).
 */
public final class StatusFlow<S extends Enum<S>> {

    /** A step taken: what was done, from which status, to which. */
    public record Step<S extends Enum<S>>(String action, S from, S to) {
    }

    private final String prefix;
    private final Class<S> type;
    private final Map<String, Map<S, S>> steps = new HashMap<>();

    private StatusFlow(String prefix, Class<S> type) {
        this.prefix = prefix;
        this.type = type;
    }

    /** A flow whose message keys start with {@code prefix}: {@code prefix.action.<step>}, {@code prefix.status.<S>}. */
    public static <S extends Enum<S>> StatusFlow<S> of(String prefix, Class<S> type) {
        return new StatusFlow<>(prefix, type);
    }

    /** Allows {@code action} from {@code from} to {@code to}. */
    public StatusFlow<S> step(String action, S from, S to) {
        return steps(action, to, from);
    }

    /** Allows {@code action} from each of {@code from} to {@code to}. */
    @SafeVarargs
    public final StatusFlow<S> steps(String action, S to, S... from) {
        Map<S, S> targets = steps.computeIfAbsent(action, a -> new EnumMap<>(type));
        for (S status : from) {
            if (targets.put(status, to) != null) {
                throw new IllegalStateException(prefix + ": the step " + action + " from " + status + " is given twice");
            }
        }
        return this;
    }

    public boolean allows(String action, S from) {
        return steps.getOrDefault(action, Map.of()).containsKey(from);
    }

    /** The step from {@code from}; refused, with a message for the user, when the flow has no such step. */
    public Step<S> take(String action, S from) {
        S to = steps.getOrDefault(action, Map.of()).get(from);
        if (to == null) {
            if (!steps.containsKey(action)) {
                throw new IllegalArgumentException(prefix + " has no step " + action);
            }
            throw RuleViolation.of("document.step.refused",
                    new DefaultMessageSourceResolvable(prefix + ".action." + action),
                    new DefaultMessageSourceResolvable(statusKey(from)));
        }
        return new Step<>(action, from, to);
    }

    public String statusKey(S status) {
        return prefix + ".status." + status.name();
    }

    public String actionKey(String action) {
        return prefix + ".action." + action;
    }
}
