package org.xinfang.petition.open311;

import static org.assertj.core.api.Assertions.assertThat;
import static org.xinfang.petition.open311.GeoReportClient.ADDRESS;
import static org.xinfang.petition.open311.GeoReportClient.NAME;
import static org.xinfang.petition.open311.GeoReportClient.exampleRequest;

import io.restassured.path.json.JsonPath;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.xinfang.petition.complaint.Cases;
import org.xinfang.petition.deadline.DeadlineView;
import org.xinfang.petition.deadline.Deadlines;
import org.xinfang.petition.support.ApiTest;
import org.xinfang.petition.support.Complaints;
import org.xinfang.petition.support.Logins;

/**
 * The public requests: open or closed by our status, the bureau responsible, the live limit as expected time,
 * filtered by id, service, status and date range; and never the complainant.
 */
class Open311RequestsApiTest extends ApiTest {

    private static final Pattern QUERY_CODE = Pattern.compile("查询码为 (\\S+)：");

    @LocalServerPort
    int port;

    @Autowired
    Cases cases;

    @Autowired
    Deadlines deadlines;

    private GeoReportClient client;
    private String apiKey;

    @BeforeEach
    void client() {
        client = new GeoReportClient(port, api);
        apiKey = client.apiKey();
    }

    @Test
    void aPublicRequestNamesNoComplainant() {
        Map<String, String> form = exampleRequest(apiKey);
        form.put("description", "路口信号灯故障，请回电13912345678或发邮件 wang.xiuying@example.cn，我是王秀英。");
        String number = client.file(form);

        for (String answer : List.of(
                client.get("/requests/" + number + ".json")
                        .statusCode(200)
                        .extract()
                        .asString(),
                client.get("/requests/" + number + ".xml")
                        .statusCode(200)
                        .extract()
                        .asString(),
                client.get("/requests.json?service_request_id=" + number)
                        .statusCode(200)
                        .extract()
                        .asString(),
                client.get("/requests.json").statusCode(200).extract().asString())) {
            assertThat(answer)
                    .contains(number)
                    .doesNotContain(NAME)
                    .doesNotContain(form.get("attribute[id_number]"))
                    .doesNotContain("13912345678")
                    .doesNotContain("wang.xiuying@example.cn")
                    .doesNotContain(ADDRESS);
        }
        JsonPath request = client.get("/requests/" + number + ".json").extract().jsonPath();
        assertThat(request.getString("[0].description"))
                .as("the matter, masked as a reply's public summary is")
                .contains("路口信号灯故障无人处理", "路口信号灯故障");
        assertThat(request.getString("[0].address")).isEqualTo("兴庆区");
    }

    @Test
    void aConfidentialCaseHasNoDescription() {
        Map<String, String> form = exampleRequest(apiKey);
        form.put("attribute[confidential]", "true");
        String number = client.file(form);

        JsonPath request = client.get("/requests/" + number + ".json")
                .statusCode(200)
                .extract()
                .jsonPath();

        assertThat(request.getString("[0].description")).isNull();
        assertThat(request.getString("[0].status")).isEqualTo("open");
    }

    @Test
    void aCaseThatAccusesAnOfficerHasNoDescriptionThoughFiledThroughOurApi() {
        String number = complaints
                .file(Complaints.webComplaintWith("accused", Map.of("unit", Logins.XINGQING, "officer", "李警官")))
                .getString("trackingNumber");

        JsonPath request = client.get("/requests/" + number + ".json")
                .statusCode(200)
                .extract()
                .jsonPath();

        assertThat(request.getString("[0].description")).isNull();
        assertThat(request.getString("[0].service_code")).isEqualTo("POLICE_CONDUCT");
    }

    @Test
    void theExpectedTimeIsTheLiveLimitAndTheAgencyTheBureauAfterDispatch() {
        String number = client.file(exampleRequest(apiKey));

        JsonPath filed = client.get("/requests/" + number + ".json").extract().jsonPath();
        assertThat(instant(filed.getString("[0].expected_datetime"))).isEqualTo(liveLimit(number));
        assertThat(filed.getString("[0].agency_responsible"))
                .as("the petition office has it before dispatch")
                .isEqualTo("自治区公安厅信访办");
        assertThat(filed.getString("[0].status_notes")).isEqualTo("待受理");

        complaints.dispatch(complaints.accept(number));

        JsonPath dispatched =
                client.get("/requests/" + number + ".json").extract().jsonPath();
        assertThat(dispatched.getString("[0].agency_responsible"))
                .isEqualTo(cases.get(number).getCurrentBureau().getNameZh())
                .isEqualTo("银川市公安局兴庆区分局");
        assertThat(instant(dispatched.getString("[0].expected_datetime")))
                .isEqualTo(liveLimit(number))
                .isNotEqualTo(instant(filed.getString("[0].expected_datetime")));
        assertThat(dispatched.getString("[0].status_notes")).isEqualTo("已派单，待签收");
        assertThat(client.open311()
                        .header("Accept-Language", "en")
                        .get("/requests/" + number + ".json")
                        .then()
                        .extract()
                        .jsonPath()
                        .getString("[0].agency_responsible"))
                .isEqualTo(cases.get(number).getCurrentBureau().getNameEn());
    }

