package org.houqin.platform.waiting;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.houqin.platform.security.CurrentUser;
import org.houqin.platform.security.DataScope;
import org.junit.jupiter.api.Test;

/** 待办 gathers every module's items for a person: counted, oldest first, of one kind when asked. */
class WaitingTest {

    private static final WaitingItem.Kind APPROVAL = new WaitingItem.Kind("approval", "waiting.kind.approval");
    private static final WaitingItem.Kind ESCALATED = new WaitingItem.Kind("repair-escalated", "x.escalated");
    private static final Instant NOW = Instant.parse("2026-12-07T08:00:00Z");

    /** A module whose items wait for the holders of {@code permission}. */
    private record Source(String permission, List<WaitingItem> waiting) implements WaitingItems {

        @Override
        public List<String> permissions() {
            return List.of(permission);
        }

        @Override
        public long count(CurrentUser user) {
            return user.can(permission) ? waiting.size() : 0;
        }

        @Override
        public List<WaitingItem> items(CurrentUser user, int limit) {
            return user.can(permission) ? waiting.stream().limit(limit).toList() : List.of();
        }
    }

    private static WaitingItem item(WaitingItem.Kind kind, String title, int daysAgo) {
        return new WaitingItem(kind, "type", null, title, null, NOW.minusSeconds(daysAgo * 86_400L), "/x");
    }

    private static CurrentUser user(String... permissions) {
        return new CurrentUser(7, "u", "U", 1L, Set.of(1L), false, null, null, DataScope.everything(), Set.of(permissions));
    }

    private final Waiting waiting = new Waiting(List.of(
            new Source("approval:inbox:use", List.of(item(APPROVAL, "领用", 3), item(APPROVAL, "报损", 20))),
            new Source("repairs:request:decide", List.of(item(ESCALATED, "空调", 73), item(ESCALATED, "屋顶", 17)))));

    @Test
    void everyModulesItemsComeTogetherTheLongestWaitingFirst() {
        Waiting.Inbox inbox = waiting.inbox(user("approval:inbox:use", "repairs:request:decide"), null);

        assertThat(inbox.items()).extracting(WaitingItem::title).containsExactly("空调", "报损", "屋顶", "领用");
        assertThat(inbox.total()).isEqualTo(4);
        assertThat(inbox.kinds()).isEqualTo(Map.of(APPROVAL, 2L, ESCALATED, 2L));
    }

    @Test
    void aKindShowsOnlyItsItemsAndAnUnknownKindShowsAll() {
        CurrentUser principal = user("approval:inbox:use", "repairs:request:decide");

        Waiting.Inbox escalated = waiting.inbox(principal, "repair-escalated");
        assertThat(escalated.items()).extracting(WaitingItem::title).containsExactly("空调", "屋顶");
        assertThat(escalated.kind()).isEqualTo("repair-escalated");
        assertThat(escalated.listed()).as("the filter still counts every kind").isEqualTo(4);

        Waiting.Inbox unknown = waiting.inbox(principal, "no-such-kind");
        assertThat(unknown.kind()).isNull();
        assertThat(unknown.items()).hasSize(4);
    }

    @Test
    void theCountAddsUpOnlyWhatWaitsForTheUser() {
        assertThat(waiting.count(user("approval:inbox:use"))).isEqualTo(2);
        assertThat(waiting.inbox(user("approval:inbox:use"), null).items()).extracting(WaitingItem::kind)
                .containsOnly(APPROVAL);
    }

    @Test
    void onlyThoseSomethingCanWaitForHaveAWaitingList() {
        assertThat(waiting.concerns(user("repairs:request:decide"))).isTrue();
        assertThat(waiting.concerns(user("places:room:read"))).isFalse();
        assertThat(waiting.count(user("places:room:read"))).isZero();
    }
}
