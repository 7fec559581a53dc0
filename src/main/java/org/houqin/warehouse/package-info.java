/**
 * 仓库: stores, the item catalogue and the stock ledger. The warehouse owns stock: every change is a movement in an
 * append-only ledger, and the database keeps each balance at or above zero on every day.
 */
@ApplicationModule(displayName = "Warehouse",
        allowedDependencies = {"platform", "audit", "iam", "notifications", "organization", "approval"})
package org.houqin.warehouse;

import org.springframework.modulith.ApplicationModule;
