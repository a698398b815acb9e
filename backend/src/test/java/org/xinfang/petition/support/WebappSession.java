package org.xinfang.petition.support;

import static io.restassured.RestAssured.given;

import io.restassured.filter.cookie.CookieFilter;
import io.restassured.http.ContentType;
import io.restassured.response.Response;
import io.restassured.specification.RequestSpecification;

/**
 * A browser's session with the engine webapps under /operaton. Their CSRF filter hands out a token on any GET and
 * requires it as the X-XSRF-TOKEN header, with the same session cookie, on every POST, the login form's included.
 */
public final class WebappSession {

    private static final String CSRF_HEADER = "X-XSRF-TOKEN";
    /** The engine's REST API as the webapps call it, for the default engine. */
    private static final String ENGINE = "/api/engine/engine/default";

    private final CookieFilter cookies = new CookieFilter();
    private final int port;
    private String token;

    public WebappSession(int port) {
        this.port = port;
    }

    public RequestSpecification request() {
        return given().port(port).basePath("/operaton").filter(cookies);
    }

    /** A call of the engine's REST API as the webapps make it, e.g. {@code engine().get("/task")}. */
    public RequestSpecification engine() {
        return given().port(port)
                .basePath("/operaton" + ENGINE)
                .filter(cookies)
                .contentType(ContentType.JSON)
                .accept(ContentType.JSON);
    }

    /** The same for a POST, with the session's CSRF token. */
    public RequestSpecification enginePost() {
        return engine().header(CSRF_HEADER, token);
    }

    /** Opens the app's page without logging in, as a browser would: the page hands out a CSRF token. */
    public WebappSession visit(String app) {
        token = tokenFrom("/app/{app}/default/", app);
        return this;
    }

    /**
     * Opens the app's page, as a browser would, then posts its login form. A login starts a new session, whose
     * token the next page hands out.
     */
    public Response logIn(String app, String username, String password) {
        Response login = request()
                .header(CSRF_HEADER, tokenFrom("/app/{app}/default/", app))
                .formParam("username", username)
                .formParam("password", password)
                .post("/api/admin/auth/user/default/login/{app}", app);
        if (login.statusCode() == 200) {
            token = tokenFrom("/app/{app}/default/", app);
        }
        return login;
    }

    private String tokenFrom(String page, String app) {
        return request().get(page, app).then().statusCode(200).extract().header(CSRF_HEADER);
    }
}
