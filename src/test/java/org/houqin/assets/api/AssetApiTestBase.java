package org.houqin.assets.api;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import org.houqin.support.IntegrationTest;

/**
 * The asset API tests: each demo user calls with one token for all of them (a user holds at most 20 active tokens,
 * and the suite shares one database).
 */
abstract class AssetApiTestBase extends IntegrationTest {

    private static final Map<String, String> TOKENS = new ConcurrentHashMap<>();

    protected ApiClient as(String username) {
        String token = TOKENS.computeIfAbsent(port + "/" + username, key -> login(username).newToken("资产接口测试"));
        return new ApiClient(port, token);
    }
}
