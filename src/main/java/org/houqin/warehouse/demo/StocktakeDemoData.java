package org.houqin.warehouse.demo;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Map;

import org.houqin.approval.Approvals;
import org.houqin.approval.Decision;
import org.houqin.iam.IamApi;
import org.houqin.organization.OrganizationApi;
import org.houqin.platform.demo.DemoData;
import org.houqin.platform.security.CurrentUser;
import org.houqin.platform.time.SchoolClock;
import org.houqin.warehouse.WarehouseDocuments;
import org.houqin.warehouse.catalogue.Catalogue;
import org.houqin.warehouse.stocktake.CountForm;
import org.houqin.warehouse.stocktake.StartForm;
import org.houqin.warehouse.stocktake.Stocktakes;
import org.houqin.warehouse.writeoff.WriteOffForm;
import org.houqin.warehouse.writeoff.WriteOffReason;
import org.houqin.warehouse.writeoff.WriteOffs;
import org.springframework.stereotype.Component;

/**
 * The demo's stock corrections: last term's stocktake of the print room, counted with two differences, approved by
 * the 后勤主任 and posted; this month's, half counted on the storekeeper's phone; a write-off of mops ruined by a
 * leak, approved and written off, and one of spoiled hand soap waiting for the director.
 */
@Component
class StocktakeDemoData implements DemoData {

    private final Stocktakes stocktakes;
    private final WriteOffs writeOffs;
    private final Catalogue catalogue;
    private final Approvals approvals;
    private final OrganizationApi organization;
    private final IamApi iam;
    private final SchoolClock clock;

    StocktakeDemoData(Stocktakes stocktakes, WriteOffs writeOffs, Catalogue catalogue, Approvals approvals,
                      OrganizationApi organization, IamApi iam, SchoolClock clock) {
        this.stocktakes = stocktakes;
        this.writeOffs = writeOffs;
        this.catalogue = catalogue;
        this.approvals = approvals;
        this.organization = organization;
        this.iam = iam;
        this.clock = clock;
    }

    @Override
    public int order() {
        return 535;
    }

    @Override
    public void load() {
        long school = organization.schoolByCode(SCHOOL_CODE).orElseThrow().id();
        long printRoom = DemoCodes.store(catalogue, school, "PRINT");
        CurrentUser keeper = user(school, "storekeeper");

        LocalDate lastTermEnd = organization.semesters(school).stream()
                .filter(s -> s.endsOn().isBefore(clock.today()))
                .reduce((a, b) -> b).map(OrganizationApi.SemesterRef::endsOn)
                .orElse(clock.today().minusMonths(4));

        long posted = start(school, keeper, printRoom, lastTermEnd, "学期末盘点");
        count(school, keeper, posted, Map.of("BG-001", BigDecimal.valueOf(-2), "BG-002", BigDecimal.ONE), true,
                Map.of("BG-001", "受潮 2 包", "BG-002", "上次入库少记 1 包"));
        stocktakes.submit(school, keeper, posted, stocktakes.find(school, posted).version());
        CurrentUser director = user(school, "director");
        Approvals.Waiting waiting = approvals.panel(school, director, WarehouseDocuments.STOCKTAKE.code(), posted).mine()
                .orElseThrow(() -> new IllegalStateException("The director cannot decide the demo stocktake"));
        approvals.decide(school, director, waiting.requestId(), waiting.version(), Decision.APPROVE, "同意按实盘调整");

        long counting = start(school, keeper, printRoom, clock.today(), "本月文印室盘点");
        count(school, keeper, counting, Map.of("BG-001", BigDecimal.ZERO), false, Map.of());

        long mainStore = DemoCodes.store(catalogue, school, "MAIN");
        long mops = writeOff(school, keeper, mainStore, WriteOffReason.DAMAGED, "库房漏水，拖把泡坏发霉", "QJ-002", "2");
        Approvals.Waiting mopsWaiting = approvals.panel(school, director, WarehouseDocuments.WRITE_OFF.code(), mops).mine()
                .orElseThrow(() -> new IllegalStateException("The director cannot decide the demo write-off"));
        approvals.decide(school, director, mopsWaiting.requestId(), mopsWaiting.version(), Decision.APPROVE, "同意核销");
        writeOff(school, keeper, mainStore, WriteOffReason.EXPIRED, "洗手液过期变质，已分层", "QJ-001", "3");
    }

    private long writeOff(long school, CurrentUser keeper, long storeId, WriteOffReason reason, String note,
                          String itemCode, String quantity) {
        WriteOffForm form = new WriteOffForm();
        form.setStoreId(storeId);
        form.setReason(reason);
        form.setWrittenOn(clock.today().minusDays(2));
        form.setNote(note);
        WriteOffForm.Line line = new WriteOffForm.Line();
        line.setItemId(DemoCodes.item(catalogue, school, itemCode));
        line.setQuantity(new BigDecimal(quantity));
        form.getLines().add(line);
        return writeOffs.create(school, keeper, form);
    }

    private long start(long school, CurrentUser keeper, long storeId, LocalDate day, String note) {
        StartForm form = new StartForm();
        form.setStoreId(storeId);
        form.setCountedOn(day);
        form.setNote(note);
        return stocktakes.start(school, keeper, form);
    }

    /** Counts the lines as the book says, changed by the given differences; all lines or only the changed ones. */
    private void count(long school, CurrentUser keeper, long id, Map<String, BigDecimal> differences, boolean all,
                       Map<String, String> notes) {
        CountForm form = new CountForm();
        form.setVersion(stocktakes.find(school, id).version());
        for (Stocktakes.LineRow line : stocktakes.lines(school, id, null)) {
            BigDecimal difference = differences.get(line.code());
            if (!all && difference == null) {
                continue;
            }
            CountForm.Line counted = new CountForm.Line();
            counted.setLineId(line.id());
            counted.setCounted(line.bookQuantity().add(difference == null ? BigDecimal.ZERO : difference));
            counted.setNote(notes.get(line.code()));
            form.getLines().add(counted);
        }
        stocktakes.count(school, keeper, id, form);
    }

    private CurrentUser user(long school, String username) {
        return iam.actingAs(school, username);
    }
}
