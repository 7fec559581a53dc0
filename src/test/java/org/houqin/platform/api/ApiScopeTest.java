package org.houqin.platform.api;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Function;

import org.houqin.organization.OrganizationApi;
import org.houqin.safety.drill.OtherSchoolDrills;
import org.houqin.support.ApiReader;
import org.houqin.support.Demo;
import org.houqin.support.IntegrationTest;
import org.houqin.support.OtherSchoolDocuments;
import org.houqin.support.WebUser;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.transaction.support.TransactionTemplate;
import org.springframework.web.bind.annotation.RequestMethod;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;
import tools.jackson.databind.JsonNode;

/**
 * The API shows what the pages show: for every demo account and every list with both a page and an API endpoint, the
 * first page (same filters, same sort) names the same documents in the same order, and an account the page refuses
 * is refused by the API too. Another school's id is not found through any endpoint that reads one document.
 */
class ApiScopeTest extends IntegrationTest {

    /** One signed-in session and token per account, for all lists. */
    private static final Map<String, ApiReader> READERS = new ConcurrentHashMap<>();

    /** The most documents each list showed one reader at once: a comparison of two empty lists proves nothing. */
    private static final Map<String, Integer> SEEN = new ConcurrentHashMap<>();

    @Autowired
    OrganizationApi organization;

    @Autowired
    TransactionTemplate transaction;

    @Autowired
    @Qualifier("requestMappingHandlerMapping")
    RequestMappingHandlerMapping mapping;

    @AfterAll
    static void everyListComparedShowedSomeoneDocuments() {
        assertThat(SEEN).as("lists that showed nobody a document").allSatisfy((list, most) -> assertThat(most)
                .as(list).isPositive());
    }

    private static void seen(String list, int documents) {
        SEEN.merge(list, documents, Math::max);
    }

    private ApiReader reader(String username) {
        return READERS.computeIfAbsent(username, name -> ApiReader.of(port, login(name)));
    }

    @ParameterizedTest(name = "{0} sees the same repairs on the page and through the API")
    @MethodSource("org.houqin.support.SiteCrawl#accounts")
    void repairs(String username) {
        seen("repairs", reader(username).sameDocuments("/repairs", "/api/v1/repairs", ApiReader.links("/repairs/"),
                ApiReader.ID, "", "view=ALL", "view=CLOSED&sort=number&dir=asc", "view=ALL&mine=true",
                "view=ALL&page=2"));
    }

    @ParameterizedTest(name = "{0} sees the same asset cards on the page and through the API")
    @MethodSource("org.houqin.support.SiteCrawl#accounts")
    void assets(String username) {
        seen("assets", reader(username).sameDocuments("/assets", "/api/v1/assets", ApiReader.links("/assets/"),
                ApiReader.ID, "", "status=IN_USE", "sort=value&dir=desc", "sort=name&page=2"));
    }

    @ParameterizedTest(name = "{0} sees the same requisitions on the page and through the API")
    @MethodSource("org.houqin.support.SiteCrawl#accounts")
    void requisitions(String username) {
        seen("requisitions", reader(username).sameDocuments("/warehouse/requisitions", "/api/v1/requisitions",
                ApiReader.links("/warehouse/requisitions/"), ApiReader.ID,
                "view=MINE", "view=OPEN", "view=ISSUE", "view=ALL", "view=ALL&status=APPROVED"));
    }

    @ParameterizedTest(name = "{0} sees the same rooms on the page and through the API")
    @MethodSource("org.houqin.support.SiteCrawl#accounts")
    void rooms(String username) {
        seen("rooms", reader(username).sameDocuments("/places/rooms", "/api/v1/rooms",
                ApiReader.links("/places/rooms/"), ApiReader.ID, "", "type=CLASSROOM", "sort=area&dir=desc", "page=2"));
    }

    /** A short list, answered whole: every building of the school, each a card leading to its rooms. */
    @ParameterizedTest(name = "{0} sees the same buildings on the page and through the API")
    @MethodSource("org.houqin.support.SiteCrawl#accounts")
    void buildings(String username) {
        seen("buildings", reader(username).sameDocumentsOnWholePage("/places/buildings", "/api/v1/buildings",
                ApiReader.matches("href=\"/places/rooms\\?building=(\\d+)\""), ApiReader.ID, ""));
    }

    @ParameterizedTest(name = "{0} sees the same staff on the page and through the API")
    @MethodSource("org.houqin.support.SiteCrawl#accounts")
    void staff(String username) {
        seen("staff", reader(username).sameDocuments("/org/staff", "/api/v1/staff",
                ApiReader.matches("id=\"phone-(\\d+)\""), ApiReader.ID, "", "sort=name&dir=desc", "page=2"));
    }

