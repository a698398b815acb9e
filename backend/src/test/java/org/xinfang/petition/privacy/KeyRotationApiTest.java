package org.xinfang.petition.privacy;

import static org.assertj.core.api.Assertions.assertThat;
import static org.xinfang.petition.support.Logins.ADMIN;
import static org.xinfang.petition.support.Logins.CLERK;
import static org.xinfang.petition.support.Problems.invalidField;

import io.restassured.path.json.JsonPath;
import java.sql.Connection;
import java.util.List;
import java.util.Map;
import javax.sql.DataSource;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.xinfang.petition.support.ApiTest;

/**
 * 密钥轮换: values under an older key version (or, before encryption at rest, in clear) are re-encrypted under the
 * active one, blind indexes recomputed, in batches; a second run has nothing left to do.
 */
class KeyRotationApiTest extends ApiTest {

    private static final List<String> COLUMNS = List.of("real_name", "resident_id", "phone", "address");

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    DataSource dataSource;

    @Autowired
    DataKeys keys;

    @Autowired
    BlindIndex blindIndex;

    @Autowired
    Resealing resealing;

    @Autowired
    List<ProtectedColumn> protectedColumns;

    @Test
    void aRotationMovesEveryValueFromTheOldKeyToTheActiveOneAndTheCaseReadsTheSame() {
        String number = complaints.file();
        PersonalDataCipher underVersion1 =
                new PersonalDataCipher(new DataKeys(keys.all(), 1, keys.indexKey()), CipherAlgorithm.AES_256_GCM);
        Map<String, Object> clear = clearValues(number);
        long id = complainantId(number);
        for (String column : COLUMNS) {
            jdbc.update(
                    "update complainant set " + column + " = ? where id = ?",
                    underVersion1.encrypt(
                            "complainant." + column, clear.get(column).toString()),
                    id);
        }
        jdbc.update("update complainant set resident_id_index = null, phone_index = 'stale' where id = ?", id);
        // The messages to the complainant keep the recipient under the same keys
        jdbc.update(
                "update message_outbox set recipient = ? where tracking_number = ?",
                underVersion1.encrypt("message_outbox.recipient", "+8613812345678"),
                number);
        assertThat(complaints.complainant(number).getString("idNumber"))
                .as("old versions stay readable")
                .isEqualTo("11010519491231002X");

        JsonPath report = rotate(2);

        assertThat(report.getInt("keyVersion")).isEqualTo(2);
        assertThat(report.getList("columns.column"))
                .contains(
                        "complainant.real_name", "complainant.resident_id", "complainant.phone", "complainant.address");
        assertThat(report.getLong("columns.find { it.column == 'complainant.phone' }.reencrypted"))
                .isPositive();
        assertThat(report.getLong("columns.find { it.column == 'complainant.phone' }.reindexed"))
                .isPositive();
        Map<String, Object> row = jdbc.queryForMap("select * from complainant where id = ?", id);
        for (String column : COLUMNS) {
            assertThat(row.get(column).toString()).as(column).startsWith("v2.AES-GCM.");
        }
        assertThat(row.get("resident_id_index")).isEqualTo(blindIndex.of(BlindIndex.RESIDENT_ID, "11010519491231002X"));
        assertThat(row.get("phone_index")).isEqualTo(blindIndex.of(BlindIndex.PHONE, "+8613812345678"));
        assertThat(clearValues(number)).isEqualTo(clear);
        assertThat(jdbc.queryForList(
                        "select recipient from message_outbox where tracking_number = ?", String.class, number))
                .isNotEmpty()
                .allSatisfy(recipient -> assertThat(recipient).startsWith("v2.AES-GCM."));
        assertThat(report.getList("columns.column"))
                .contains("message_outbox.recipient", "message_contact.email", "consultation.asker_name");
        assertThat(jdbc.queryForObject(
                        "select count(*) from audit_log where action = 'PERSONAL_DATA_ROTATED'" + " and actor = ?",
                        Integer.class,
                        ADMIN))
                .isPositive();

        JsonPath again = rotate(500);
        assertThat(again.getLong("columns.sum { it.reencrypted + it.sealed + it.reindexed }"))
                .as("nothing left")
                .isZero();
    }

    @Test
    void valuesKeptInClearBeforeEncryptionAtRestAreSealedAndIndexed() throws Exception {
        String number = complaints.file();
        Map<String, Object> clear = clearValues(number);
        long id = complainantId(number);
        for (String column : COLUMNS) {
            jdbc.update("update complainant set " + column + " = ? where id = ?", clear.get(column), id);
        }
        jdbc.update("update complainant set resident_id_index = null, phone_index = null where id = ?", id);

        resealComplainants();

        Map<String, Object> row = jdbc.queryForMap("select * from complainant where id = ?", id);
        for (String column : COLUMNS) {
            assertThat(row.get(column).toString())
                    .as(column)
                    .startsWith("v2.AES-GCM.")
                    .doesNotContain(clear.get(column).toString());
        }
        assertThat(row.get("resident_id_index")).isEqualTo(blindIndex.of(BlindIndex.RESIDENT_ID, "11010519491231002X"));
        assertThat(row.get("phone_index")).isEqualTo(blindIndex.of(BlindIndex.PHONE, "+8613812345678"));
        assertThat(clearValues(number)).isEqualTo(clear);
    }

    @Test
    void anErasedValueKeepsTheIndexItHasForItCannotBeComputedAgain() throws Exception {
        String number = complaints.file();
        long id = complainantId(number);
        // as retention leaves a case closed for good (三级终结): no number, no phone, the number's keyed hash kept
        String keptHash = blindIndex.of(BlindIndex.RESIDENT_ID, "11010519491231002X");
        jdbc.update(
                "update complainant set resident_id = '', phone = '', resident_id_index = ?, phone_index = null"
                        + " where id = ?",
                keptHash,
                id);

        resealComplainants();

        Map<String, Object> row = jdbc.queryForMap("select * from complainant where id = ?", id);
        assertThat(row.get("resident_id").toString()).as("sealed, empty").startsWith("v2.AES-GCM.");
        assertThat(row.get("resident_id_index")).isEqualTo(keptHash);
        assertThat(row.get("phone_index")).isNull();
    }

    @Test
    void onlyAdministratorsRotateAndInBatchesOfSensibleSize() {
        api.as(CLERK).post("/admin/privacy/rotation").then().statusCode(403);
        api.as(ADMIN)
                .queryParam("batchSize", 0)
                .post("/admin/privacy/rotation")
                .then()
                .spec(invalidField("batchSize", "privacy.batch-size"));
    }

    /** What the migration V16.1 runs on the rows of an earlier version. */
    private void resealComplainants() throws Exception {
        try (Connection connection = dataSource.getConnection()) {
            resealing.resealAll(
                    connection,
                    protectedColumns.stream()
                            .filter(column -> column.table().equals("complainant"))
                            .toList(),
                    3);
        }
    }

    private JsonPath rotate(int batchSize) {
        return api.as(ADMIN)
                .queryParam("batchSize", batchSize)
                .post("/admin/privacy/rotation")
                .then()
                .statusCode(200)
                .extract()
                .jsonPath();
    }

    private Map<String, Object> clearValues(String number) {
        JsonPath full = complaints.complainant(number);
        return Map.of(
                "real_name",
                full.getString("name"),
                "resident_id",
                full.getString("idNumber"),
                "phone",
                full.getString("phone"),
                "address",
                full.getString("address"));
    }

    private long complainantId(String number) {
        return jdbc.queryForObject(
                "select complainant_id from complaint where tracking_number = ?", Long.class, number);
    }
}
