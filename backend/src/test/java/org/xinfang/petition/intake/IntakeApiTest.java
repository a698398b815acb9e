package org.xinfang.petition.intake;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.matchesPattern;
import static org.xinfang.petition.support.Complaints.webComplaint;
import static org.xinfang.petition.support.Complaints.webComplaintWith;
import static org.xinfang.petition.support.Problems.invalid;
import static org.xinfang.petition.support.Problems.invalidField;

import java.time.Clock;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.xinfang.petition.privacy.BlindIndex;
import org.xinfang.petition.support.ApiTest;
import org.xinfang.petition.support.Logins;

class IntakeApiTest extends ApiTest {

    /** The tracking numbers' and query codes' alphabet: no 0/O, 1/I/L. */
    private static final String READABLE = "[2-9A-HJ-NP-Z]";

    @Autowired
    Clock clock;

    @Autowired
    BlindIndex blindIndex;

    @Autowired
    JdbcTemplate jdbc;

    @Test
    void aCitizenFilesAComplaintAndGetsATrackingNumberAndAQueryCode() {
        String today = LocalDate.now(clock).format(DateTimeFormatter.BASIC_ISO_DATE);

        var filed = api.anonymous()
                .body(webComplaint())
                .post("/complaints")
                .then()
                .statusCode(201)
                .body("trackingNumber", matchesPattern("XF" + today + "-640104-" + READABLE + "{6}"))
                .body("queryCode", matchesPattern(READABLE + "{8}"))
                .extract();

        String number = filed.path("trackingNumber");
        assertThat(filed.header("Location")).endsWith("/api/v1/complaints/" + number);
        var detail = complaints.detail(number);
        assertThat(detail.getString("status")).isEqualTo("PENDING_TRIAGE");
        assertThat(detail.getString("channel")).isEqualTo("WEB");
        assertThat(detail.getString("urgency")).isEqualTo("NORMAL");
        assertThat(detail.getString("filedBy")).isNull();
        assertThat(detail.getList("timeline.type")).containsExactly("REGISTERED");
    }

    @Test
    void theLocationOfAFiledComplaintIsItsCaseRecord() {
        String location = api.anonymous()
                .body(webComplaint())
                .post("/complaints")
                .then()
                .statusCode(201)
                .extract()
                .header("Location");

        api.as(Logins.CLERK).basePath("").get(location).then().statusCode(200);
    }

    static Stream<Arguments> invalidFilings() {
        return Stream.of(
                Arguments.of("complainant.name", null, "constraint.NotBlank"),
                Arguments.of("complainant.name", "   ", "constraint.NotBlank"),
                Arguments.of("complainant.name", "张".repeat(51), "constraint.PersonName.length"),
                // Check character wrong: the valid number ends in X.
                Arguments.of("complainant.idNumber", "110105194912310021", "constraint.ResidentId.check-character"),
                // Right check character, but 30 February.
                Arguments.of("complainant.idNumber", "110105194902300020", "constraint.ResidentId.birth-date"),
                // Right check character, but born in 2099.
                Arguments.of("complainant.idNumber", "640104209912310018", "constraint.ResidentId.future-birth-date"),
                Arguments.of("complainant.idNumber", null, "constraint.NotBlank"),
                Arguments.of("complainant.phone", "12345", "constraint.Phone.too-short"),
                Arguments.of("complainant.address", "", "constraint.NotBlank"),
                Arguments.of("complainant", null, "constraint.NotNull"),
                Arguments.of("region", "999999", "constraint.unknown-region"),
                Arguments.of("region", null, "constraint.NotBlank"),
                Arguments.of("category", "NOT_A_CATEGORY", "constraint.unreadable"),
                Arguments.of("category", null, "constraint.NotNull"),
                Arguments.of("urgency", "VERY", "constraint.unreadable"),
                Arguments.of("channel", "FAX", "constraint.unreadable"),
                Arguments.of("subject", "题".repeat(201), "constraint.Size"),
                Arguments.of("subject", " ", "constraint.NotBlank"),
                Arguments.of("content", "容".repeat(8001), "constraint.Size"),
                // Only an operator may enter what came in by phone, letter, mailbox or at the window.
                Arguments.of("channel", "HOTLINE", "constraint.channel-requires-operator"));
    }

    @ParameterizedTest(name = "{0} = {1}")
    @MethodSource("invalidFilings")
    void aFilingWithAnInvalidFieldIsRefusedNamingTheFieldAndWritesNothing(String field, Object value, String code) {
        var before = rowCounts();

        api.anonymous()
                .body(webComplaintWith(field, value))
                .post("/complaints")
                .then()
                .spec(invalidField(field, code));

        assertThat(rowCounts()).isEqualTo(before);
    }