    @ParameterizedTest(name = "{0} sees the same stock balances on the page and through the API")
    @MethodSource("org.houqin.support.SiteCrawl#accounts")
    void stockBalances(String username) {
        seen("stock", reader(username).sameDocuments("/warehouse/stock", "/api/v1/stock",
                ApiReader.matches("href=\"/warehouse/stock/(\\d+/\\d+)\""),
                item -> item.path("itemId").asString() + "/" + item.path("storeId").asString(),
                "", "low=true", "sort=amount&dir=desc", "page=2"));
    }

    @ParameterizedTest(name = "{0} sees the same warehouse documents on the pages and through the API")
    @MethodSource("org.houqin.support.SiteCrawl#accounts")
    void warehouseDocuments(String username) {
        // transfers too, once the demo school has one (StockDocumentApiTest reads them through the API)
        for (String list : List.of("distributions", "receipts", "write-offs", "stocktakes")) {
            seen("warehouse " + list, reader(username).sameDocuments("/warehouse/" + list, "/api/v1/" + list,
                    ApiReader.links("/warehouse/" + list + "/"), ApiReader.ID, ""));
        }
    }

    @ParameterizedTest(name = "{0} sees the same asset disposals, compensation cases and stocktakes on the pages "
            + "and through the API")
    @MethodSource("org.houqin.support.SiteCrawl#accounts")
    void assetDocuments(String username) {
        for (String list : List.of("disposals", "compensations", "stocktakes")) {
            seen("asset " + list, reader(username).sameDocuments("/assets/" + list, "/api/v1/asset-" + list,
                    ApiReader.links("/assets/" + list + "/"), ApiReader.ID, ""));
        }
    }

    @ParameterizedTest(name = "{0} sees the same asset handovers on the page and through the API")
    @MethodSource("org.houqin.support.SiteCrawl#accounts")
    void assetHandovers(String username) {
        seen("asset handovers", reader(username).sameDocuments("/assets/handovers", "/api/v1/asset-handovers",
                ApiReader.links("/assets/handovers/"), ApiReader.ID, "", "kind=ASSIGN"));
    }

    @ParameterizedTest(name = "{0} sees the same drills on the page and through the API")
    @MethodSource("org.houqin.support.SiteCrawl#accounts")
    void drills(String username) {
        seen("drills", reader(username).sameDocuments("/safety/drills", "/api/v1/safety/drills",
                ApiReader.links("/safety/drills/"), ApiReader.ID, "", "status=DONE", "kind=STAMPEDE"));
    }

    @ParameterizedTest(name = "{0} sees the same notifications on the page and through the API")
    @MethodSource("org.houqin.support.SiteCrawl#accounts")
    void notifications(String username) {
        seen("notifications", reader(username).sameDocumentsOnWholePage("/notifications", "/api/v1/notifications",
                ApiReader.matches("action=\"/notifications/(\\d+)/open\""), ApiReader.ID, "", "page=2"));
    }

    /** The inbox page shows every waiting submission at once; the API pages them, up to 100 at a time. */
    @ParameterizedTest(name = "{0} sees the same submissions waiting in the approvals inbox and through the API")
    @MethodSource("org.houqin.support.SiteCrawl#accounts")
    void approvalsInbox(String username) {
        seen("approvals inbox", reader(username).sameDocumentsOnWholePage("/approvals", "/api/v1/approvals/inbox",
                approvalRows("approval-waiting"), ApiScopeTest::approvalLink, "size=100"));
    }

    @ParameterizedTest(name = "{0} sees the same submissions on the inbox's 我提交的 and 我处理的 tabs and through the API")
    @MethodSource("org.houqin.support.SiteCrawl#accounts")
    void approvalsSubmittedAndHandled(String username) {
        seen("approvals submitted", reader(username).sameDocumentsOnWholePage("/approvals?view=SUBMITTED",
                "/api/v1/approvals/submitted", approvalRows("approval-submitted"), ApiScopeTest::approvalLink, ""));
        seen("approvals handled", reader(username).sameDocumentsOnWholePage("/approvals?view=HANDLED",
                "/api/v1/approvals/handled", approvalRows("approval-handled"), ApiScopeTest::approvalLink, ""));
    }

    /** Where a row of the inbox leads: the document's own page, or the submission's when it has none. */
    private static String approvalLink(JsonNode item) {
        JsonNode link = item.path("link");
        return link.isNull() || link.isMissingNode() ? "/approvals/" + item.path("requestId").asString()
                : link.asString();
    }

