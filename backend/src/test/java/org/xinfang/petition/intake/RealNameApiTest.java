package org.xinfang.petition.intake;

import static org.assertj.core.api.Assertions.assertThat;
import static org.xinfang.petition.support.Complaints.webComplaint;
import static org.xinfang.petition.support.Problems.invalidField;

import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.xinfang.petition.support.ApiTest;

/** The complainant's real-name details at filing: checked with a precise reason, kept normalised, sex and age read. */
class RealNameApiTest extends ApiTest {

    @Test
    void theCaseDetailShowsTheSexAndAgeThatTheIdNumberTells() {
        String woman = fileWith(Map.of("idNumber", "11010519491231002X"));
        String man = fileWith(Map.of("idNumber", "440524198001010013"));

        // on the pinned day of the tests, 2026-06-01
        var detail = complaints.detail(woman);
        assertThat(detail.getString("complainant.sex")).isEqualTo("FEMALE");
        assertThat(detail.getInt("complainant.age")).isEqualTo(76);
        detail = complaints.detail(man);
        assertThat(detail.getString("complainant.sex")).isEqualTo("MALE");
        assertThat(detail.getInt("complainant.age")).isEqualTo(46);
    }

    @Test
    void aLowercaseXIsKeptAsAnUpperCaseX() {
        String number = fileWith(Map.of("idNumber", "11010519491231002x"));

        assertThat(complaints.complainant(number).getString("idNumber")).isEqualTo("11010519491231002X");
    }

    @Test
    void phonesAreKeptInE164HoweverTheyWereTyped() {
        String mobile = fileWith(Map.of("phone", "138 1234 5678"));
        String international = fileWith(Map.of("phone", "+86 13812345678"));
        String landline = fileWith(Map.of("phone", "0951-1234567"));

        assertThat(complaints.complainant(mobile).getString("phone")).isEqualTo("+8613812345678");
        assertThat(complaints.complainant(international).getString("phone")).isEqualTo("+8613812345678");
        assertThat(complaints.complainant(landline).getString("phone")).isEqualTo("+869511234567");
    }

    @Test
    void aMinorityNameKeepsItsMiddleDotHoweverItWasTyped() {
        String number = fileWith(Map.of("name", "买买提・艾力"));

        assertThat(complaints.complainant(number).getString("name")).isEqualTo("买买提·艾力");
    }

    static Stream<Arguments> wrongDetails() {
        return Stream.of(
                Arguments.of("idNumber", "11010519491231002", "constraint.ResidentId.shape"),
                Arguments.of("idNumber", "110105194913320027", "constraint.ResidentId.birth-date"),
                Arguments.of("idNumber", "640104202606020010", "constraint.ResidentId.future-birth-date"),
                Arguments.of("idNumber", "640104190506010012", "constraint.ResidentId.implausible-birth-date"),
                Arguments.of("idNumber", "110105194912310021", "constraint.ResidentId.check-character"),
                Arguments.of("phone", "12812345678", "constraint.Phone.invalid"),
                Arguments.of("phone", "1381234567", "constraint.Phone.too-short"),
                Arguments.of("phone", "+1 650 253 0000", "constraint.Phone.not-mainland"),
                Arguments.of("phone", "400-810-8888", "constraint.Phone.not-mobile-or-landline"),
                // Read as a keypad would (abcd = 2223), it would be kept as +8613812342223.
                Arguments.of("phone", "1381234abcd", "constraint.Phone.characters"),
                Arguments.of("phone", "13812345678 ext. 9", "constraint.Phone.characters"),
                Arguments.of("name", "张伟2", "constraint.PersonName.characters"),
                Arguments.of("name", "张", "constraint.PersonName.length"),
                Arguments.of("name", "·买买提", "constraint.PersonName.separator"),
                Arguments.of("address", "宁夏银川", "constraint.HomeAddress.length"),
                Arguments.of("address", "宁夏银川市\n兴庆区解放街1号", "constraint.HomeAddress.characters"),
                Arguments.of("address", "宁夏银川市\u202E兴庆区解放街1号", "constraint.HomeAddress.characters"),
                Arguments.of("email", "zhang\u202Ewei@example.cn", "constraint.PlainText.characters"));
    }

    @ParameterizedTest(name = "{0} = {1}: {2}")
    @MethodSource("wrongDetails")
    void aWrongDetailIsRefusedNamingItsFieldAndWhatIsWrongAndWritesNothing(String field, String value, String code) {
        var before = rowCounts();

        api.anonymous()
                .body(complaintWith(Map.of(field, value)))
                .post("/complaints")
                .then()
                .spec(invalidField("complainant." + field, code));

        assertThat(rowCounts()).isEqualTo(before);
    }

    private String fileWith(Map<String, String> details) {
        return complaints.file(complaintWith(details)).getString("trackingNumber");
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> complaintWith(Map<String, String> details) {
        Map<String, Object> complaint = webComplaint();
        ((Map<String, Object>) complaint.get("complainant")).putAll(details);
        return complaint;
    }
}
