package org.xinfang.petition.privacy;

import static org.assertj.core.api.Assertions.assertThat;
import static org.xinfang.petition.support.Complaints.webComplaint;
import static org.xinfang.petition.support.Logins.CLERK;
import static org.xinfang.petition.support.Logins.XINGQING_HANDLER;
import static org.xinfang.petition.support.Logins.XINGQING_LEADER;

import io.restassured.path.json.JsonPath;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DatabaseMetaData;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Types;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;
import javax.sql.DataSource;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.jdbc.core.JdbcTemplate;
import org.xinfang.petition.support.ApiTest;
import org.xinfang.petition.support.Uploads;
import org.xinfang.petition.support.Uploads.Upload;

/**
 * The complainant's personal data at rest: encrypted in its table, and nowhere else in clear (not in any other
 * table, not in process variables or their history, not in the files of the attachment store or their extracted
 * text, not in the log, not echoed by a refusal).
 */
@ExtendWith(OutputCaptureExtension.class)
class PersonalDataAtRestTest extends ApiTest {

    /** A valid resident ID number and a mobile number that no other test files. */
    static final String ID_NUMBER = "64010419800101123" + checkCharacter("64010419800101123");

    static final String MOBILE = "13700001234";
    static final String NAME = "李秀英";
    /** What must never be found in clear: the ID number, the phone as typed and in E.164, the name. */
    private static final List<String> SECRETS = List.of(ID_NUMBER, MOBILE, "+86" + MOBILE, NAME);
    /** The complainant's letter, filed with the complaint, and the copy of the ID card supplied when asked. */
    private static final byte[] LETTER =
            bytes("信访人" + NAME + "，身份证号码" + ID_NUMBER + "，联系电话" + MOBILE + "（+86" + MOBILE + "），住址宁夏银川市兴庆区文化街8号。");

    private static final byte[] SUPPLIED = bytes("居民身份证 姓名 " + NAME + " 公民身份号码 " + ID_NUMBER);

    private static final Set<Integer> TEXT = Set.of(
            Types.CHAR,
            Types.VARCHAR,
            Types.LONGVARCHAR,
            Types.CLOB,
            Types.NCHAR,
            Types.NVARCHAR,
            Types.LONGNVARCHAR,
            Types.NCLOB);
    private static final Set<Integer> BINARY = Set.of(Types.BINARY, Types.VARBINARY, Types.LONGVARBINARY, Types.BLOB);

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    DataSource dataSource;

    @Autowired
    PersonalDataCipher cipher;

    @Value("${petition.attachments.dir}")
    Path attachmentStoreDir;

    @Test
    void theComplainantIsStoredEncryptedUnderTheActiveKeyColumnByColumn() {
        String number = complaints.file(ownComplainant()).getString("trackingNumber");

        Map<String, Object> row = complainantRow(number);
        for (String column : List.of("real_name", "resident_id", "phone", "address")) {
            assertThat(row.get(column).toString()).as(column).startsWith("v2.AES-GCM.");
        }
        assertThat(cipher.decrypt(
                        "complainant.resident_id", row.get("resident_id").toString()))
                .isEqualTo(ID_NUMBER);
        assertThat(cipher.decrypt("complainant.phone", row.get("phone").toString()))
                .isEqualTo("+86" + MOBILE);
        assertThat(cipher.decrypt("complainant.real_name", row.get("real_name").toString()))
                .isEqualTo(NAME);
        assertThat(cipher.decrypt("complainant.address", row.get("address").toString()))
                .isEqualTo("宁夏银川市兴庆区文化街8号");
    }