    /** The title link of each row of one of the inbox's tables. */
    private static Function<String, List<String>> approvalRows(String table) {
        return html -> {
            int start = html.indexOf("id=\"" + table + "\"");
            return start < 0 ? List.of() : ApiReader.every("class=\"text-break\">\\s*<a href=\"([^\"]+)\"")
                    .apply(html.substring(start, html.indexOf("</table>", start)));
        };
    }

    @Test
    void everyEndpointReadingOneDocumentAnswersAnotherSchoolsIdWithNotFound() {
        OtherSchoolDocuments.Documents other = OtherSchoolDocuments.of(jdbc, transaction, organization, "API-SCOPE-B",
                "第六中学", Demo.userId(jdbc, "director"));
        Map<String, Long> otherIds = new java.util.TreeMap<>(Map.of("/api/v1/repairs/{id}", other.repair(),
                "/api/v1/assets/{id}", other.asset(), "/api/v1/assets/{id}/history", other.asset(),
                "/api/v1/assets/{id}/depreciation", other.asset(), "/api/v1/requisitions/{id}", other.requisition(),
                "/api/v1/rooms/{id}", other.room(), "/api/v1/approvals/{requestId}", other.approval(),
                "/api/v1/asset-handovers/{id}", other.handover()));
        long disposal = OtherSchoolDocuments.assets(jdbc, transaction, "disposal", other.asset());
        otherIds.put("/api/v1/asset-disposals/{id}", disposal);
        otherIds.put("/api/v1/asset-disposals/{id}/print.pdf", disposal);
        otherIds.put("/api/v1/asset-stocktakes/{id}", OtherSchoolDocuments.assets(jdbc, transaction, "stocktake",
                other.asset()));
        otherIds.put("/api/v1/asset-compensations/{id}", OtherSchoolDocuments.assets(jdbc, transaction,
                "compensation", other.asset()));
        otherIds.put("/api/v1/safety/hazards/{id}", Demo.asSystem(() -> transaction.execute(status -> jdbc.sql("""
                INSERT INTO safety.hazard (school_id, number, room_id, place, level, category, description, status,
                       reported_by_name, reported_at)
                SELECT school_id, 'YH-2026-99998', id, '外校', 'GENERAL', 'OTHER', '外校隐患', 'REPORTED', '外校', now()
                FROM places.room WHERE id = ? RETURNING id""").param(other.room()).query(Long.class).single())));
        otherIds.put("/api/v1/safety/drills/{id}", OtherSchoolDrills.of(jdbc, transaction, other.asset()));
        for (String table : List.of("item", "receipt", "transfer", "write_off", "stocktake", "distribution")) {
            long id = OtherSchoolDocuments.warehouse(jdbc, transaction, organization, "API-SCOPE-B", "第六中学",
                    table);
            String path = "/api/v1/" + Map.of("item", "items", "write_off", "write-offs", "stocktake", "stocktakes")
                    .getOrDefault(table, table + "s") + "/{id}";
            otherIds.put(path, id);
            if (Set.of("receipt", "transfer", "write_off", "stocktake").contains(table)) {
                otherIds.put(path + "/print.pdf", id);
            }
            if (table.equals("distribution")) {
                // the other school's plan, with its id standing for a class too: the plan alone must not be found
                otherIds.put("/api/v1/distributions/{planId}/classes/{id}", id);
            }
        }
        otherIds.put("/api/v1/routines/records/{id}", org.houqin.routines.record.OtherSchoolRecord.make(jdbc,
                transaction, organization));
        otherIds.put("/api/v1/routines/rounds/{id}", org.houqin.routines.record.OtherSchoolRecord.round(jdbc,
                transaction, organization));
        long[] routine = Demo.asSystem(() -> transaction.execute(status -> {
            long school = jdbc.sql("SELECT id FROM organization.school WHERE code = 'API-SCOPE-B'").query(Long.class)
                    .single();
            long template = jdbc.sql("""
                    INSERT INTO routines.template (school_id, code, name, category)
                    VALUES (?, 'scope-' || substr(md5(random()::text), 1, 8), '外校检查表', '消防安全') RETURNING id""")
                    .param(school).query(Long.class).single();
            jdbc.sql("""
                    INSERT INTO routines.template_version (school_id, template_id, number, applies_to, items)
                    VALUES (?, ?, 1, '{"everywhere": true, "roomTypes": [], "buildingIds": [], "roomIds": []}',
                            '[{"code": "a", "text": "外校项目", "kind": "PASS_FAIL"}]')""").params(school, template)
                    .update();
            long schedule = jdbc.sql("""
                    INSERT INTO routines.schedule (school_id, template_id, name, cadence, opens_at, due_at,
                           assignee_kind, starts_on)
                    VALUES (?, ?, '外校日程', 'WEEKDAYS', '08:00', '17:00', 'ROOM_RESPONSIBLE', current_date) RETURNING id""")
                    .params(school, template).query(Long.class).single();
            return new long[] {template, schedule};
        }));
        otherIds.put("/api/v1/routines/templates/{id}", routine[0]);
        otherIds.put("/api/v1/routines/schedules/{id}", routine[1]);
        otherIds.putAll(safetyLettersAndRules(Demo.count(jdbc, "SELECT id FROM organization.school WHERE code = ?",
                "API-SCOPE-B")));
        assertThat(otherIds.keySet()).as("add another school's document to OtherSchoolDocuments for each new endpoint")
                .containsExactlyInAnyOrderElementsOf(oneDocumentEndpoints());

        List<String> answered = new ArrayList<>();
        otherIds.forEach((endpoint, id) -> {
            String path = endpoint.replaceAll("\\{[^}]+}", String.valueOf(id));
            for (String username : List.of("admin", "director")) {
                WebUser.Page answer = reader(username).api(path);
                assertThat(answer.status()).as(username + " " + path).isIn(403, 404);
                if (answer.status() == 404) {
                    answered.add(endpoint);
                    assertThat(answer.body()).as(path).contains("\"status\":404", "\"code\":\"request.notFound\"")
                            .containsPattern("\"reference\":\"[0-9A-F]{8}\"").doesNotContain("外校");
                }
            }
        });
        assertThat(new TreeSet<>(answered)).as("each endpoint read by a user allowed to read it")
                .containsExactlyInAnyOrderElementsOf(otherIds.keySet());
    }

