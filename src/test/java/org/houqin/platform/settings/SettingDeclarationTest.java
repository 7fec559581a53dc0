package org.houqin.platform.settings;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;

import org.junit.jupiter.api.Test;

/**
 * Settings as modules declare them, including the regulatory numbers of modules still to come (留样 125 g for 48 h,
 * three quotes above 1000 元, inspections per semester): each value read from text by its type and range, given out
 * typed, refused with a rule that never repeats what was typed.
 */
class SettingDeclarationTest {

    enum Start { SAME_MONTH, NEXT_MONTH }

    static final Setting<BigDecimal> SAMPLE_GRAMS = Setting.decimal("canteen.sample.grams", "125", "125", "1000", 0)
            .unit(SettingUnit.GRAMS).label("canteen.sample.grams").source("canteen.source.operatingRules");
    static final Setting<Integer> SAMPLE_HOURS = Setting.integer("canteen.sample.hours", 48, 48, 168)
            .unit(SettingUnit.HOURS).label("canteen.sample.hours").source("canteen.source.operatingRules");
    static final Setting<BigDecimal> QUOTES_ABOVE = Setting.decimal("procurement.quotes.above", "1000", "0",
            "10000000", 2).unit(SettingUnit.YUAN).label("procurement.quotesAbove").source("settings.source.school");
    static final Setting<Integer> INSPECTIONS = Setting.integer("safety.inspections.per-semester", 2, 2, 30)
            .unit(SettingUnit.PER_SEMESTER).label("safety.inspections").source("settings.source.school");
    static final Setting<Boolean> GUESTS = Setting.flag("repairs.guest.enabled", false).label("guest")
            .source("settings.source.school");
    static final Setting<Start> START = Setting.choice("assets.depreciation.start", Start.SAME_MONTH).label("start")
            .source("gov.standard3");
    static final Setting<String> SIGN = Setting.text("visitors.sign.text", "请登记", 20).label("sign")
            .source("settings.source.school");

    @Test
    void aFoodSampleOf125GramsIsTheLeastAndWholeGramsOnly() {
        assertThat(SAMPLE_GRAMS.read("125").value()).isEqualTo(new BigDecimal("125"));
        assertThat(SAMPLE_GRAMS.read("200.0").value()).isEqualTo(new BigDecimal("200"));
        assertThat(SAMPLE_GRAMS.read("124").problemKey()).isEqualTo("settings.invalid.range");
        assertThat(SAMPLE_GRAMS.read("124").args()).containsExactly("125", "1000");
        assertThat(SAMPLE_GRAMS.read("130.5").problemKey()).isEqualTo("settings.invalid.decimals");
        assertThat(SAMPLE_GRAMS.defaultValue()).isEqualByComparingTo("125");
        assertThat(SAMPLE_HOURS.read("47").problemKey()).isEqualTo("settings.invalid.range");
        assertThat(SAMPLE_HOURS.read("48").value()).isEqualTo(48);
        assertThat(SAMPLE_HOURS.unit()).isEqualTo(SettingUnit.HOURS);
    }

    @Test
    void moneyIsABigDecimalInYuanAtItsScaleNeverADouble() {
        Checked<BigDecimal> yuan = QUOTES_ABOVE.read("1000.5");
        assertThat(yuan.value()).isInstanceOf(BigDecimal.class).isEqualTo(new BigDecimal("1000.50"));
        assertThat(yuan.value().scale()).isEqualTo(2);
        assertThat(QUOTES_ABOVE.read("0.1").value().add(QUOTES_ABOVE.read("0.2").value())).isEqualTo(new BigDecimal("0.30"));
        assertThat(QUOTES_ABOVE.read("1,000").value()).isEqualTo(new BigDecimal("1000.00"));
        assertThat(QUOTES_ABOVE.read("１０００．５").value()).as("full-width digits from a Chinese keyboard")
                .isEqualTo(new BigDecimal("1000.50"));
        assertThat(QUOTES_ABOVE.read("1000.005").problemKey()).isEqualTo("settings.invalid.decimals");
        assertThat(QUOTES_ABOVE.read("1e3").problemKey()).as("no exponents").isEqualTo("settings.invalid.number");
        assertThat(QUOTES_ABOVE.write(new BigDecimal("1000.50"))).isEqualTo("1000.5");
        assertThat(QUOTES_ABOVE.write(new BigDecimal("1E+3"))).isEqualTo("1000");
        assertThat(QUOTES_ABOVE.unit()).isEqualTo(SettingUnit.YUAN);
    }