    @Test
    void afterAWholeCaseWithFilesNoTableAndNoStoredFileHoldsTheComplainantInClear(CapturedOutput output)
            throws SQLException, IOException {
        JsonPath filed = Uploads.fileWith(
                        api.anonymous(), ownComplainant(), List.of(new Upload(NAME + "的投诉信.txt", LETTER)))
                .statusCode(201)
                .extract()
                .jsonPath();
        String number = filed.getString("trackingNumber");
        complaints.dispatch(complaints.accept(number));
        complaints.act(XINGQING_HANDLER, number, "sign-for", Map.of());
        complaints.act(XINGQING_HANDLER, number, "material-requests", Map.of("what", "请提供身份证复印件"));
        Uploads.supply(api.anonymous(), number, filed.getString("queryCode"), List.of(new Upload("身份证.txt", SUPPLIED)))
                .statusCode(204);
        complaints.act(XINGQING_HANDLER, number, "reply", Map.of("text", "经调查核实，已处理。"));
        complaints.act(XINGQING_LEADER, number, "reply-approval", Map.of("approved", true));
        complaints.complainant(number);
        complaints.act(CLERK, number, "callback", Map.of("result", "SATISFIED"));
        assertThat(complaints.detail(number).getString("status")).isEqualTo("CLOSED");
        assertThat(complaints.detail(number).getList("attachments.purpose")).containsExactly("INTAKE", "SUPPLEMENT");

        List<String> scanned = new ArrayList<>();
        List<String> found = new ArrayList<>();
        List<String> control = new ArrayList<>();
        try (Connection connection = dataSource.getConnection()) {
            DatabaseMetaData meta = connection.getMetaData();
            try (ResultSet columns = meta.getColumns(connection.getCatalog(), connection.getSchema(), "%", "%")) {
                while (columns.next()) {
                    String table = columns.getString("TABLE_NAME");
                    String column = columns.getString("COLUMN_NAME");
                    int type = columns.getInt("DATA_TYPE");
                    if (TEXT.contains(type) || BINARY.contains(type)) {
                        scanned.add((table + "." + column).toUpperCase());
                        for (String value : SECRETS) {
                            if (holds(table, column, BINARY.contains(type), value)) {
                                found.add(table + "." + column + " holds " + SECRETS.indexOf(value));
                            }
                        }
                        if (holds(table, column, BINARY.contains(type), number)) {
                            control.add((table + "." + column).toUpperCase());
                        }
                    }
                }
            }
        }

        assertThat(scanned)
                .as("the process variables, their history and byte arrays are scanned")
                .contains(
                        "ACT_RU_VARIABLE.TEXT_",
                        "ACT_HI_VARINST.TEXT_",
                        "ACT_HI_DETAIL.TEXT_",
                        "ACT_GE_BYTEARRAY.BYTES_",
                        "COMPLAINANT.RESIDENT_ID",
                        "AUDIT_LOG.DETAIL",
                        "CASE_EVENT.COMMENT",
                        "ATTACHMENT.EXTRACTED_TEXT",
                        "ATTACHMENT.ORIGINAL_NAME");
        assertThat(control)
                .as("the scan finds what is there: the tracking number")
                .contains("COMPLAINT.TRACKING_NUMBER", "ACT_HI_PROCINST.BUSINESS_KEY_");
        assertThat(found)
                .as("columns holding the clear name, ID number or phone")
                .isEmpty();
        assertThat(filesHoldingASecret())
                .as("files of the attachment store holding one in clear")
                .isEmpty();
        assertThat(output.getAll())
                .doesNotContain(ID_NUMBER)
                .doesNotContain(MOBILE)
                .doesNotContain(NAME);
    }

    /**
     * Every file under the attachment store (the stored files and the scratch area), searched for each secret in
     * UTF-8; the uploads themselves hold all of them, so the search would find them there.
     */
    private List<String> filesHoldingASecret() throws IOException {
        for (String secret : SECRETS) {
            assertThat(indexOf(concat(LETTER, SUPPLIED), bytes(secret)))
                    .as("the control: uploads hold " + secret)
                    .isGreaterThanOrEqualTo(0);
        }
        List<String> holding = new ArrayList<>();
        List<Path> files;
        try (Stream<Path> walk = Files.walk(attachmentStoreDir)) {
            files = walk.filter(Files::isRegularFile).toList();
        }
        assertThat(files).as("the store holds the case's files").hasSizeGreaterThanOrEqualTo(2);
        for (Path file : files) {
            byte[] content = Files.readAllBytes(file);
            SECRETS.stream()
                    .filter(secret -> indexOf(content, bytes(secret)) >= 0)
                    .forEach(secret -> holding.add(file + " holds " + SECRETS.indexOf(secret)));
        }
        return holding;
    }

