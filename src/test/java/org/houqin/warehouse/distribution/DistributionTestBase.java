package org.houqin.warehouse.distribution;

import org.houqin.support.IntegrationTest;
import org.houqin.support.WebUser;
import org.houqin.warehouse.catalogue.Catalogue;
import org.houqin.warehouse.stock.StockLedger;
import org.junit.jupiter.api.BeforeEach;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.transaction.support.TransactionTemplate;

/** Each test of a distribution gets a store of its own to fill with textbooks, and the storekeeper signed in. */
abstract class DistributionTestBase extends IntegrationTest {

    @Autowired
    Catalogue catalogue;
    @Autowired
    StockLedger ledger;
    @Autowired
    TransactionTemplate transaction;

    DistributionFixtures fixtures;
    WebUser keeper;

    @BeforeEach
    void aStoreOfItsOwn() {
        fixtures = new DistributionFixtures(jdbc, catalogue, ledger, transaction);
        keeper = login("storekeeper");
    }
}
