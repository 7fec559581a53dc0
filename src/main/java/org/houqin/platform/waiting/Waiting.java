package org.houqin.platform.waiting;

import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.houqin.platform.security.CurrentUser;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Gathers what waits for a person from every module's {@link WaitingItems}: the count for the top bar and the home
 * page, and the list of 待办, oldest first.
 */
@Component
public class Waiting {

    /** How many items of each module the list shows at most: the oldest, which matter most. */
    static final int LIMIT = 200;

    /**
     * The list of 待办: the items shown, the kinds among those listed with their numbers, the kind chosen (or
     * {@code null}: all), how many wait in all and how many are listed (fewer when a module has more than the limit).
     */
    public record Inbox(List<WaitingItem> items, Map<WaitingItem.Kind, Long> kinds, String kind, long total,
                        int listed) {

        public boolean empty() {
            return items.isEmpty();
        }
    }

    private final List<WaitingItems> sources;

    Waiting(List<WaitingItems> sources) {
        this.sources = List.copyOf(sources);
    }

    /** Whether anything can wait for the user: holders of none of the modules' permissions have no 待办. */
    public boolean concerns(CurrentUser user) {
        return user.schoolId() != null
                && sources.stream().flatMap(s -> s.permissions().stream()).anyMatch(user::can);
    }

    /** The number in the top bar: one cheap count per module, all on one connection. */
    @Transactional(readOnly = true)
    public long count(CurrentUser user) {
        return user.schoolId() == null ? 0 : sources.stream().mapToLong(source -> source.count(user)).sum();
    }

    /** Every module's items, oldest first, only those of {@code kind} when it names one of them. */
    @Transactional(readOnly = true)
    public Inbox inbox(CurrentUser user, String kind) {
        if (user.schoolId() == null) {
            return new Inbox(List.of(), Map.of(), null, 0, 0);
        }
        List<WaitingItem> all = sources.stream().flatMap(source -> source.items(user, LIMIT).stream())
                .sorted(Comparator.comparing(WaitingItem::since)).toList();
        Map<WaitingItem.Kind, Long> kinds = new LinkedHashMap<>();
        all.forEach(item -> kinds.merge(item.kind(), 1L, Long::sum));
        boolean known = kinds.keySet().stream().anyMatch(k -> k.code().equals(kind));
        List<WaitingItem> shown = known ? all.stream().filter(item -> item.kind().code().equals(kind)).toList() : all;
        return new Inbox(shown, kinds, known ? kind : null, count(user), all.size());
    }
}
