package org.houqin.safety.letter;

import java.util.List;

import org.houqin.platform.security.CurrentUser;
import org.houqin.platform.waiting.WaitingItem;
import org.houqin.platform.waiting.WaitingItems;
import org.houqin.safety.SafetyPermissions;
import org.springframework.stereotype.Component;

/** 待办 from letters: one's own letters waiting for one's signature, each leading to the letter to sign. */
@Component
class LetterWaiting implements WaitingItems {

    static final WaitingItem.Kind TO_SIGN = new WaitingItem.Kind("letter-sign", "letter.waiting.kind");

    private final Letters letters;

    LetterWaiting(Letters letters) {
        this.letters = letters;
    }

    @Override
    public List<String> permissions() {
        return List.of(SafetyPermissions.LETTER_SIGN);
    }

    @Override
    public long count(CurrentUser user) {
        return user.can(SafetyPermissions.LETTER_SIGN) ? letters.pendingOf(user.requireSchool(), user.userId()) : 0;
    }

    @Override
    public List<WaitingItem> items(CurrentUser user, int limit) {
        if (!user.can(SafetyPermissions.LETTER_SIGN)) {
            return List.of();
        }
        return letters.mine(user.requireSchool(), user).stream().filter(Letters.Row::pending)
                .sorted(java.util.Comparator.comparing(Letters.Row::createdAt)).limit(limit)
                .map(l -> new WaitingItem(TO_SIGN, "letter.documentType", l.batchNumber(),
                        l.title() + " · " + l.schoolYear(), null, l.createdAt(), "/safety/letters/" + l.id()))
                .toList();
    }
}