    @Test
    void wholeNumbersRefuseFractionsTextAndValuesOutsideTheirRange() {
        assertThat(INSPECTIONS.read(" 4 ").value()).isEqualTo(4);
        assertThat(INSPECTIONS.read("1").problemKey()).isEqualTo("settings.invalid.range");
        assertThat(INSPECTIONS.read("31").problemKey()).isEqualTo("settings.invalid.range");
        assertThat(INSPECTIONS.read("99999999999999999999999").problemKey()).isEqualTo("settings.invalid.range");
        assertThat(INSPECTIONS.read("2.5").problemKey()).isEqualTo("settings.invalid.integer");
        assertThat(INSPECTIONS.read("两次").problemKey()).isEqualTo("settings.invalid.integer");
        assertThat(INSPECTIONS.read("").problemKey()).isEqualTo("settings.invalid.required");
        assertThat(INSPECTIONS.read(null).problemKey()).isEqualTo("settings.invalid.required");
    }

    @Test
    void switchesChoicesAndTextsKeepToTheirValues() {
        assertThat(GUESTS.read("TRUE").value()).isTrue();
        assertThat(GUESTS.read("false").value()).isFalse();
        assertThat(GUESTS.read("yes").problemKey()).isEqualTo("settings.invalid.flag");
        assertThat(START.read("NEXT_MONTH").value()).isEqualTo(Start.NEXT_MONTH);
        assertThat(START.read("next_month").problemKey()).isEqualTo("settings.invalid.choice");
        assertThat(START.type().choices()).containsExactly("SAME_MONTH", "NEXT_MONTH");
        assertThat(SIGN.read("  访客请登记  ").value()).isEqualTo("访客请登记");
        assertThat(SIGN.read("长".repeat(21)).problemKey()).isEqualTo("settings.invalid.tooLong");
        assertThat(SIGN.read("长".repeat(21)).args()).containsExactly("20");
    }

    @Test
    void aRefusalNamesTheRuleAndNeverTheValueTyped() {
        for (String typed : new String[] {"12345.678", "<script>", "1e9999", "-5"}) {
            Checked<BigDecimal> refused = QUOTES_ABOVE.read(typed);
            assertThat(refused.valid()).as(typed).isFalse();
            assertThat(refused.args()).as(typed).noneMatch(arg -> arg.toString().contains(typed));
        }
    }

    @Test
    void aDeclarationNeedsAKeyALabelASourceAndADefaultInsideItsRange() {
        assertThat(SAMPLE_GRAMS.flaws()).isEmpty();
        assertThat(Setting.integer("canteen.sample.hours", 24, 48, 168).label("l").source("s").flaws())
                .singleElement().asString().contains("default 24 breaks its own rule settings.invalid.range");
        assertThat(Setting.integer("canteen.x", 1, 1, 2).label("l").flaws()).singleElement().asString()
                .contains("cites no source");
        assertThat(Setting.integer("canteen.x", 1, 1, 2).source("s").flaws()).singleElement().asString()
                .contains("has no label");
        assertThat(Setting.integer("Canteen Sample", 1, 1, 2).label("l").source("s").flaws()).singleElement()
                .asString().contains("lower-case words joined by dots");
        assertThat(Setting.integer("canteen.x", 5, 10, 1).label("l").source("s").flaws())
                .anyMatch(flaw -> flaw.contains("minimum above its maximum"));
    }
}