    @Test
    @SuppressWarnings("unchecked")
    void aRefusedIdNumberIsNeitherEchoedNorLogged(CapturedOutput output) {
        String wrong = ID_NUMBER.substring(0, 17) + (ID_NUMBER.endsWith("0") ? "1" : "0");
        Map<String, Object> complaint = ownComplainant();
        ((Map<String, Object>) complaint.get("complainant")).put("idNumber", wrong);
        ((Map<String, Object>) complaint.get("complainant")).put("phone", "1370000123");

        String body = api.anonymous()
                .body(complaint)
                .post("/complaints")
                .then()
                .statusCode(400)
                .extract()
                .asString();

        assertThat(body)
                .contains("complainant.idNumber")
                .contains("complainant.phone")
                .doesNotContain(wrong)
                .doesNotContain("1370000123");
        assertThat(output.getAll()).doesNotContain(wrong).doesNotContain("1370000123");
    }

    private boolean holds(String table, String column, boolean binary, String value) {
        String quoted = "\"" + table + "\".\"" + column + "\"";
        String from = " from \"" + table + "\"";
        if (isMysql()) {
            quoted = "`" + table + "`.`" + column + "`";
            from = " from `" + table + "`";
        }
        if (!binary) {
            return jdbc.queryForObject(
                            "select count(*)" + from + " where " + quoted + " like ?", Long.class, "%" + value + "%")
                    > 0;
        }
        byte[] needle = bytes(value);
        return jdbc.queryForList("select " + quoted + from + " where " + quoted + " is not null", byte[].class).stream()
                .anyMatch(bytes -> indexOf(bytes, needle) >= 0);
    }

    private boolean isMysql() {
        try (Connection connection = dataSource.getConnection()) {
            return !connection.getMetaData().getDatabaseProductName().equals("H2");
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    private static byte[] bytes(String text) {
        return text.getBytes(StandardCharsets.UTF_8);
    }

    static byte[] concat(byte[] first, byte[] second) {
        byte[] both = Arrays.copyOf(first, first.length + second.length);
        System.arraycopy(second, 0, both, first.length, second.length);
        return both;
    }

    static int indexOf(byte[] haystack, byte[] needle) {
        outer:
        for (int i = 0; i <= haystack.length - needle.length; i++) {
            for (int j = 0; j < needle.length; j++) {
                if (haystack[i + j] != needle[j]) {
                    continue outer;
                }
            }
            return i;
        }
        return -1;
    }

    private Map<String, Object> complainantRow(String number) {
        return jdbc.queryForMap(
                "select p.* from complainant p join complaint c on c.complainant_id = p.id"
                        + " where c.tracking_number = ?",
                number);
    }

    @SuppressWarnings("unchecked")
    static Map<String, Object> ownComplainant() {
        Map<String, Object> complaint = webComplaint();
        Map<String, Object> person = (Map<String, Object>) complaint.get("complainant");
        person.put("name", NAME);
        person.put("idNumber", ID_NUMBER);
        person.put("phone", MOBILE);
        person.put("address", "宁夏银川市兴庆区文化街8号");
        return complaint;
    }

    /** GB 11643-1999: ISO 7064 MOD 11-2 over the first 17 characters. */
    static String checkCharacter(String first17) {
        int[] weights = {7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2};
        int sum = 0;
        for (int i = 0; i < 17; i++) {
            sum += (first17.charAt(i) - '0') * weights[i];
        }
        return String.valueOf("10X98765432".charAt(sum % 11));
    }
}
