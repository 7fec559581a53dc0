package org.houqin.assets.api;

import org.houqin.support.IntegrationTest;
import org.houqin.support.WebUser;

/**
 * The asset API tests: each demo user calls with the one token the suite's API tests share
 * ({@link WebUser#token}).
 */
abstract class AssetApiTestBase extends IntegrationTest {

    protected ApiClient as(String username) {
        return new ApiClient(port, WebUser.token(port, username));
    }
}
