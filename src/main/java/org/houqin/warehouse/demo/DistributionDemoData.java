package org.houqin.warehouse.demo;

import java.math.BigDecimal;
import java.sql.Timestamp;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.houqin.iam.IamApi;
import org.houqin.organization.OrganizationApi;
import org.houqin.platform.demo.DemoData;
import org.houqin.platform.demo.DemoSignatures;
import org.houqin.platform.security.CurrentUser;
import org.houqin.platform.security.DataScope;
import org.houqin.platform.time.SchoolClock;
import org.houqin.warehouse.catalogue.Catalogue;
import org.houqin.warehouse.distribution.ClassLineQuantity;
import org.houqin.warehouse.distribution.DistributionForm;
import org.houqin.warehouse.distribution.Distributions;
import org.houqin.warehouse.distribution.HandoverForm;
import org.houqin.warehouse.distribution.Handovers;
import org.houqin.warehouse.distribution.ReturnForm;
import org.houqin.warehouse.receipt.ReceiptForm;
import org.houqin.warehouse.receipt.Receipts;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * This semester's 教材作业本发放 of the demo school, made the way the storekeeper makes it: the textbooks come from the
 * bookshop (初一's 语文 three copies short), the plan gives every student 8 语文 and 8 数学 exercise books and one
 * of each textbook (one more per class for the teacher), and the classes sign for their books on registration days.
 * 初一(9)班 is owed three 语文 textbooks, 初二(5)班 brought back the books of two students who left, and six classes
 * have not come yet.
 */
@Component
class DistributionDemoData implements DemoData {

    private record Textbook(String grade, String code, String name, String specification, String price) {
    }

    private static final List<Textbook> TEXTBOOKS = List.of(
            new Textbook("初一", "JC-701", "初一语文教材（部编版）", "七年级上册", "10.60"),
            new Textbook("初一", "JC-702", "初一数学教材（人教版）", "七年级上册", "11.35"),
            new Textbook("初二", "JC-801", "初二语文教材（部编版）", "八年级上册", "10.90"),
            new Textbook("初二", "JC-802", "初二数学教材（人教版）", "八年级上册", "11.20"),
            new Textbook("初三", "JC-901", "初三语文教材（部编版）", "九年级上册", "9.85"),
            new Textbook("初三", "JC-902", "初三数学教材（人教版）", "九年级上册", "10.40"));

    /** Classes that have not come for their books yet (初一's wait for the rest of the 语文 textbooks). */
    private static final Set<String> NOT_YET = Set.of("初一(10)班", "初一(11)班", "初一(12)班", "初二(12)班",
            "初三(11)班", "初三(12)班");
    private static final int SHORT_BY = 3;

    private final JdbcClient jdbc;
    private final OrganizationApi organization;
    private final IamApi iam;
    private final Catalogue catalogue;
    private final Receipts receipts;
    private final Distributions distributions;
    private final Handovers handovers;
    private final SchoolClock clock;

    DistributionDemoData(JdbcClient jdbc, OrganizationApi organization, IamApi iam, Catalogue catalogue,
                         Receipts receipts, Distributions distributions, Handovers handovers, SchoolClock clock) {
        this.jdbc = jdbc;
        this.organization = organization;
        this.iam = iam;
        this.catalogue = catalogue;
        this.receipts = receipts;
        this.distributions = distributions;
        this.handovers = handovers;
        this.clock = clock;
    }

    @Override
    public int order() {
        return 540;
    }

    @Override
    public void load() {
        long school = organization.schoolByCode(SCHOOL_CODE).orElseThrow().id();
        CurrentUser keeper = keeper(school);
        LocalDate today = clock.today();
        OrganizationApi.SemesterRef semester = organization.currentSemester(school).orElseThrow();
        LocalDate opening = earliest(semester.startsOn(), today);
        long store = DemoCodes.store(catalogue, school, "MAIN");
        Map<String, Long> items = items(school, store);

        DistributionForm form = new DistributionForm();
        form.setName(semester.schoolYear() + " " + semester.name() + " 教材作业本发放");
        form.setSemesterId(semester.id());
        form.setStoreId(store);
        form.setNote("班主任凭签收单到总仓库领取，当场清点、签字。");
        for (OrganizationApi.GradeRef grade : organization.grades(school)) {
            line(form, grade, items.get("ZY-001"), "8", "0");
            line(form, grade, items.get("ZY-002"), "8", "0");
            TEXTBOOKS.stream().filter(t -> t.grade().equals(grade.name()))
                    .forEach(t -> line(form, grade, items.get(t.code()), "1", "1"));
        }
        long plan = distributions.create(school, keeper, form);
        receive(school, store, items, earliest(opening.minusDays(7), today));
        distributions.start(school, keeper, plan, distributions.find(school, plan).version());
        // back-dated to before term, as the storekeeper would have done it
        jdbc.sql("UPDATE warehouse.distribution SET created_at = ?, started_at = ? WHERE id = ?")
                .params(at(earliest(opening.minusDays(10), today), 9), at(earliest(opening.minusDays(6), today), 10), plan)
                .update();

        for (Handovers.ClassRow row : handovers.classes(school, plan, null)) {
            if (!NOT_YET.contains(row.className())) {
                int daysBefore = switch (row.gradeName()) {
                    case "初三" -> 2;
                    case "初二" -> 1;
                    default -> 0;
                };
                handOver(school, keeper, plan, store, row, earliest(opening.minusDays(daysBefore), today));
            }
        }
        handovers.classes(school, plan, null).stream().filter(row -> row.className().equals("初二(5)班")).findFirst()
                .ifPresent(row -> giveBack(school, keeper, plan, store, row, earliest(opening.plusDays(9), today)));
    }

    /** The textbooks join the catalogue; the exercise books are the warehouse's own ZY-001 and ZY-002. */
    private Map<String, Long> items(long school, long store) {
        long category = catalogue.categories(school).stream().filter(c -> c.name().equals("教材")).findFirst()
                .orElseThrow().id();
        Map<String, Long> items = new HashMap<>();
        for (Textbook book : TEXTBOOKS) {
            items.put(book.code(), catalogue.addItem(school, book.code(), book.name(), book.specification(), "本",
                    category, BigDecimal.ZERO, store));
        }
        for (String code : List.of("ZY-001", "ZY-002")) {
            items.put(code, DemoCodes.item(catalogue, school, code));
        }
        return items;
    }

    /**
     * The bookshop's delivery before term: every textbook a grade needs, but three 初一 语文 short of the first nine
     * classes (the rest of 初一's have not come), and exercise books for the term.
     */
    private void receive(long school, long store, Map<String, Long> items, LocalDate on) {
        ReceiptForm receipt = new ReceiptForm();
        receipt.setStoreId(store);
        receipt.setReceivedOn(on);
        receipt.setSupplier("新华书店教材发行部");
        receipt.setInvoiceNumber("44018820");
        receipt.setNote("秋季学期教材、作业本");
        List<OrganizationApi.ClassRef> all = organization.classes(school);
        for (Textbook book : TEXTBOOKS) {
            long copies = all.stream().filter(c -> c.gradeName().equals(book.grade()) && c.headCount() > 0)
                    .filter(c -> !book.code().equals("JC-701") || !NOT_YET.contains(c.fullName()))
                    .mapToLong(c -> c.headCount() + 1).sum();
            receiptLine(receipt, items.get(book.code()), copies - (book.code().equals("JC-701") ? SHORT_BY : 0),
                    book.price());
        }
        receiptLine(receipt, items.get("ZY-001"), 12_000, "0.80");
        receiptLine(receipt, items.get("ZY-002"), 12_000, "0.80");
        receipts.create(school, receipt);
    }

    /** The class teacher signs for everything the store holds of the class's list. */
    private void handOver(long school, CurrentUser keeper, long plan, long store, Handovers.ClassRow row,
                          LocalDate on) {
        HandoverForm form = new HandoverForm();
        form.setIssuedOn(on);
        form.setReceiverName(row.teacherName() != null ? row.teacherName() : row.className() + "班长");
        form.setSignature(DemoSignatures.drawn(form.getReceiverName().hashCode()));
        form.setVersion(row.version());
        boolean owed = false;
        for (Handovers.ClassLineRow line : handovers.lines(school, row.id(), store)) {
            BigDecimal quantity = line.remaining().min(line.available());
            owed |= quantity.compareTo(line.remaining()) < 0;
            form.getLines().add(quantity(line, quantity));
        }
        if (owed) {
            form.setShortageReason("新华书店本次到货少 " + SHORT_BY + " 本语文教材，已联系补送，到货后补发");
        }
        handovers.handOver(school, keeper, plan, row.id(), form);
    }

    /** Two students left after the first week: their textbooks and exercise books come back. */
    private void giveBack(long school, CurrentUser keeper, long plan, long store, Handovers.ClassRow row,
                          LocalDate on) {
        ReturnForm form = new ReturnForm();
        form.setReturnedOn(on);
        form.setReturnedBy(row.teacherName() != null ? row.teacherName() : row.className() + "班长");
        form.setReason("两名学生转学，退回其教材和作业本");
        form.setVersion(handovers.classRow(school, plan, row.id()).version());
        for (Handovers.ClassLineRow line : handovers.lines(school, row.id(), store)) {
            BigDecimal back = line.perStudent().multiply(BigDecimal.valueOf(2)).min(line.returnable());
            form.getLines().add(quantity(line, back));
        }
        handovers.takeBack(school, keeper, plan, row.id(), form);
    }

    private static void line(DistributionForm form, OrganizationApi.GradeRef grade, long item, String perStudent,
                             String extra) {
        DistributionForm.Line line = new DistributionForm.Line();
        line.setGradeId(grade.id());
        line.setItemId(item);
        line.setPerStudent(new BigDecimal(perStudent));
        line.setExtraPerClass(new BigDecimal(extra));
        form.getLines().add(line);
    }

    private static ClassLineQuantity quantity(Handovers.ClassLineRow line, BigDecimal quantity) {
        ClassLineQuantity given = new ClassLineQuantity();
        given.setClassLineId(line.id());
        given.setQuantity(quantity);
        return given;
    }

    private static void receiptLine(ReceiptForm receipt, long item, long quantity, String price) {
        ReceiptForm.Line line = new ReceiptForm.Line();
        line.setItemId(item);
        line.setQuantity(BigDecimal.valueOf(quantity));
        line.setUnitPrice(new BigDecimal(price));
        receipt.getLines().add(line);
    }

    private CurrentUser keeper(long school) {
        long id = iam.userId("storekeeper").orElseThrow();
        return new CurrentUser(id, "storekeeper", iam.displayNames(List.of(id)).get(id), school, Set.of(school), false,
                null, iam.departmentOf(id).orElse(null), DataScope.everything(), Set.of());
    }

    private static LocalDate earliest(LocalDate a, LocalDate b) {
        return a.isBefore(b) ? a : b;
    }

    private Timestamp at(LocalDate day, int hour) {
        return Timestamp.from(day.atTime(LocalTime.of(hour, 0)).atZone(clock.zone()).toInstant());
    }
}