    @Test
    void aWithdrawnCaseIsClosedAndTheStatusFilterSaysSo() {
        JsonPath filed = client.post(".json", exampleRequest(apiKey))
                .statusCode(201)
                .extract()
                .jsonPath();
        String withdrawn = filed.getString("[0].service_request_id");
        String open = client.file(exampleRequest(apiKey));
        Matcher code = QUERY_CODE.matcher(filed.getString("[0].service_notice"));
        assertThat(code.find()).isTrue();
        api.anonymous()
                .body(Map.of("trackingNumber", withdrawn, "queryCode", code.group(1)))
                .post("/lookup/withdrawal")
                .then()
                .statusCode(204);

        JsonPath closed =
                client.get("/requests/" + withdrawn + ".json").extract().jsonPath();
        assertThat(closed.getString("[0].status")).isEqualTo("closed");
        assertThat(closed.getString("[0].expected_datetime")).isNull();
        assertThat(instant(closed.getString("[0].updated_datetime")))
                .isEqualTo(cases.get(withdrawn).getClosedAt().truncatedTo(ChronoUnit.SECONDS));
        assertThat(ids("/requests.json?status=closed")).contains(withdrawn).doesNotContain(open);
        assertThat(ids("/requests.json?status=open")).contains(open).doesNotContain(withdrawn);
        assertThat(ids("/requests.json?status=open,closed")).contains(open, withdrawn);
        client.get("/requests.json?status=pending").statusCode(400);
    }

    @Test
    void theRangeIsNinetyDaysAtMostAndTheLastNinetyByDefault() {
        String number = client.file(exampleRequest(apiKey));
        Instant received = cases.get(number).getReceivedAt();

        assertThat(ids("/requests.json")).contains(number);
        assertThat(ids("/requests.json?start_date=" + w3(received.minusSeconds(60)) + "&end_date="
                        + w3(received.plusSeconds(60))))
                .contains(number);
        assertThat(ids("/requests.json?start_date=" + w3(received.minusSeconds(60))))
                .contains(number);
        assertThat(ids("/requests.json?end_date=" + w3(received.minusSeconds(60))))
                .doesNotContain(number);
        assertThat(ids("/requests.json?start_date=2020-01-01T00:00:00Z&end_date=2020-03-01T00:00:00Z"))
                .doesNotContain(number);
        assertThat(client.get("/requests.json?start_date=2020-01-01T00:00:00Z&end_date=2020-06-01T00:00:00Z")
                        .statusCode(400)
                        .extract()
                        .jsonPath()
                        .getString("[0].description"))
                .contains("90");
        client.get("/requests.json?start_date=yesterday").statusCode(400);
        client.get("/requests.json?start_date=2020-03-01T00:00:00Z&end_date=2020-01-01T00:00:00Z")
                .statusCode(400);
    }

    @Test
    void theServiceFilterAndTheIdsThatOverrideEveryOtherArgument() {
        String traffic = client.file(exampleRequest(apiKey));
        Map<String, String> other = exampleRequest(apiKey);
        other.put("service_code", "EXIT_ENTRY");
        String exitEntry = client.file(other);

        assertThat(ids("/requests.json?service_code=TRAFFIC")).contains(traffic).doesNotContain(exitEntry);
        assertThat(ids("/requests.json?service_code=TRAFFIC,EXIT_ENTRY")).contains(traffic, exitEntry);
        assertThat(ids("/requests.json?service_request_id=" + traffic + "," + exitEntry
                        + "&start_date=2020-01-01T00:00:00Z&end_date=2020-02-01T00:00:00Z&status=closed"))
                .containsExactlyInAnyOrder(traffic, exitEntry);
        client.get("/requests.json?service_code=POTHOLE").statusCode(404);
    }

    private List<String> ids(String path) {
        return client.get(path).statusCode(200).extract().jsonPath().getList("service_request_id");
    }

    private Instant liveLimit(String number) {
        return deadlines
                .current(cases.get(number))
                .map(DeadlineView::dueAt)
                .orElseThrow()
                .truncatedTo(ChronoUnit.SECONDS);
    }

    private static Instant instant(String w3) {
        return OffsetDateTime.parse(w3).toInstant();
    }

    private static String w3(Instant instant) {
        return instant.truncatedTo(ChronoUnit.SECONDS).toString();
    }
}
