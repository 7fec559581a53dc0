package org.houqin.platform.api;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.UUID;

import org.houqin.client.ApiClient;
import org.houqin.client.ApiException;
import org.houqin.client.api.ApprovalsApi;
import org.houqin.client.api.AssetCategoriesApi;
import org.houqin.client.api.AssetHandoversApi;
import org.houqin.client.api.AssetsApi;
import org.houqin.client.api.ItemsApi;
import org.houqin.client.api.RepairsApi;
import org.houqin.client.api.RequisitionsApi;
import org.houqin.client.api.RoomsApi;
import org.houqin.client.model.ActionForm;
import org.houqin.client.model.AssetForm;
import org.houqin.client.model.AssetHandoverFormLine;
import org.houqin.client.model.AssetJson;
import org.houqin.client.model.CatalogueRow;
import org.houqin.client.model.CategoryJson;
import org.houqin.client.model.DecisionJson;
import org.houqin.client.model.HandoverForm;
import org.houqin.client.model.HandoverJson;
import org.houqin.client.model.IssueForm;
import org.houqin.client.model.RepairCategory;
import org.houqin.client.model.RepairJson;
import org.houqin.client.model.RepairWorker;
import org.houqin.client.model.ReportForm;
import org.houqin.client.model.RequestableItems;
import org.houqin.client.model.RequisitionForm;
import org.houqin.client.model.RequisitionFormLine;
import org.houqin.client.model.RequisitionIssueLine;
import org.houqin.client.model.RequisitionJson;
import org.houqin.client.model.RoomJson;
import org.houqin.client.model.SubmissionJson;
import org.houqin.support.Images;
import org.houqin.support.IntegrationTest;
import org.junit.jupiter.api.Test;

/**
 * A client generated from docs/openapi.json by the OpenAPI generator (pom.xml) runs a school integrator's flows
 * against the running application: the description is complete and correct enough to be used as is.
 */
class ApiClientFlowsTest extends IntegrationTest {

    private static final LocalDate TODAY = LocalDate.now(ZoneId.of("Asia/Shanghai"));

    /** The generated client, sending the user's token and asking for Chinese texts. */
    private ApiClient as(String username) {
        return as(username, "zh-CN,zh;q=0.9");
    }

    private ApiClient as(String username, String languages) {
        String token = login(username).newToken("生成的客户端");
        ApiClient client = new ApiClient();
        client.updateBaseUri("http://localhost:" + port);
        client.setRequestInterceptor(request -> {
            request.header("Authorization", "Bearer " + token);
            if (!languages.isEmpty()) {
                request.header("Accept-Language", languages);
            }
        });
        return client;
    }

    private RoomJson room(ApiClient client, String code) throws ApiException {
        List<RoomJson> found = new RoomsApi(client).roomList(code, null, null, 1, 5, null, null).getItems();
        return found.stream().filter(r -> r.getCode().equals(code)).findFirst().orElseThrow();
    }

