package org.houqin.platform.facts;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.util.List;
import java.util.Locale;
import java.util.Set;

import org.houqin.platform.security.CurrentUser;
import org.houqin.platform.security.DataScope;
import org.junit.jupiter.api.Test;
import org.springframework.context.support.StaticMessageSource;

/** A fact is typed: a namespaced key, a count or a sum with its unit, a local link and the permission it needs. */
class FactTest {

    private static final String LINK = "/repairs/stats?from=2026-09-01&to=2027-01-24";

    private static CurrentUser reader(String... permissions) {
        return new CurrentUser(1, "someone", "某人", 1L, Set.of(1L), false, null, null, DataScope.everything(),
                Set.of(permissions));
    }

    @Test
    void aCountIsWholeAndASumKeepsItsUnit() {
        assertThat(Amount.count(300, Units.TIMES).count()).isEqualTo(300);
        assertThatThrownBy(() -> new Amount(Amount.Kind.COUNT, new BigDecimal("1.5"), Units.TIMES))
                .isInstanceOf(IllegalArgumentException.class);
        assertThat(new Amount(Amount.Kind.COUNT, new BigDecimal("2.000"), Units.TIMES).count()).isEqualTo(2);
        Amount lamps = Amount.sum(new BigDecimal("136"), Label.text("根"));
        assertThat(lamps.unit().text()).isEqualTo("根");
        assertThatThrownBy(lamps::count).isInstanceOf(IllegalStateException.class);
        assertThat(Amount.yuan(new BigDecimal("12.345")).value()).isEqualByComparingTo("12.35")
                .hasToString("12.35");
        assertThat(Amount.yuan(BigDecimal.ZERO).isZero()).isTrue();
    }

    @Test
    void countsAndSumsAddUpButMeansDoNot() {
        assertThat(Amount.count(3, Units.TIMES).additive()).isTrue();
        assertThat(Amount.yuan(BigDecimal.TEN).additive()).isTrue();
        Amount rating = Amount.mean(new BigDecimal("4.57"), Units.POINTS);
        assertThat(rating.kind()).isEqualTo(Amount.Kind.MEAN);
        assertThat(rating.additive()).isFalse();
        assertThatThrownBy(rating::count).isInstanceOf(IllegalStateException.class);
    }

    @Test
    void aLabelIsAKeyOrATextNeverBoth() {
        StaticMessageSource messages = new StaticMessageSource();
        messages.addMessage("facts.unit.times", Locale.SIMPLIFIED_CHINESE, "次");
        assertThat(Units.TIMES.in(messages, Locale.SIMPLIFIED_CHINESE)).isEqualTo("次");
        assertThat(Label.text("水电").in(messages, Locale.ENGLISH)).isEqualTo("水电");
        assertThat(Label.key("facts.unknown").in(messages, Locale.ENGLISH)).isEqualTo("facts.unknown");
        assertThatThrownBy(() -> new Label("a.key", "text")).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new Label(null, null)).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void aFactIsNamespacedByItsModuleAndLabelledByItsKey() {
        Fact received = Fact.of("repairs.requests.received", Amount.count(300, Units.TIMES), LINK,
                "repairs:stats:read");
        assertThat(received.module()).isEqualTo("repairs");
        assertThat(received.labelKey()).isEqualTo("facts.repairs.requests.received");
        assertThat(received.breakdown()).isEmpty();
        for (String bad : new String[] {"received", "Repairs.received", "repairs.", "repairs..received",
                "repairs.requests received", "repairs:requests"}) {
            assertThatThrownBy(() -> Fact.of(bad, Amount.count(1, Units.TIMES), LINK, "repairs:stats:read"))
                    .as(bad).isInstanceOf(IllegalArgumentException.class);
        }
    }

    @Test
    void aFactLinksOnlyToALocalPage() {
        for (String link : new String[] {"https://example.com/x", "//example.com/x", "repairs/stats", "/\\example.com",
                null}) {
            assertThatThrownBy(() -> Fact.of("repairs.requests.received", Amount.count(1, Units.TIMES), link,
                    "repairs:stats:read")).as(link).isInstanceOf(IllegalArgumentException.class);
        }
        assertThatThrownBy(() -> Fact.of("repairs.requests.received", Amount.count(1, Units.TIMES), LINK, " "))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void aBreakdownIsKeptInItsOrderAndCannotBeChangedAfterwards() {
        List<Fact.Part> parts = new java.util.ArrayList<>(List.of(
                new Fact.Part(Label.text("水电"), Amount.count(120, Units.TIMES)),
                new Fact.Part(Label.text("门窗"), Amount.count(80, Units.TIMES))));
        Fact fact = Fact.of("repairs.requests.received", Amount.count(200, Units.TIMES), LINK, "repairs:stats:read")
                .by(parts);
        parts.clear();
        assertThat(fact.breakdown()).extracting(p -> p.label().text()).containsExactly("水电", "门窗");
        assertThatThrownBy(() -> fact.breakdown().add(null)).isInstanceOf(UnsupportedOperationException.class);
    }

    @Test
    void onlyAReaderWhoMayOpenTheLinkSeesTheFact() {
        Fact fact = Fact.of("repairs.requests.received", Amount.count(1, Units.TIMES), LINK, "repairs:stats:read");
        assertThat(fact.visibleTo(reader("repairs:stats:read"))).isTrue();
        assertThat(fact.visibleTo(reader("repairs:request:read"))).isFalse();
    }
}
