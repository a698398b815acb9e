package org.xinfang.petition.screening;

import static org.assertj.core.api.Assertions.assertThat;
import static org.xinfang.petition.support.Complaints.webComplaintWith;
import static org.xinfang.petition.support.Logins.CLERK;
import static org.xinfang.petition.support.Logins.OPERATOR;
import static org.xinfang.petition.support.Logins.XINGQING_HANDLER;
import static org.xinfang.petition.support.Problems.invalidField;
import static org.xinfang.petition.support.Problems.problem;

import io.restassured.path.json.JsonPath;
import java.util.List;
import java.util.Map;
import org.assertj.core.api.InstanceOfAssertFactories;
import org.junit.jupiter.api.Test;
import org.xinfang.petition.support.ApiTest;
import org.xinfang.petition.support.Pages;

/** 联名, 集体 and 越级: flags set at intake, corrected by the petition office, shown and filtered in lists. */
class FlagsApiTest extends ApiTest {

    private static final String FLAGS_CHANGED = "FLAGS_CHANGED";

    @Test
    void oneDeclaredCoComplainantMakesAJointComplaint() {
        JsonPath flags =
                flagsOf(complaints.file(webComplaintWith("coComplainants", 1)).getString("trackingNumber"));

        assertThat(flags.getList("flags")).containsExactly("JOINT");
        assertThat(flags.getInt("persons")).isEqualTo(2);
        assertThat(flags.getString("setBy")).isEqualTo("intake");
    }

    @Test
    void fivePersonsMakeAGroupComplaint() {
        JsonPath flags =
                flagsOf(complaints.file(webComplaintWith("coComplainants", 4)).getString("trackingNumber"));

        assertThat(flags.getList("flags")).containsExactly("JOINT", "GROUP");
        assertThat(flags.getInt("persons")).isEqualTo(5);
    }

    @Test
    void aComplaintThatSaysHowManyJoinItIsFlaggedByItsText() {
        JsonPath flags = flagsOf(fileWithContent("我们二十三名村民联名反映：派出所对村里的盗窃案件一直不立案。"));

        assertThat(flags.getList("flags")).containsExactly("JOINT", "GROUP");
        assertThat(flags.getInt("persons")).isEqualTo(23);
    }

    @Test
    void aGroupVisitIsFlaggedAsAGroupComplaint() {
        assertThat(flagsOf(fileWithContent("村民曾集体上访，要求公安机关查处非法采砂。")).getList("flags"))
                .containsExactly("GROUP");
    }

    @Test
    void collectiveLandAndTimeSpansDoNotMakeAGroupComplaint() {
        JsonPath flags = flagsOf(fileWithContent("村集体土地被占用，报警后等了3个月无人处理。"));

        assertThat(flags.getList("flags")).isEmpty();
        assertThat(flags.getString("persons")).isNull();
    }

    @Test
    void aWalkInAtTheProvinceAboutACountyMatterIsSkipLevel() {
        assertThat(flagsOf(enter("WALK_IN", "640104", Complainants.newIdNumber()))
                        .getList("flags"))
                .containsExactly("SKIP_LEVEL");
    }

    @Test
    void aWalkInAtTheProvinceAboutACityMatterIsNotSkipLevel() {
        assertThat(flagsOf(enter("WALK_IN", "640100", Complainants.newIdNumber()))
                        .getList("flags"))
                .isEmpty();
    }

    @Test
    void aLetterToTheProvinceAboutACountyMatterIsNotSkipLevel() {
        assertThat(flagsOf(enter("LETTER", "640104", Complainants.newIdNumber()))
                        .getList("flags"))
                .isEmpty();
    }

    @Test
    void aWalkInAboutAMatterTheCountyBureauAlreadyHandledIsNotSkipLevel() {
        String person = Complainants.newIdNumber();
        complaints.dispatch(complaints.accept(complaints
                .file(Complainants.complaint(person, "民警执法态度问题", "3月5日在兴庆区某派出所办理业务时民警态度恶劣。"))
                .getString("trackingNumber")));

        assertThat(flagsOf(enter("WALK_IN", "640104", person)).getList("flags")).isEmpty();
    }

