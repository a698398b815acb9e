package org.xinfang.petition.support;

import static io.restassured.RestAssured.given;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.restassured.RestAssured;
import io.restassured.config.HttpClientConfig;
import io.restassured.config.ObjectMapperConfig;
import io.restassured.http.ContentType;
import io.restassured.specification.RequestSpecification;
import org.apache.http.client.HttpClient;
import org.apache.http.impl.client.DefaultHttpClient;
import org.apache.http.params.HttpParams;
import org.apache.http.params.SyncBasicHttpParams;

/** REST Assured requests against the running test application, anonymous or as a demo login. */
public final class Api {

    public static final String PASSWORD = "demo123";

    /** One JSON mapper for every request body: REST Assured's default builds a new one, modules scanned, each time. */
    static final ObjectMapper JSON = new ObjectMapper().findAndRegisterModules();

    /**
     * HttpClient's defaults worked out once: REST Assured's default client reads its version from a properties file
     * on the class path for every request. Each client gets a copy, as REST Assured sets its own on top.
     */
    private static final HttpParams HTTP_DEFAULTS = httpDefaults();

    static {
        RestAssured.filters(new LastExchanges());
        RestAssured.config = RestAssured.config()
                .objectMapperConfig(
                        ObjectMapperConfig.objectMapperConfig().jackson2ObjectMapperFactory((type, charset) -> JSON))
                .httpClient(HttpClientConfig.httpClientConfig().httpClientFactory(Api::httpClient));
    }

    @SuppressWarnings("deprecation") // REST Assured 5 builds on HttpClient 4's classic client
    private static HttpClient httpClient() {
        return new DefaultHttpClient(HTTP_DEFAULTS.copy());
    }

    @SuppressWarnings("deprecation")
    private static HttpParams httpDefaults() {
        HttpParams defaults = new SyncBasicHttpParams();
        DefaultHttpClient.setDefaultHttpParams(defaults);
        return defaults;
    }

    private final int port;

    public Api(int port) {
        this.port = port;
    }

    public int port() {
        return port;
    }

    public RequestSpecification anonymous() {
        return given().port(port)
                .basePath("/api/v1")
                .contentType(ContentType.JSON)
                .accept(ContentType.JSON);
    }

    public RequestSpecification as(String username) {
        return anonymous().auth().preemptive().basic(username, PASSWORD);
    }

    /** For the engine's own REST API under /engine-rest. */
    public RequestSpecification engineRest() {
        return given().port(port).basePath("/engine-rest").accept(ContentType.JSON);
    }

    public RequestSpecification engineRestAs(String username) {
        return engineRest().auth().preemptive().basic(username, PASSWORD);
    }
}
