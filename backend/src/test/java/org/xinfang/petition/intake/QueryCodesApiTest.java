package org.xinfang.petition.intake;

import static org.assertj.core.api.Assertions.assertThat;
import static org.xinfang.petition.support.Problems.problem;

import io.restassured.response.ValidatableResponse;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.xinfang.petition.support.ApiTest;
import org.xinfang.petition.support.Complaints;

/**
 * A complaint's query code is kept as a keyed hash; a code kept before as a BCrypt password hash still opens its
 * case and is kept in the keyed form from its first successful use on.
 */
class QueryCodesApiTest extends ApiTest {

    private static final String OLD_CODE = "K7M3QDHX";

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    PasswordEncoder passwordEncoder;

    @Test
    void aNewQueryCodeIsKeptKeyedAndOpensItsCase() {
        var filed = complaints.file(Complaints.webComplaint());
        String number = filed.getString("trackingNumber");
        String code = filed.getString("queryCode");

        assertThat(storedHash(number)).startsWith("{hmac}").doesNotContain(code).hasSize("{hmac}".length() + 64);
        lookup(number, code).statusCode(200);
    }

    @Test
    void aQueryCodeKeptAsBcryptStillOpensItsCaseAndIsRehashedKeyed() {
        String number = complaints.file();
        keepTheOldWay(number);
        long version = version(number);

        lookup(number, OLD_CODE).statusCode(200);

        assertThat(storedHash(number)).startsWith("{hmac}");
        assertThat(version(number)).as("re-hashing is not an edit of the case").isEqualTo(version);
        lookup(number, OLD_CODE).statusCode(200);
    }

    @Test
    void aWrongCodeForACaseKeptTheOldWayIsAnUnknownNumberAndChangesNothing() {
        String number = complaints.file();
        String old = keepTheOldWay(number);

        String wrong = lookup(number, "WRONGCOD")
                .spec(problem(404, "lookup.not-found"))
                .extract()
                .asString();

        assertThat(wrong)
                .isEqualTo(lookup(Complaints.UNKNOWN_NUMBER, OLD_CODE)
                        .spec(problem(404, "lookup.not-found"))
                        .extract()
                        .asString());
        assertThat(storedHash(number)).isEqualTo(old);
    }

    @Test
    void theCodeOfOneCaseDoesNotOpenAnother() {
        var first = complaints.file(Complaints.webComplaint());
        String other = complaints.file();

        lookup(other, first.getString("queryCode")).spec(problem(404, "lookup.not-found"));
    }

    /** Stores {@link #OLD_CODE} as the code of the case, the way codes were kept before (BCrypt). */
    private String keepTheOldWay(String number) {
        String bcrypt = passwordEncoder.encode(OLD_CODE);
        assertThat(bcrypt).startsWith("{bcrypt}$2");
        jdbc.update("update complaint set query_code_hash = ? where tracking_number = ?", bcrypt, number);
        return bcrypt;
    }

    private String storedHash(String number) {
        return jdbc.queryForObject(
                "select query_code_hash from complaint where tracking_number = ?", String.class, number);
    }

    private long version(String number) {
        return jdbc.queryForObject("select version from complaint where tracking_number = ?", Long.class, number);
    }

    private ValidatableResponse lookup(String number, String queryCode) {
        return api.anonymous()
                .body(Map.of("trackingNumber", number, "queryCode", queryCode))
                .post("/lookup")
                .then();
    }
}