    /** Every GET of the API with an id in its path. */
    private Set<String> oneDocumentEndpoints() {
        Set<String> endpoints = new TreeSet<>();
        mapping.getHandlerMethods().forEach((info, handler) -> {
            Set<RequestMethod> methods = info.getMethodsCondition().getMethods();
            if (methods.isEmpty() || methods.contains(RequestMethod.GET)) {
                info.getPatternValues().stream().filter(path -> path.startsWith("/api/v1/") && path.contains("{"))
                        .forEach(endpoints::add);
            }
        });
        return endpoints;
    }

    /** Another school's letter, letter batch and rule, made as that school's office would have them. */
    private Map<String, Long> safetyLettersAndRules(long school) {
        return Demo.asSystem(() -> transaction.execute(status -> {
            long issuer = Demo.userId(jdbc, "director");
            long template = jdbc.sql("""
                    INSERT INTO safety.letter_template (school_id, role, title) VALUES (?, 'TEACHER', '外校责任书')
                    ON CONFLICT ON CONSTRAINT letter_template_title_unique DO UPDATE SET version = 0 RETURNING id""")
                    .param(school).query(Long.class).single();
            long revision = jdbc.sql("""
                    INSERT INTO safety.letter_template_revision (school_id, template_id, number, title, body)
                    VALUES (?, ?, (SELECT count(*) + 1 FROM safety.letter_template_revision WHERE template_id = ?),
                            '外校责任书', '外校正文') RETURNING id""").params(school, template, template)
                    .query(Long.class).single();
            long batch = jdbc.sql("""
                    INSERT INTO safety.letter_batch (school_id, number, template_id, revision_id, school_year,
                                                     issued_by, issued_by_name)
                    VALUES (?, 'ZR-W-' || (floor(random() * 900000) + 100000)::int, ?, ?, '2026-2027', ?, '外校主任')
                    RETURNING id""").params(school, template, revision, issuer).query(Long.class).single();
            long staff = jdbc.sql("""
                    INSERT INTO organization.staff (school_id, employee_no, name)
                    VALUES (?, 'W' || (floor(random() * 900000) + 100000)::int, '外校教师') RETURNING id""")
                    .param(school).query(Long.class).single();
            long letter = jdbc.sql("""
                    INSERT INTO safety.letter (school_id, batch_id, template_id, school_year, staff_id, person_name)
                    VALUES (?, ?, ?, '2026-2027', ?, '外校教师') RETURNING id""")
                    .params(school, batch, template, staff).query(Long.class).single();
            long rule = jdbc.sql("""
                    INSERT INTO safety.rule (school_id, title, kind)
                    VALUES (?, '外校制度' || (floor(random() * 900000) + 100000)::int, 'RULE') RETURNING id""")
                    .param(school).query(Long.class).single();
            jdbc.sql("""
                    INSERT INTO safety.rule_version (school_id, rule_id, number, body, effective_on)
                    VALUES (?, ?, 1, '外校正文', current_date - 1)""").params(school, rule).update();
            return Map.of("/api/v1/safety/letters/{id}", letter, "/api/v1/safety/letters/batches/{id}", batch,
                    "/api/v1/safety/rules/{id}", rule);
        }));
    }
}
