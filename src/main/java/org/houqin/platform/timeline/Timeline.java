package org.houqin.platform.timeline;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.houqin.platform.security.CurrentUser;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.ObjectMapper;

/**
 * The history of a record (an asset card, a document): entries are added in the transaction of the change they
 * describe and never changed (the application's database role may not UPDATE or DELETE them). Each entry is a
 * {@link Message}, shown in the reader's language.
 */
@Service
public class Timeline {

    /** Who did it when no person did: a job, an event from another module without a user. */
    public static final String SYSTEM = "系统";

    /**
     * An entry to add: about which record ({@code subjectType} such as {@code asset}, and its id), what kind of event
     * (REGISTER, HANDOVER …, for filtering and badges), what it says, where it leads, who did it, and when ({@code null}:
     * now).
     */
    public record Entry(String subjectType, long subjectId, String kind, Message message, String link, Long actorId,
                        String actorName, Instant at) {

        public Entry {
            actorName = actorName == null || actorName.isBlank() ? SYSTEM
                    : actorName.length() > 40 ? actorName.substring(0, 40) : actorName;
        }

        public static Entry by(CurrentUser actor, String subjectType, long subjectId, String kind, Message message,
                               String link) {
            return new Entry(subjectType, subjectId, kind, message, link, actor == null ? null : actor.userId(),
                    actor == null ? SYSTEM : actor.displayName(), null);
        }
    }

    private final TimelineStore store;
    private final MessageSource messages;
    private final ObjectMapper json;

    Timeline(TimelineStore store, MessageSource messages, ObjectMapper json) {
        this.store = store;
        this.messages = messages;
        this.json = json;
    }

    @Transactional(propagation = Propagation.MANDATORY)
    public void record(long schoolId, Entry entry) {
        recordAll(schoolId, List.of(entry));
    }

    /** Adds the entries of one change in one statement. */
    @Transactional(propagation = Propagation.MANDATORY)
    public void recordAll(long schoolId, List<Entry> entries) {
        if (!entries.isEmpty()) {
            store.insert(schoolId, entries, entries.stream().map(e -> json.writeValueAsString(encode(e.message().args())))
                    .toList());
        }
    }

    /** A record's history, newest first, in the reader's language. */
    @Transactional(readOnly = true)
    public List<TimelineEntry> of(long schoolId, String subjectType, long subjectId) {
        Locale locale = LocaleContextHolder.getLocale();
        return store.of(schoolId, subjectType, subjectId).stream()
                .map(s -> new TimelineEntry(s.id(), s.kind(), s.happenedAt(), s.actorName(),
                        render(new Message(s.messageKey(), decode(json.readTree(s.args()))), locale), s.link()))
                .toList();
    }

    /** A message in the given language; a key no bundle knows shows as itself rather than failing the page. */
    public String render(Message message, Locale locale) {
        Object[] args = message.args().stream().map(arg -> resolve(arg, locale)).toArray();
        return messages.getMessage(message.key(), args, message.key(), locale);
    }

    private Object resolve(Object arg, Locale locale) {
        if (arg instanceof Message message) {
            return render(message, locale);
        }
        if (arg instanceof Message.Items items) {
            String separator = messages.getMessage("timeline.separator", null, "; ", locale);
            return String.join(separator, items.items().stream().map(m -> render(m, locale)).toList());
        }
        return arg;
    }

    private static List<Object> encode(List<Object> args) {
        List<Object> out = new ArrayList<>();
        for (Object arg : args) {
            if (arg instanceof Message m) {
                out.add(Map.of("m", m.key(), "a", encode(m.args())));
            } else if (arg instanceof Message.Items items) {
                out.add(Map.of("l", items.items().stream().map(m -> Map.of("m", m.key(), "a", encode(m.args())))
                        .toList()));
            } else {
                out.add(arg);
            }
        }
        return out;
    }

    private static List<Object> decode(JsonNode array) {
        List<Object> args = new ArrayList<>();
        for (JsonNode node : array) {
            if (node.isObject() && node.has("m")) {
                args.add(new Message(node.get("m").asString(), decode(node.get("a"))));
            } else if (node.isObject() && node.has("l")) {
                List<Message> items = new ArrayList<>();
                for (JsonNode item : node.get("l")) {
                    items.add(new Message(item.get("m").asString(), decode(item.get("a"))));
                }
                args.add(Message.list(items));
            } else {
                args.add(node.asString());
            }
        }
        return args;
    }
}
