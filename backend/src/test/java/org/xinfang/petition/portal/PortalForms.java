package org.xinfang.petition.portal;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

import io.restassured.builder.MultiPartSpecBuilder;
import io.restassured.response.Response;
import io.restassured.specification.MultiPartSpecification;
import io.restassured.specification.RequestSpecification;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.xinfang.petition.support.Uploads;
import org.xinfang.petition.support.Uploads.Upload;

/**
 * The portal's forms as a browser without JavaScript sends them: a page is fetched for its CSRF cookie and hidden
 * token (and its other hidden fields), and its form posted back, plain or multipart, with them.
 */
final class PortalForms {

    private static final Pattern HIDDEN =
            Pattern.compile("<input type=\"hidden\" name=\"([^\"]+)\" value=\"([^\"]*)\"");

    private final int port;

    PortalForms(int port) {
        this.port = port;
    }

    /** A page as it was served, with what its forms carry back. */
    record Page(Response response, String csrfCookie) {

        String html() {
            return response.asString();
        }

        /** The value of the first hidden field with this name. */
        String hidden(String name) {
            Matcher hidden = HIDDEN.matcher(html());
            while (hidden.find()) {
                if (hidden.group(1).equals(name)) {
                    return hidden.group(2);
                }
            }
            throw new AssertionError("no hidden field " + name + " on the page");
        }

        /** The text of the first element with this class. */
        String textOf(String cssClass) {
            Matcher element = Pattern.compile("class=\"" + Pattern.quote(cssClass) + "\"[^>]*>([^<]*)<")
                    .matcher(html());
            assertThat(element.find()).as("an element of class %s", cssClass).isTrue();
            return element.group(1);
        }
    }

    Page open(String path) {
        Response response = given().port(port).get(path);
        assertThat(response.statusCode()).isEqualTo(200);
        return new Page(response, response.cookie("XF-CSRF"));
    }

    /** Posts the form of {@code from} as a multipart request, the fields as text parts in UTF-8, with the files. */
    Page postMultipart(Page from, String path, Map<String, String> fields, Upload... files) {
        RequestSpecification request =
                Uploads.multipart(given().port(port).cookie("XF-CSRF", from.csrfCookie()), List.of(files));
        request = request.multiPart(text("_csrf", from.hidden("_csrf")));
        for (Map.Entry<String, String> field : fields.entrySet()) {
            request = request.multiPart(text(field.getKey(), field.getValue()));
        }
        return answered(from, request.post(path));
    }

    /** Posts the form of {@code from} form-encoded. */
    Page post(Page from, String path, Map<String, String> fields) {
        RequestSpecification request = given().port(port)
                .cookie("XF-CSRF", from.csrfCookie())
                .contentType("application/x-www-form-urlencoded; charset=UTF-8")
                .formParam("_csrf", from.hidden("_csrf"));
        for (Map.Entry<String, String> field : fields.entrySet()) {
            request = request.formParam(field.getKey(), field.getValue());
        }
        return answered(from, request.post(path));
    }

    /** What htmx sends to check one field as it is typed: the field alone, named in a header, the token in another. */
    String check(Page from, String field, String value) {
        return given().port(port)
                .cookie("XF-CSRF", from.csrfCookie())
                .header("X-CSRF-TOKEN", from.hidden("_csrf"))
                .header("HX-Request", "true")
                .header("HX-Trigger-Name", field)
                .contentType("application/x-www-form-urlencoded; charset=UTF-8")
                .formParam(field, value)
                .post("/portal/file/check")
                .then()
                .statusCode(200)
                .extract()
                .asString();
    }

    /** The answer page; its forms go with the same cookie unless the answer set a new one. */
    private static Page answered(Page from, Response response) {
        assertThat(response.statusCode()).as(response.asString()).isEqualTo(200);
        String cookie = response.cookie("XF-CSRF");
        return new Page(response, cookie == null ? from.csrfCookie() : cookie);
    }

    private static MultiPartSpecification text(String name, String value) {
        return new MultiPartSpecBuilder(value)
                .controlName(name)
                .mimeType("text/plain")
                .charset("UTF-8")
                .build();
    }
}
