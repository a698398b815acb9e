package org.xinfang.petition.support;

import static org.hamcrest.Matchers.notNullValue;
import static org.xinfang.petition.support.Logins.CLERK;
import static org.xinfang.petition.support.Logins.XINGQING_HANDLER;
import static org.xinfang.petition.support.Logins.XINGQING_LEADER;
import static org.xinfang.petition.support.Logins.XINGQING_REGION;

import io.restassured.path.json.JsonPath;
import java.util.HashMap;
import java.util.Map;

/**
 * Files complaints and walks them through the process with the REST API, as the demo logins. Every case it
 * makes is in region 640104, so bureau-routing proposes 兴庆区分局 (handler.xingqing, leader.xingqing).
 */
public final class Complaints {

  private final Api api;

  public Complaints(Api api) {
    this.api = api;
  }

  public static Map<String, Object> webComplaint() {
    Map<String, Object> complainant = new HashMap<>(Map.of(
        "name", "张伟", "idNumber", "11010519491231002X", "phone", "13812345678", "address", "宁夏银川市兴庆区解放街1号"));
    return new HashMap<>(Map.of(
        "complainant", complainant,
        "category", "POLICE_CONDUCT",
        "region", XINGQING_REGION,
        "subject", "民警执法态度问题",
        "content", "3月5日在兴庆区某派出所办理业务时民警态度恶劣。"));
  }

  /** Files a web complaint as a citizen; returns the response body (trackingNumber, queryCode). */
  public JsonPath file(Map<String, Object> complaint) {
    return api.anonymous().body(complaint).post("/complaints")
        .then().statusCode(201).body("trackingNumber", notNullValue()).extract().jsonPath();
  }

  public String file() {
    return file(webComplaint()).getString("trackingNumber");
  }

  public String accepted() {
    String number = file();
    act(CLERK, number, "triage", Map.of("decision", "ACCEPT"));
    return number;
  }

  public String dispatched() {
    String number = accepted();
    act(CLERK, number, "dispatch", Map.of());
    return number;
  }

  public String signedFor() {
    String number = dispatched();
    act(XINGQING_HANDLER, number, "sign-for", Map.of());
    return number;
  }

  public String replyAwaitingApproval() {
    String number = signedFor();
    act(XINGQING_HANDLER, number, "reply", Map.of("text", "经调查核实，已对相关民警进行批评教育。"));
    return number;
  }

  public String awaitingCallback() {
    String number = replyAwaitingApproval();
    act(XINGQING_LEADER, number, "reply-approval", Map.of("approved", true));
    return number;
  }

  /** Posts an action on a case and expects 204. */
  public void act(String login, String number, String action, Map<String, ?> body) {
    api.as(login).body(body).post("/complaints/{number}/" + action, number).then().statusCode(204);
  }

  public JsonPath detail(String number) {
    return api.as(CLERK).get("/complaints/{number}", number).then().statusCode(200).extract().jsonPath();
  }
}