    @Test
    void aTeacherReportsARepairAndTheDirectorDispatchesIt() throws ApiException {
        ApiClient teacher = as("teacher");
        ApiClient director = as("director");
        RoomJson classroom = room(director, "A-101");
        RepairCategory lighting = new RepairsApi(teacher).repairChoicesCategories().stream()
                .filter(c -> c.getName().equals("照明")).findFirst().orElseThrow();

        RepairJson reported = new RepairsApi(teacher).repairCreate(new ReportForm().roomId(classroom.getId())
                .categoryId(lighting.getId()).description("生成的客户端：后排灯管不亮"), UUID.randomUUID().toString());
        assertThat(reported.getStatus()).isEqualTo(RepairJson.StatusEnum.NEW);
        assertThat(reported.getStatusLabel()).isEqualTo("待受理");
        assertThat(reported.getPriority()).as("a classroom's lamp stops teaching")
                .isEqualTo(RepairJson.PriorityEnum.TEACHING);

        RepairWorker worker = new RepairsApi(director).repairChoicesWorkers().get(0);
        RepairJson dispatched = new RepairsApi(director).repairDispatch(reported.getId(),
                new ActionForm().version(reported.getVersion()).workerUserId(worker.getUserId()), null);
        assertThat(dispatched.getStatus()).isEqualTo(RepairJson.StatusEnum.ASSIGNED);
        assertThat(dispatched.getAssigneeName()).isEqualTo(worker.getDisplayName());
        assertThat(new RepairsApi(teacher).repairGet(reported.getId()).getVersion())
                .isEqualTo(dispatched.getVersion());

        assertThatThrownBy(() -> new RepairsApi(director).repairDispatch(reported.getId(),
                new ActionForm().version(reported.getVersion()).workerUserId(worker.getUserId()), null))
                .isInstanceOfSatisfying(ApiException.class, stale -> {
                    assertThat(stale.getCode()).isEqualTo(409);
                    assertThat(stale.getResponseBody()).contains("\"currentVersion\":" + dispatched.getVersion())
                            .contains("\"reference\":");
                });
    }

    @Test
    void statusesAndPrioritiesAreToldInTheLanguageTheClientAsksFor() throws ApiException {
        RepairJson any = new RepairsApi(as("director", "en-GB,en;q=0.8")).repairList(null, null, null, 1, 1, "ALL",
                null, null, null).getItems().get(0);
        RepairJson same = new RepairsApi(as("director", "fr-FR,zh-CN;q=0.5")).repairGet(any.getId());
        assertThat(any.getStatusLabel()).isNotBlank().matches("[ -~]+").as("English")
                .isNotEqualTo(same.getStatusLabel());
        assertThat(same.getStatusLabel()).as("the first language Houqin speaks: Chinese").matches(".*\\p{IsHan}.*");
        assertThat(new RepairsApi(as("director", "")).repairGet(any.getId()).getPriorityLabel())
                .as("none asked: Chinese").isEqualTo(same.getPriorityLabel());
    }

    @Test
    void theKeeperRegistersACardAndHandsItToAClassroom() throws ApiException {
        ApiClient keeper = as("storekeeper");
        RoomJson classroom = room(as("director"), "A-101");
        CategoryJson computers = new AssetCategoriesApi(keeper).assetCategoryTree().stream()
                .filter(c -> "6010000".equals(c.getCode())).findFirst().orElseThrow();
        String name = "生成的客户端投影仪" + UUID.randomUUID().toString().substring(0, 4);
        String key = UUID.randomUUID().toString();
        AssetForm card = new AssetForm().name(name).categoryId(computers.getId()).purchasedOn(TODAY.minusMonths(2))
                .quantity(1).unitValue(new BigDecimal("3280.00")).fundingSource(AssetForm.FundingSourceEnum.FISCAL);

        AssetJson registered = new AssetsApi(keeper).assetCreate(card, key);
        assertThat(registered.getNumber()).matches("ZC-\\d{4}-\\d{5}");
        assertThat(registered.getValue()).isEqualByComparingTo("3280.00");
        assertThat(new AssetsApi(keeper).assetCreate(card, key).getId()).as("the same key, the same card")
                .isEqualTo(registered.getId());

        HandoverJson handover = new AssetHandoversApi(keeper).assetHandoverCreate(new HandoverForm()
                .kind(HandoverForm.KindEnum.ASSIGN).handedOn(TODAY).roomId(classroom.getId()).receiverName("杨佳怡")
                .lines(List.of(new AssetHandoverFormLine().assetNumber(registered.getNumber()).quantity(1)))
                .signature(Images.signature()), UUID.randomUUID().toString());
        assertThat(handover.getNumber()).matches("JJ-\\d{4}-\\d{5}");
        AssetJson placed = new AssetsApi(keeper).assetGet(registered.getId());
        assertThat(placed.getRoomId()).isEqualTo(classroom.getId());
        assertThat(placed.getStatusLabel()).isEqualTo("在用");
    }

