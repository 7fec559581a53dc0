package org.houqin.warehouse.stock;

import java.io.IOException;
import java.util.List;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.houqin.platform.excel.ExcelColumn;
import org.houqin.platform.excel.ExcelExport;
import org.houqin.platform.security.CurrentUser;
import org.houqin.platform.web.Downloads;
import org.houqin.platform.web.Htmx;
import org.houqin.platform.web.ListQuery;
import org.houqin.platform.web.NotFoundException;
import org.houqin.platform.web.RuleViolation;
import org.houqin.platform.web.Texts;
import org.houqin.warehouse.catalogue.Catalogue;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** 库存台账 (every item's balance and value per store, low stock marked, Excel) and an item's 出入库流水. */
@Controller
class StockController {

    private final StockQueries views;
    private final Catalogue catalogue;
    private final Texts texts;
    private final StockCorrections corrections;

    StockController(StockQueries views, Catalogue catalogue, Texts texts, StockCorrections corrections) {
        this.corrections = corrections;
        this.views = views;
        this.catalogue = catalogue;
        this.texts = texts;
    }

    @GetMapping("/warehouse/stock")
    @PreAuthorize("hasAuthority('warehouse:item:read')")
    String balances(CurrentUser me, @ModelAttribute("query") ListQuery query, @RequestParam(required = false) Long store,
                    @RequestParam(required = false) Long category, @RequestParam(defaultValue = "false") boolean low,
                    Model model, HttpServletRequest request) {
        long school = me.requireSchool();
        StockQueries.Filter filter = new StockQueries.Filter(store, category, low);
        var balances = views.balancesWithTotals(school, query, filter);
        model.addAttribute("page", balances.page());
        model.addAttribute("totals", balances.totals());
        model.addAttribute("filter", filter);
        model.addAttribute("stores", catalogue.stores(school));
        model.addAttribute("categories", catalogue.categories(school));
        model.addAttribute("sortKey", StockQueries.SORTS.key(query));
        return Htmx.view(request, "warehouse/stock");
    }

    @GetMapping("/warehouse/stock/export.xlsx")
    @PreAuthorize("hasAuthority('warehouse:item:read')")
    void export(CurrentUser me, @ModelAttribute("query") ListQuery query, @RequestParam(required = false) Long store,
                @RequestParam(required = false) Long category, @RequestParam(defaultValue = "false") boolean low,
                HttpServletResponse response) throws IOException {
        List<StockQueries.BalanceRow> rows = views.allBalances(me.requireSchool(), query,
                new StockQueries.Filter(store, category, low));
        String title = texts.get("stock.title");
        Downloads.excel(response, title + ".xlsx");
        ExcelExport.write(response.getOutputStream(), title, List.of(
                new ExcelColumn<StockQueries.BalanceRow>(texts.get("item.code"), StockQueries.BalanceRow::code),
                new ExcelColumn<>(texts.get("item.name"), StockQueries.BalanceRow::name),
                new ExcelColumn<>(texts.get("item.specification"), StockQueries.BalanceRow::specification),
                new ExcelColumn<>(texts.get("item.unit"), StockQueries.BalanceRow::unit),
                new ExcelColumn<>(texts.get("item.category"), StockQueries.BalanceRow::categoryName),
                new ExcelColumn<>(texts.get("stock.store"), StockQueries.BalanceRow::storeName),
                new ExcelColumn<>(texts.get("stock.quantity"), StockQueries.BalanceRow::quantity),
                new ExcelColumn<>(texts.get("stock.averageCost"), StockQueries.BalanceRow::averageCost),
                new ExcelColumn<>(texts.get("stock.amount"), StockQueries.BalanceRow::amount),
                new ExcelColumn<>(texts.get("item.reorderPoint"), StockQueries.BalanceRow::reorderPoint)), rows);
    }

    @GetMapping("/warehouse/stock/{item}/{store}")
    @PreAuthorize("hasAuthority('warehouse:item:read')")
    String ledger(CurrentUser me, @PathVariable long item, @PathVariable long store,
                  @RequestParam(defaultValue = "1") int page, Model model) {
        long school = me.requireSchool();
        Catalogue.Item found = catalogue.item(school, item).orElseThrow(() -> new NotFoundException("item", item));
        Catalogue.Store place = catalogue.store(school, store).orElseThrow(() -> new NotFoundException("store", store));
        model.addAttribute("item", found);
        model.addAttribute("store", place);
        model.addAttribute("page", views.ledger(school, item, store, Math.max(1, Math.min(page, 100_000))));
        return "warehouse/ledger";
    }

    @PostMapping("/warehouse/stock/{item}/{store}/reverse/{movement}")
    @PreAuthorize("hasAuthority('warehouse:receipt:write')")
    String reverse(CurrentUser me, @PathVariable long item, @PathVariable long store, @PathVariable long movement,
                   @RequestParam(required = false) String reason, RedirectAttributes redirect) {
        try {
            corrections.reverse(me.requireSchool(), me, item, store, movement, reason);
            redirect.addFlashAttribute("flash", "stock.reversal.done");
        } catch (RuleViolation e) {
            if (e.field() == null) {
                throw e;
            }
            redirect.addFlashAttribute("reversalError", e.messageKey());
            redirect.addFlashAttribute("reversalLine", movement);
        }
        return "redirect:/warehouse/stock/" + item + "/" + store;
    }
}