    @Test
    void aFilingWithSeveralInvalidFieldsNamesEachOfThem() {
        Map<String, Object> complaint = webComplaintWith("complainant.phone", "not a phone");
        complaint.put("subject", "");

        api.anonymous().body(complaint).post("/complaints").then().spec(invalid("complainant.phone", "subject"));
    }

    @Test
    void aMalformedJsonBodyIsRefusedAsTheBody() {
        var before = rowCounts();

        api.anonymous()
                .body("{\"complainant\": {\"name\": ")
                .post("/complaints")
                .then()
                .spec(invalidField("body", "constraint.malformed-body"));

        assertThat(rowCounts()).isEqualTo(before);
    }

    @Test
    void anOperatorEntersAHotlineComplaintUnderTheirName() {
        var complaint = webComplaintWith("channel", "HOTLINE");

        String number = api.as(Logins.OPERATOR)
                .body(complaint)
                .post("/complaints")
                .then()
                .statusCode(201)
                .extract()
                .path("trackingNumber");

        var detail = complaints.detail(number);
        assertThat(detail.getString("channel")).isEqualTo("HOTLINE");
        assertThat(detail.getString("filedBy")).isEqualTo(Logins.OPERATOR);
    }

    @Test
    void aBureauHandlerMayNotEnterAHotlineComplaint() {
        api.as(Logins.XINGQING_HANDLER)
                .body(webComplaintWith("channel", "HOTLINE"))
                .post("/complaints")
                .then()
                .spec(invalidField("channel", "constraint.channel-requires-operator"));
    }

    @Test
    void aWrongPasswordOnTheOpenFilingEndpointIsRefusedRatherThanFiledAnonymously() {
        var before = rowCounts();

        api.anonymous()
                .auth()
                .preemptive()
                .basic(Logins.OPERATOR, "wrong")
                .body(webComplaintWith("channel", "HOTLINE"))
                .post("/complaints")
                .then()
                .statusCode(401);

        assertThat(rowCounts()).isEqualTo(before);
    }

    @Test
    void rareCharactersOutsideTheBasicPlaneSurviveTheRoundTrip() {
        // 𠀀 and 𠮷 (CJK Extension B) take four bytes in UTF-8: the database must store utf8mb4.
        Map<String, Object> complaint = webComplaintWith("complainant.name", "𠀀𠮷明");
        complaint.put("subject", "关于𠮷野家门前停车问题");

        String number = complaints.file(complaint).getString("trackingNumber");

        var detail = complaints.detail(number);
        assertThat(complaints.complainant(number).getString("name")).isEqualTo("𠀀𠮷明");
        assertThat(detail.getString("complainant.name")).isEqualTo("𠀀**");
        assertThat(detail.getString("subject")).isEqualTo("关于𠮷野家门前停车问题");
    }

    @Test
    void theComplainantIsIndexedByKeyedHashesOfTheIdNumberAndPhoneNotByTheValues() {
        String number = complaints
                .file(webComplaintWith("complainant.idNumber", "11010519491231002x"))
                .getString("trackingNumber");

        Map<String, Object> row = jdbc.queryForMap(
                "select p.resident_id_index, p.phone_index from complainant p"
                        + " join complaint c on c.complainant_id = p.id where c.tracking_number = ?",
                number);
        assertThat(row.get("resident_id_index")).isEqualTo(blindIndex.of(BlindIndex.RESIDENT_ID, "11010519491231002X"));
        assertThat(row.get("phone_index")).isEqualTo(blindIndex.of(BlindIndex.PHONE, "+8613812345678"));
        assertThat(blindIndex.of(BlindIndex.RESIDENT_ID, "11010519491231002X"))
                .hasSize(64)
                .isNotEqualTo(blindIndex.of(BlindIndex.PHONE, "11010519491231002X"));
    }

    @Test
    void surroundingWhitespaceIsStripped() {
        String number =
                complaints.file(webComplaintWith("complainant.name", "  李四 ")).getString("trackingNumber");

        assertThat(complaints.complainant(number).getString("name")).isEqualTo("李四");
    }

    @Test
    void anUrgentComplaintIsRecordedAsUrgent() {
        String number = complaints.file(webComplaintWith("urgency", "URGENT")).getString("trackingNumber");

        assertThat(complaints.detail(number).getString("urgency")).isEqualTo("URGENT");
    }
}
