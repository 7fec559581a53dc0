package org.houqin.iam.token;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Set;

import org.houqin.platform.web.RuleViolation;
import org.junit.jupiter.api.Test;

/** What a token's scope lets through, how fast a token may call, and which expiry dates a new token may have. */
class TokenScopeTest {

    private static final TokenScope EVERYTHING = new TokenScope(1, false, null);
    private static final TokenScope READ_ONLY = new TokenScope(2, true, null);
    private static final TokenScope ASSETS_ONLY = new TokenScope(3, false, Set.of("assets"));

    @Test
    void aReadWriteTokenForEveryModuleMayCallAnything() {
        assertThat(EVERYTHING.refusal("POST", "repairs", "/api/v1/repairs")).isEmpty();
        assertThat(EVERYTHING.refusal("DELETE", "warehouse", "/api/v1/requisitions/{id}")).isEmpty();
    }

    @Test
    void aReadOnlyTokenReadsButMayNotWrite() {
        assertThat(READ_ONLY.refusal("GET", "assets", "/api/v1/assets")).isEmpty();
        assertThat(READ_ONLY.refusal("HEAD", "assets", "/api/v1/assets")).isEmpty();
        assertThat(READ_ONLY.refusal("OPTIONS", "assets", "/api/v1/assets")).isEmpty();
        assertThat(READ_ONLY.refusal("POST", "assets", "/api/v1/assets")).contains("token.readOnly");
        assertThat(READ_ONLY.refusal("PUT", "assets", "/api/v1/assets/{id}")).contains("token.readOnly");
        assertThat(READ_ONLY.refusal("PATCH", "assets", "/api/v1/assets/{id}")).contains("token.readOnly");
        assertThat(READ_ONLY.refusal("DELETE", "assets", "/api/v1/assets/{id}")).contains("token.readOnly");
    }

    @Test
    void aModuleLimitedTokenReachesOnlyItsModules() {
        assertThat(ASSETS_ONLY.refusal("GET", "assets", "/api/v1/assets")).isEmpty();
        assertThat(ASSETS_ONLY.refusal("POST", "assets", "/api/v1/assets")).isEmpty();
        assertThat(ASSETS_ONLY.refusal("GET", "repairs", "/api/v1/repairs")).contains("token.module");
        assertThat(ASSETS_ONLY.refusal("GET", null, "/api/v1/elsewhere")).contains("token.module");
    }

    @Test
    void whoTheCallerIsIsAlwaysAnswered() {
        TokenScope narrowest = new TokenScope(4, true, Set.of("places"));
        assertThat(narrowest.refusal("GET", "iam", "/api/v1/me")).isEmpty();
        assertThat(narrowest.refusal("GET", "iam", "/api/v1/users")).contains("token.module");
    }

    @Test
    void noModuleChosenMeansEveryModule() {
        assertThat(new TokenScope(5, false, Set.of()).modules()).isNull();
        assertThat(new TokenScope(5, false, Set.of()).refusal("GET", "warehouse", "/api/v1/stock")).isEmpty();
    }

    @Test
    void theModuleOfAHandlerIsThePackageRightUnderHouqin() {
        assertThat(TokenScope.moduleOf(org.houqin.iam.token.ApiTokens.class)).isEqualTo("iam");
        assertThat(TokenScope.moduleOf(org.houqin.platform.api.ApiPage.class)).isEqualTo("platform");
        assertThat(TokenScope.moduleOf(String.class)).isNull();
    }

    @Test
    void aTokenMaySpendItsMinuteAtOnceAndThenWaitsForTheNextCall() {
        TokenBuckets buckets = new TokenBuckets(100);
        Instant start = Instant.parse("2026-12-07T08:00:00Z");
        for (int call = 0; call < 3; call++) {
            assertThat(buckets.take(7, 3, start)).isEmpty();
        }
        assertThat(buckets.take(7, 3, start)).hasValue(20);
        assertThat(buckets.take(7, 3, start.plusSeconds(15))).hasValue(5);
        assertThat(buckets.take(7, 3, start.plusSeconds(20))).isEmpty();
        assertThat(buckets.take(8, 3, start)).as("another token has its own bucket").isEmpty();
    }

    @Test
    void aLowerLimitAppliesAtOnceToABucketFilledUnderAHigherOne() {
        TokenBuckets buckets = new TokenBuckets(100);
        Instant now = Instant.parse("2026-12-07T08:00:00Z");
        assertThat(buckets.take(9, 120, now)).isEmpty();
        assertThat(buckets.take(9, 1, now.plusMillis(10))).isEmpty();
        assertThat(buckets.take(9, 1, now.plusMillis(20))).isPresent();
    }

    @Test
    void theBucketsOfTheLeastRecentlyUsedTokensAreForgottenBeyondTheBound() {
        TokenBuckets buckets = new TokenBuckets(2);
        Instant now = Instant.parse("2026-12-07T08:00:00Z");
        buckets.take(1, 1, now);
        buckets.take(2, 1, now);
        buckets.take(3, 1, now);
        assertThat(buckets.size()).isEqualTo(2);
        assertThat(buckets.take(1, 1, now)).as("forgotten, so full again").isEmpty();
    }

    @Test
    void aNewTokenExpiresFromTodayUpToThreeYearsAhead() {
        LocalDate today = LocalDate.of(2026, 12, 7);
        assertThat(TokenExpiry.suggested(today)).isEqualTo(LocalDate.of(2027, 12, 7));
        TokenExpiry.check(today, today);
        TokenExpiry.check(LocalDate.of(2029, 12, 7), today);
        assertThatThrownBy(() -> TokenExpiry.check(today.minusDays(1), today)).isInstanceOf(RuleViolation.class)
                .extracting("field", "messageKey").containsExactly("expiresOn", "token.expiry.past");
        assertThatThrownBy(() -> TokenExpiry.check(LocalDate.of(2029, 12, 8), today))
                .extracting("field", "messageKey").containsExactly("expiresOn", "token.expiry.tooFar");
        assertThatThrownBy(() -> TokenExpiry.check(null, today)).extracting("field").isEqualTo("expiresOn");
    }

    @Test
    void aTokenWorksThroughItsLastDayInTheSchoolsZone() {
        ZoneId shanghai = ZoneId.of("Asia/Shanghai");
        Instant end = TokenExpiry.endOf(LocalDate.of(2027, 12, 7), shanghai);
        assertThat(end).isEqualTo(Instant.parse("2027-12-07T16:00:00Z"));
        assertThat(TokenExpiry.lastDay(end, shanghai)).isEqualTo(LocalDate.of(2027, 12, 7));
        assertThat(TokenExpiry.lastDay(null, shanghai)).isNull();
    }
}
