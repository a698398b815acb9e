package org.xinfang.petition.security;

import static org.hamcrest.Matchers.equalTo;

import java.util.EnumSet;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.operaton.bpm.engine.IdentityService;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.transaction.support.TransactionTemplate;
import org.xinfang.petition.organization.OrgUnitRepository;
import org.xinfang.petition.organization.Role;
import org.xinfang.petition.organization.StaffUser;
import org.xinfang.petition.organization.StaffUserRepository;
import org.xinfang.petition.support.ApiTest;
import org.xinfang.petition.support.PinnedClock;

/** Five failed logins in a row lock an account for a while, for the API and the engine webapps alike. */
class LoginLockoutTest extends ApiTest {

  @Autowired
  StaffUserRepository users;

  @Autowired
  OrgUnitRepository units;

  @Autowired
  PasswordEncoder passwords;

  @Autowired
  TransactionTemplate transactions;

  @Autowired
  IdentityService identity;

  String login;

  @BeforeEach
  void aStaffMemberOfTheirOwn() {
    login = "lockout." + System.nanoTime();
    transactions.executeWithoutResult(status -> users.save(new StaffUser(login, "锁定测试", passwords.encode("right-pass"),
        units.findByCode("petition-640000").orElseThrow(), EnumSet.of(Role.CLERK))));
  }

  @Test
  void fiveWrongPasswordsLockTheAccountEvenForTheRightOneUntilTheLockExpires() {
    for (int attempt = 1; attempt <= 5; attempt++) {
      api.anonymous().auth().preemptive().basic(login, "wrong").get("/work-queue").then().statusCode(401)
          .body("code", equalTo("authentication-required"));
    }

    api.anonymous().auth().preemptive().basic(login, "right-pass").get("/work-queue").then().statusCode(401)
        .body("code", equalTo("account-locked"));
    org.assertj.core.api.Assertions.assertThat(identity.checkPassword(login, "right-pass"))
        .as("the webapps refuse the locked account too").isFalse();

    PinnedClock.pinAt(PinnedClock.BASE.plusSeconds(16 * 60));
    api.anonymous().auth().preemptive().basic(login, "right-pass").get("/work-queue").then().statusCode(200);
  }

  @Test
  void aSuccessfulLoginClearsTheFailuresBeforeIt() {
    for (int attempt = 1; attempt <= 4; attempt++) {
      api.anonymous().auth().preemptive().basic(login, "wrong").get("/work-queue").then().statusCode(401);
    }
    api.anonymous().auth().preemptive().basic(login, "right-pass").get("/work-queue").then().statusCode(200);
    api.anonymous().auth().preemptive().basic(login, "wrong").get("/work-queue").then().statusCode(401);

    api.anonymous().auth().preemptive().basic(login, "right-pass").get("/work-queue").then().statusCode(200);
  }

  @Test
  void wrongPasswordsAtTheWebappLoginCountToo() {
    for (int attempt = 1; attempt <= 5; attempt++) {
      identity.checkPassword(login, "wrong");
    }

    api.anonymous().auth().preemptive().basic(login, "right-pass").get("/work-queue").then().statusCode(401)
        .body("code", equalTo("account-locked"));
  }
}
