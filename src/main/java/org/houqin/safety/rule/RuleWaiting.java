package org.houqin.safety.rule;

import java.util.List;

import org.houqin.platform.security.CurrentUser;
import org.houqin.platform.time.SchoolClock;
import org.houqin.platform.waiting.WaitingItem;
import org.houqin.platform.waiting.WaitingItems;
import org.houqin.safety.SafetyPermissions;
import org.springframework.stereotype.Component;

/** 待办 from the rules: required reading in force that the reader has not acknowledged in its current version. */
@Component
class RuleWaiting implements WaitingItems {

    static final WaitingItem.Kind TO_READ = new WaitingItem.Kind("rule-read", "rule.waiting.kind");

    private final Rules rules;
    private final SchoolClock clock;

    RuleWaiting(Rules rules, SchoolClock clock) {
        this.rules = rules;
        this.clock = clock;
    }

    @Override
    public List<String> permissions() {
        return List.of(SafetyPermissions.RULE_READ);
    }

    @Override
    public long count(CurrentUser user) {
        return user.can(SafetyPermissions.RULE_READ) ? rules.unreadCount(user.requireSchool(), user) : 0;
    }

    @Override
    public List<WaitingItem> items(CurrentUser user, int limit) {
        if (!user.can(SafetyPermissions.RULE_READ)) {
            return List.of();
        }
        return rules.unread(user.requireSchool(), user).stream().limit(limit)
                .map(r -> new WaitingItem(TO_READ, "rule.documentType", null, r.title(), null,
                        r.effectiveOn().atStartOfDay(clock.zone()).toInstant(), "/safety/rules/" + r.id()))
                .toList();
    }
}
