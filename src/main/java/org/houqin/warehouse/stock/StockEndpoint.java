package org.houqin.warehouse.stock;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.houqin.platform.api.ApiPage;
import org.houqin.platform.security.CurrentUser;
import org.houqin.platform.web.ListQuery;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** The stock balances over JSON, as 库存台账 shows them. */
@RestController
@RequestMapping("/api/v1/stock")
@Tag(name = "Stock", description = "库存台账")
class StockEndpoint {

    private final StockQueries views;

    StockEndpoint(StockQueries views) {
        this.views = views;
    }

    @GetMapping
    @PreAuthorize("hasAuthority('warehouse:item:read')")
    @Operation(summary = "Stock balances", description = "One row per item and store: quantity, value (moving "
            + "average), reorder point. q searches code and name; store, category and low=true (below the reorder "
            + "point) filter; pages of 20, sort = code, name, store, quantity or amount.")
    ApiPage<StockQueries.BalanceRow> list(@Parameter(hidden = true) CurrentUser me, @ModelAttribute ListQuery query,
                                           @RequestParam(required = false) Long store,
                                           @RequestParam(required = false) Long category,
                                           @RequestParam(defaultValue = "false") boolean low) {
        var page = views.balances(me.requireSchool(), query, new StockQueries.Filter(store, category, low));
        return ApiPage.from(page, page.items());
    }
}
