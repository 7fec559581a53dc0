package org.houqin.warehouse.requisition;

import java.util.List;
import java.util.Map;

import org.houqin.platform.document.DocumentLines;
import org.houqin.platform.time.SchoolClock;
import org.houqin.platform.web.RuleViolation;
import org.houqin.warehouse.catalogue.Catalogue;
import org.houqin.warehouse.stock.StoreStockQueries;
import org.springframework.stereotype.Component;

/** What a requisition's form must be before it is saved, and the store it takes when none is chosen. */
@Component
class RequisitionForms {

    private final Catalogue catalogue;
    private final StoreStockQueries stock;
    private final SchoolClock clock;

    RequisitionForms(Catalogue catalogue, StoreStockQueries stock, SchoolClock clock) {
        this.catalogue = catalogue;
        this.stock = stock;
        this.clock = clock;
    }

    /**
     * The lines of a form (at least one, known active items, each once) as they will be saved, and its store: the
     * one chosen, or else the first item's usual store, or else the first store in use. A line above the store's
     * stock is answered at the line until the requester accepts the shortage.
     */
    List<RequisitionForm.Line> check(long schoolId, RequisitionForm form) {
        if (form.getNeededOn() != null && form.getNeededOn().isBefore(clock.today())) {
            throw new RuleViolation("neededOn", "requisition.neededOn.past");
        }
        List<RequisitionForm.Line> lines = catalogue.checkLines(schoolId, form.getLines(), true).stream()
                .map(form.getLines()::get).toList();
        if (form.getStoreId() == null) {
            form.setStoreId(usualStore(schoolId, lines.get(0).getItemId()));
        }
        Catalogue.Store chosen = form.getStoreId() == null ? null : catalogue.store(schoolId, form.getStoreId())
                .filter(Catalogue.Store::active).orElse(null);
        if (chosen == null) {
            throw new RuleViolation("storeId", "receipt.store.unknown");
        }
        if (!form.isShortageAccepted()) {
            requireEnough(schoolId, form, chosen);
        }
        return lines;
    }

    /** The item's usual store when it is in use, else the first store in use (none: the form must choose). */
    Long usualStore(long schoolId, long itemId) {
        return stock.of(schoolId, itemId).map(StoreStockQueries.ItemStock::usualStoreId)
                .or(() -> catalogue.activeStores(schoolId).stream().findFirst().map(Catalogue.Store::id)).orElse(null);
    }

    private void requireEnough(long schoolId, RequisitionForm form, Catalogue.Store chosen) {
        Map<Long, StoreStockQueries.ItemStock> held = stock.of(schoolId, form.filled().stream()
                .map(RequisitionForm.Line::getItemId).toList());
        List<Integer> shortLines = StockShortage.lines(form.getLines(), chosen.id(), held);
        if (!shortLines.isEmpty()) {
            int i = shortLines.get(0);
            RequisitionForm.Line line = form.getLines().get(i);
            String unit = catalogue.item(schoolId, line.getItemId()).map(Catalogue.Item::unit).orElse("");
            throw new RuleViolation(DocumentLines.field(i, "quantity"), "requisition.line.short", chosen.name(),
                    held.get(line.getItemId()).in(chosen.id()).stripTrailingZeros().toPlainString(), unit);
        }
    }
}
