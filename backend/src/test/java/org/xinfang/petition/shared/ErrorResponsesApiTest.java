package org.xinfang.petition.shared;

import static org.assertj.core.api.Assertions.assertThat;
import static org.xinfang.petition.support.Problems.invalidField;
import static org.xinfang.petition.support.Problems.problem;

import io.restassured.http.ContentType;
import org.junit.jupiter.api.Test;
import org.xinfang.petition.support.ApiTest;
import org.xinfang.petition.support.Logins;

/** Mistakes that no controller sees still get a bilingual problem, never a 500 or an HTML page. */
class ErrorResponsesApiTest extends ApiTest {

    @Test
    void anUnknownPathIsABilingualNotFound() {
        api.as(Logins.CLERK).get("/no-such-thing").then().spec(problem(404, "http.404"));
    }

    @Test
    void aWrongMethodIsABilingualMethodNotAllowed() {
        api.as(Logins.CLERK).delete("/complaints").then().spec(problem(405, "http.405"));
    }

    @Test
    void aFieldGivenTwiceInTheBodyIsRefusedNamingIt() {
        RowCounts before = rowCounts();

        api.anonymous()
                .body("{\"trackingNumber\": \"XF1\", \"trackingNumber\": \"XF2\", \"queryCode\": \"A\"}")
                .post("/lookup")
                .then()
                .spec(invalidField("trackingNumber", "constraint.duplicate-key"));
        String complaint = "{\"complainant\": {\"name\": \"张伟\", \"name\": \"李娜\"}, \"subject\": \"x\"}";
        api.anonymous()
                .body(complaint)
                .post("/complaints")
                .then()
                .spec(invalidField("complainant.name", "constraint.duplicate-key"));

        assertThat(rowCounts()).isEqualTo(before);
    }

    @Test
    void aBodyThatIsNotJsonIsABilingualUnsupportedMediaType() {
        api.anonymous()
                .contentType(ContentType.TEXT)
                .body("name=张伟")
                .post("/complaints")
                .then()
                .spec(problem(415, "http.415"));
    }
}