    @Test
    void theClerkCorrectsTheFlagsWithAReasonOnTheTimeline() {
        String number = complaints.file(webComplaintWith("coComplainants", 1)).getString("trackingNumber");

        JsonPath changed = api.as(CLERK)
                .body(Map.of("flags", List.of("GROUP", "JOINT"), "persons", 12, "reason", "来访时共12人到场"))
                .put("/complaints/{number}/flags", number)
                .then()
                .statusCode(200)
                .extract()
                .jsonPath();

        assertThat(changed.getList("flags")).containsExactly("JOINT", "GROUP");
        JsonPath detail = complaints.detail(number);
        assertThat(detail.getList("flags.flags")).containsExactly("JOINT", "GROUP");
        assertThat(detail.getInt("flags.persons")).isEqualTo(12);
        assertThat(detail.getString("flags.setBy")).isEqualTo(CLERK);
        assertThat(detail.getString("flags.reason")).isEqualTo("来访时共12人到场");
        assertThat(detail.getString("timeline[-1].type")).isEqualTo(FLAGS_CHANGED);
        assertThat(detail.getString("timeline[-1].actor")).isEqualTo(CLERK);
        assertThat(detail.getString("timeline[-1].comment")).isEqualTo("[JOINT] (2) → [JOINT, GROUP] (12): 来访时共12人到场");
    }

    @Test
    void theClerkClearsAFlagByLeavingItOut() {
        String number = enter("WALK_IN", "640104", Complainants.newIdNumber());

        api.as(CLERK)
                .body(Map.of("flags", List.of(), "reason", "曾在县局反映过"))
                .put("/complaints/{number}/flags", number)
                .then()
                .statusCode(200);

        assertThat(flagsOf(number).getList("flags")).isEmpty();
    }

    @Test
    void changingFlagsWithoutAReasonIsRefusedNamingIt() {
        String number = complaints.file();

        api.as(CLERK)
                .body(Map.of("flags", List.of("JOINT"), "reason", " "))
                .put("/complaints/{number}/flags", number)
                .then()
                .spec(invalidField("reason", "constraint.NotBlank"));
        assertThat(complaints.detail(number).getList("timeline.type")).doesNotContain(FLAGS_CHANGED);
    }

    @Test
    void anUnknownFlagIsRefusedNamingTheFlags() {
        api.as(CLERK)
                .body(Map.of("flags", List.of("LOUD"), "reason", "试试"))
                .put("/complaints/{number}/flags", complaints.file())
                .then()
                .spec(invalidField("flags[0]", "constraint.unreadable"));
    }

    @Test
    void aBureauMayNotChangeFlags() {
        String number = complaints.dispatched();

        api.as(XINGQING_HANDLER)
                .body(Map.of("flags", List.of("GROUP"), "reason", "人多"))
                .put("/complaints/{number}/flags", number)
                .then()
                .spec(problem(403, "access-denied"));
    }

    @Test
    void theFlagsOfAClosedCaseCannotBeChanged() {
        String number = complaints.file();
        complaints.act(CLERK, number, "triage", Map.of("decision", "NOT_ACCEPT", "reason", "不属于公安机关职责"));
        complaints.approveRefusal(number);

        api.as(CLERK)
                .body(Map.of("flags", List.of("GROUP"), "reason", "人多"))
                .put("/complaints/{number}/flags", number)
                .then()
                .spec(problem(409, "flags.case-closed"));
    }

    @Test
    void caseListsShowTheFlagsAndFilterByThem() {
        String group = complaints.file(webComplaintWith("coComplainants", 9)).getString("trackingNumber");
        String single = complaints.file();

        var groups = Pages.every(() -> api.as(CLERK).queryParam("flag", "GROUP"), "/complaints");

        assertThat(Pages.values(groups, "trackingNumber")).contains(group).doesNotContain(single);
        assertThat(Pages.values(groups, "flags"))
                .allSatisfy(flags -> assertThat(flags)
                        .asInstanceOf(InstanceOfAssertFactories.LIST)
                        .contains("GROUP"));
        assertThat((List<?>)
                        Pages.item(() -> api.as(CLERK), "/complaints", single).get("flags"))
                .isEmpty();
    }

    @Test
    void aNegativeNumberOfCoComplainantsIsRefusedNamingIt() {
        api.anonymous()
                .body(webComplaintWith("coComplainants", -1))
                .post("/complaints")
                .then()
                .spec(invalidField("coComplainants", "constraint.Min"));
    }

    private String fileWithContent(String content) {
        return complaints.file(webComplaintWith("content", content)).getString("trackingNumber");
    }

    /** An operator enters a complaint received on the channel, about a matter in the region. */
    private String enter(String channel, String region, String idNumber) {
        Map<String, Object> complaint = Complainants.complaint(idNumber, "民警执法态度问题", "3月5日在兴庆区某派出所办理业务时民警态度恶劣。");
        complaint.put("channel", channel);
        complaint.put("region", region);
        return api.as(OPERATOR)
                .body(complaint)
                .post("/complaints")
                .then()
                .statusCode(201)
                .extract()
                .jsonPath()
                .getString("trackingNumber");
    }

    private JsonPath flagsOf(String number) {
        return complaints.detail(number).setRootPath("flags");
    }
}
