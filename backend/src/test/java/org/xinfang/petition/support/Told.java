package org.xinfang.petition.support;

import java.util.List;

/** What a staff member was told (their notifications, newest first), read through the API. */
public final class Told {

    private Told() {}

    /** The messages of the latest 200 notifications of this login. */
    public static List<String> messages(Api api, String login) {
        return latest(api, login, "content.message");
    }

    /** The types of the latest 200 notifications of this login whose message names the record. */
    public static List<String> typesAbout(Api api, String login, String number) {
        return latest(api, login, "content.findAll { it.message.contains('" + number + "') }.type");
    }

    private static List<String> latest(Api api, String login, String path) {
        return api.as(login)
                .queryParam("size", 200)
                .get("/notifications")
                .then()
                .statusCode(200)
                .extract()
                .jsonPath()
                .getList(path);
    }
}
