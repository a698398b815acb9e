package org.xinfang.petition.privacy;

import static org.assertj.core.api.Assertions.assertThat;
import static org.xinfang.petition.support.Complaints.webComplaint;
import static org.xinfang.petition.support.Logins.CLERK;
import static org.xinfang.petition.support.Logins.XINGQING_HANDLER;
import static org.xinfang.petition.support.Logins.XINGQING_LEADER;

import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.DatabaseMetaData;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Types;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import javax.sql.DataSource;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.jdbc.core.JdbcTemplate;
import org.xinfang.petition.support.ApiTest;

/**
 * The complainant's personal data at rest: encrypted in its table, and nowhere else in clear (not in any other
 * table, not in process variables or their history, not in the log, not echoed by a refusal).
 */
@ExtendWith(OutputCaptureExtension.class)
class PersonalDataAtRestTest extends ApiTest {

  /** A valid resident ID number and a mobile number that no other test files. */
  static final String ID_NUMBER = "64010419800101123" + checkCharacter("64010419800101123");
  static final String MOBILE = "13700001234";

  private static final Set<Integer> TEXT = Set.of(Types.CHAR, Types.VARCHAR, Types.LONGVARCHAR, Types.CLOB,
      Types.NCHAR, Types.NVARCHAR, Types.LONGNVARCHAR, Types.NCLOB);
  private static final Set<Integer> BINARY = Set.of(Types.BINARY, Types.VARBINARY, Types.LONGVARBINARY,
      Types.BLOB);

  @Autowired
  JdbcTemplate jdbc;
  @Autowired
  DataSource dataSource;
  @Autowired
  PersonalDataCipher cipher;

  @Test
  void theComplainantIsStoredEncryptedUnderTheActiveKeyColumnByColumn() {
    String number = complaints.file(ownComplainant()).getString("trackingNumber");

    Map<String, Object> row = complainantRow(number);
    for (String column : List.of("real_name", "resident_id", "phone", "address")) {
      assertThat(row.get(column).toString()).as(column).startsWith("v2.AES-GCM.");
    }
    assertThat(cipher.decrypt("complainant.resident_id", row.get("resident_id").toString())).isEqualTo(ID_NUMBER);
    assertThat(cipher.decrypt("complainant.phone", row.get("phone").toString())).isEqualTo("+86" + MOBILE);
    assertThat(cipher.decrypt("complainant.real_name", row.get("real_name").toString())).isEqualTo("李秀英");
    assertThat(cipher.decrypt("complainant.address", row.get("address").toString()))
        .isEqualTo("宁夏银川市兴庆区文化街8号");
  }

  @Test
  void afterAWholeCaseNoTableHoldsTheIdNumberOrPhoneInClearNorDoTheProcessVariables(CapturedOutput output)
      throws SQLException {
    String number = complaints.file(ownComplainant()).getString("trackingNumber");
    complaints.dispatch(complaints.accept(number));
    complaints.act(XINGQING_HANDLER, number, "sign-for", Map.of());
    complaints.act(XINGQING_HANDLER, number, "reply",
        Map.of("text", "经调查核实，已处理。"));
    complaints.act(XINGQING_LEADER, number, "reply-approval",
        Map.of("approved", true));
    complaints.complainant(number);
    complaints.act(CLERK, number, "callback", Map.of("result", "SATISFIED"));
    assertThat(complaints.detail(number).getString("status")).isEqualTo("CLOSED");

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
            for (String value : List.of(ID_NUMBER, MOBILE)) {
              if (holds(table, column, BINARY.contains(type), value)) {
                found.add(table + "." + column);
              }
            }
            if (holds(table, column, BINARY.contains(type), number)) {
              control.add((table + "." + column).toUpperCase());
            }
          }
        }
      }
    }

    assertThat(scanned).as("the process variables, their history and byte arrays are scanned")
        .contains("ACT_RU_VARIABLE.TEXT_", "ACT_HI_VARINST.TEXT_", "ACT_HI_DETAIL.TEXT_", "ACT_GE_BYTEARRAY.BYTES_",
            "COMPLAINANT.RESIDENT_ID", "AUDIT_LOG.DETAIL", "CASE_EVENT.COMMENT");
    assertThat(control).as("the scan finds what is there: the tracking number")
        .contains("COMPLAINT.TRACKING_NUMBER", "ACT_HI_PROCINST.BUSINESS_KEY_");
    assertThat(found).as("columns holding the clear ID number or phone").isEmpty();
    assertThat(output.getAll()).doesNotContain(ID_NUMBER).doesNotContain(MOBILE).doesNotContain("李秀英");
  }

  @Test
  @SuppressWarnings("unchecked")
  void aRefusedIdNumberIsNeitherEchoedNorLogged(CapturedOutput output) {
    String wrong = ID_NUMBER.substring(0, 17) + (ID_NUMBER.endsWith("0") ? "1" : "0");
    Map<String, Object> complaint = ownComplainant();
    ((Map<String, Object>) complaint.get("complainant")).put("idNumber", wrong);
    ((Map<String, Object>) complaint.get("complainant")).put("phone", "1370000123");

    String body = api.anonymous().body(complaint).post("/complaints").then().statusCode(400).extract().asString();

    assertThat(body).contains("complainant.idNumber").contains("complainant.phone")
        .doesNotContain(wrong).doesNotContain("1370000123");
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
      return jdbc.queryForObject("select count(*)" + from + " where " + quoted + " like ?", Long.class,
          "%" + value + "%") > 0;
    }
    byte[] needle = value.getBytes(StandardCharsets.UTF_8);
    return jdbc.queryForList("select " + quoted + from + " where " + quoted + " is not null", byte[].class)
        .stream().anyMatch(bytes -> indexOf(bytes, needle) >= 0);
  }

  private boolean isMysql() {
    try (Connection connection = dataSource.getConnection()) {
      return !connection.getMetaData().getDatabaseProductName().equals("H2");
    } catch (SQLException e) {
      throw new IllegalStateException(e);
    }
  }

  private static int indexOf(byte[] haystack, byte[] needle) {
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
    return jdbc.queryForMap("select p.* from complainant p join complaint c on c.complainant_id = p.id"
        + " where c.tracking_number = ?", number);
  }

  @SuppressWarnings("unchecked")
  static Map<String, Object> ownComplainant() {
    Map<String, Object> complaint = webComplaint();
    Map<String, Object> person = (Map<String, Object>) complaint.get("complainant");
    person.put("name", "李秀英");
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