    @Test
    void aTeachersRequisitionIsApprovedStepByStepAndIssuedAtTheStore() throws ApiException {
        ApiClient teacher = as("teacher");
        RequestableItems offered = new ItemsApi(teacher).itemRequestable();
        CatalogueRow chalk = offered.getItems().stream().filter(i -> "BG-006".equals(i.getCode())).findFirst()
                .orElseThrow();
        long store = offered.getStores().stream().filter(st -> "MAIN".equals(st.getCode())).findFirst()
                .orElseThrow().getId();
        RequisitionJson asked = new RequisitionsApi(teacher).requisitionCreate(new RequisitionForm().storeId(store)
                .purpose("生成的客户端：期末复习用粉笔")
                .lines(List.of(new RequisitionFormLine().itemId(chalk.getId()).quantity(new BigDecimal("2")))),
                UUID.randomUUID().toString());
        assertThat(asked.getStatus()).isEqualTo(RequisitionJson.StatusEnum.SUBMITTED);

        RequisitionJson approved = approvedByWhoeverItWaitsFor(teacher, asked.getId());
        assertThat(approved.getStatus()).isEqualTo(RequisitionJson.StatusEnum.APPROVED);

        ApiClient keeper = as("storekeeper");
        RequisitionJson toIssue = new RequisitionsApi(keeper).requisitionGet(asked.getId());
        RequisitionJson issued = new RequisitionsApi(keeper).requisitionIssue(asked.getId(), new IssueForm()
                .issuedOn(TODAY).receiverName("杨佳怡").signature(Images.signature())
                .lines(List.of(new RequisitionIssueLine().lineId(toIssue.getLines().get(0).getLineId())
                        .quantity(new BigDecimal("2")))), String.valueOf(toIssue.getVersion()));
        assertThat(issued.getStatus()).isEqualTo(RequisitionJson.StatusEnum.ISSUED);
        assertThat(issued.getLines().get(0).getIssued()).isEqualByComparingTo("2");
        assertThat(new RequisitionsApi(teacher).requisitionGet(asked.getId()).getStatusLabel()).isNotBlank();
    }

    /**
     * Each step goes to whoever its rule names (the grade or department head, then the office or a leader by the amount): the
     * approvers look at the submission, and the one who may decide it approves with the version read.
     */
    private RequisitionJson approvedByWhoeverItWaitsFor(ApiClient requester, long requisition) throws ApiException {
        List<ApiClient> approvers = List.of(as("leader"), as("head"), as("director"), as("vice"), as("principal"));
        RequisitionJson now = new RequisitionsApi(requester).requisitionGet(requisition);
        for (int step = 0; step < 5 && now.getStatus() == RequisitionJson.StatusEnum.SUBMITTED; step++) {
            long request = now.getApprovalRequestId();
            boolean decided = false;
            for (ApiClient approver : approvers) {
                SubmissionJson seen = seen(approver, request);
                if (seen != null && Boolean.TRUE.equals(seen.getMayDecide())) {
                    new ApprovalsApi(approver).approvalDecide(request, new DecisionJson()
                            .decision(DecisionJson.DecisionEnum.APPROVE).comment("同意"), "\"" + seen.getVersion() + "\"");
                    decided = true;
                    break;
                }
            }
            assertThat(decided).as("someone may decide step %d", step + 1).isTrue();
            now = new RequisitionsApi(requester).requisitionGet(requisition);
        }
        return now;
    }

    private static SubmissionJson seen(ApiClient approver, long request) throws ApiException {
        try {
            return new ApprovalsApi(approver).approvalGet(request);
        } catch (ApiException notTheirs) {
            if (notTheirs.getCode() == 404) {
                return null;
            }
            throw notTheirs;
        }
    }
}
