package org.xinfang.petition.shared;

import io.swagger.v3.oas.models.Components;
import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.info.Info;
import io.swagger.v3.oas.models.info.License;
import io.swagger.v3.oas.models.security.SecurityScheme;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * What the OpenAPI document (/v3/api-docs) says of the API as a whole: its name and version in both languages, who
 * may call it, and the ways staff sign in. The citizens' endpoints need none of them. Each operation's error answers
 * and who may call it: {@code security.ApiAnswers}; examples: {@link ApiExamples}.
 */
@Configuration(proxyBeanMethods = false)
public class ApiDocumentation {

    public static final String BASIC = "basicAuth";
    public static final String BEARER = "bearerToken";
    public static final String SESSION = "browserSession";

    /** Examples of every request body and successful answer (see {@link ApiExamples}). */
    @Bean
    ApiExamples examples() {
        return new ApiExamples();
    }

    @Bean
    OpenAPI petitionApi() {
        return new OpenAPI()
                .info(new Info()
                        .title("信访投诉办理系统 API · Petition and complaint handling API")
                        .version("v1")
                        .description("""
                                Real-name complaints from citizens (filing, look-up with the query code, rating, \
                                material, withdrawal, review requests) need no account. Everything else is for staff \
                                of the petition office, the bureaus and the inspectors, each within their own scope: \
                                HTTP Basic, a bearer token issued by POST /api/v1/session/tokens, or the browser \
                                session of the workbench (state-changing requests then send the X-XSRF-TOKEN header). \
                                Errors are RFC 7807 problems naming the field, with a message in Chinese and in \
                                English (message, messageEn).
                                公民实名投诉无需账号；其余接口供信访办、承办单位和督查人员在各自权限范围内使用。""")
                        .license(new License().name("Apache-2.0").url("https://www.apache.org/licenses/LICENSE-2.0")))
                .components(new Components()
                        .addSecuritySchemes(
                                BASIC,
                                new SecurityScheme()
                                        .type(SecurityScheme.Type.HTTP)
                                        .scheme("basic")
                                        .description(
                                                "A staff login and password (BCrypt on every request: prefer a token)."))
                        .addSecuritySchemes(
                                BEARER,
                                new SecurityScheme()
                                        .type(SecurityScheme.Type.HTTP)
                                        .scheme("bearer")
                                        .description("A token from POST /api/v1/session/tokens, revoked by DELETE "
                                                + "/api/v1/session/tokens/current."))
                        .addSecuritySchemes(
                                SESSION,
                                new SecurityScheme()
                                        .type(SecurityScheme.Type.APIKEY)
                                        .in(SecurityScheme.In.COOKIE)
                                        .name("JSESSIONID")
                                        .description("The workbench's session after its form login, with the CSRF "
                                                + "token of the XSRF-TOKEN cookie in X-XSRF-TOKEN.")));
    }
}
