package org.xinfang.petition.organization;

import static io.restassured.RestAssured.given;

import io.restassured.filter.cookie.CookieFilter;
import io.restassured.response.Response;
import io.restassured.specification.RequestSpecification;

/**
 * A browser's session with the engine webapps under /operaton. Their CSRF filter hands out a token on any GET and
 * requires it as the X-XSRF-TOKEN header, with the same session cookie, on every POST, the login form's included.
 */
final class WebappSession {

  private static final String CSRF_HEADER = "X-XSRF-TOKEN";

  private final CookieFilter cookies = new CookieFilter();
  private final int port;

  WebappSession(int port) {
    this.port = port;
  }

  RequestSpecification request() {
    return given().port(port).basePath("/operaton").filter(cookies);
  }

  /** Opens the app's page, as a browser would, then posts its login form. */
  Response logIn(String app, String username, String password) {
    String token = request().get("/app/{app}/default/", app).then().statusCode(200).extract().header(CSRF_HEADER);
    return request()
        .header(CSRF_HEADER, token)
        .formParam("username", username)
        .formParam("password", password)
        .post("/api/admin/auth/user/default/login/{app}", app);
  }
}
