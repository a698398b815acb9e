package org.xinfang.petition.organization;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.xinfang.petition.support.Logins.ADMIN;
import static org.xinfang.petition.support.Logins.JINFENG_HANDLER;
import static org.xinfang.petition.support.Logins.XINGQING;
import static org.xinfang.petition.support.Logins.XINGQING_HANDLER;
import static org.xinfang.petition.support.Logins.XINGQING_LEADER;
import static org.xinfang.petition.support.Logins.YINCHUAN_HANDLER;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.operaton.bpm.engine.BadUserRequestException;
import org.operaton.bpm.engine.IdentityService;
import org.operaton.bpm.engine.authorization.Groups;
import org.operaton.bpm.engine.identity.Group;
import org.operaton.bpm.engine.identity.User;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.xinfang.petition.support.Api;
import org.xinfang.petition.support.PetitionTest;

/** The engine's IdentityService reads our staff, roles and units. */
@PetitionTest
class EngineIdentityTest {

    @Autowired
    IdentityService identity;

    @Autowired
    StaffUserRepository staff;

    @Autowired
    OrgUnitRepository units;

    @Autowired
    PasswordEncoder encoder;

    @Autowired
    JdbcTemplate jdbc;

    @Test
    void theEngineFindsAStaffMemberByUsernameWithTheDisplayNameAsFirstName() {
        User user = identity.createUserQuery().userId(XINGQING_HANDLER).singleResult();

        assertThat(user.getFirstName()).isEqualTo("银川市公安局兴庆区分局 承办人");
        assertThat(user.getLastName()).isEmpty();
        assertThat(user.getEmail()).isNull();
        assertThat(identity.createUserQuery()
                        .userIdIn(XINGQING_HANDLER, ADMIN, "nobody")
                        .list())
                .extracting(User::getId)
                .containsExactlyInAnyOrder(XINGQING_HANDLER, ADMIN);
    }

    @Test
    void aRoleGroupHoldsEveryHolderOfTheRoleAndAUnitGroupOnlyThoseInTheUnit() {
        assertThat(identity.createUserQuery().memberOfGroup("handler").list())
                .extracting(User::getId)
                .contains(XINGQING_HANDLER, JINFENG_HANDLER, YINCHUAN_HANDLER)
                .doesNotContain(XINGQING_LEADER);
        assertThat(handlersOfXingqing())
                .contains(XINGQING_HANDLER)
                .doesNotContain(JINFENG_HANDLER, XINGQING_LEADER)
                .allSatisfy(member -> assertThat(staff.findByUsername(member)
                                .orElseThrow()
                                .getUnit()
                                .getCode())
                        .isEqualTo(XINGQING));
    }

    /** The unit group's members: the demo's handler and any handler another test has made there. */
    private List<String> handlersOfXingqing() {
        return identity.createUserQuery().memberOfGroup(Role.HANDLER.groupIdIn(XINGQING)).list().stream()
                .map(User::getId)
                .toList();
    }

    @Test
    void aStaffMemberBelongsToTheirRoleAndToTheirRoleInTheirUnit() {
        assertThat(identity.createGroupQuery().groupMember(XINGQING_HANDLER).list())
                .extracting(Group::getId)
                .containsExactlyInAnyOrder("handler", "handler@psb-640104");
    }

    @Test
    void groupsAreTypedAsRolesOrAsRolesInAUnitAndNamedInBothLanguages() {
        assertThat(identity.createGroupQuery().groupType(EngineGroups.ROLE).list())
                .extracting(Group::getId)
                .containsExactlyInAnyOrder(
                        "clerk",
                        "office-leader",
                        "handler",
                        "bureau-leader",
                        "inspector",
                        "discipline-inspector",
                        "operator",
                        "operaton-admin");
        assertThat(identity.createGroupQuery().groupType(EngineGroups.UNIT).list())
                .extracting(Group::getId)
                .contains(
                        "handler@psb-640104",
                        "bureau-leader@psb-640104",
                        "inspector@psb-640104",
                        "clerk@petition-640000",
                        "office-leader@petition-640000",
                        "discipline-inspector@psb-640000",
                        "discipline-inspector@psb-640100")
                .doesNotContain("inspector@petition-640000");
        assertThat(identity.createGroupQuery()
                        .groupId("handler@psb-640104")
                        .singleResult()
                        .getName())
                .isEqualTo("承办人 · 银川市公安局兴庆区分局 / Case handler · Xingqing Sub-bureau");
        assertThat(identity.createGroupQuery().groupId("handler").singleResult().getName())
                .isEqualTo("承办人 / Case handler");
    }

    @Test
    void administratorsAreInTheGroupThatGivesTheWebappsAdminRights() {
        assertThat(identity.createGroupQuery()
                        .groupMember(ADMIN)
                        .groupId(Groups.OPERATON_ADMIN)
                        .count())
                .isOne();
        assertThat(identity.createUserQuery()
                        .memberOfGroup(Groups.OPERATON_ADMIN)
                        .list())
                .extracting(User::getId)
                .containsExactly(ADMIN);
    }

    @Test
    void checkPasswordAcceptsTheStoredPasswordOnly() {
        assertThat(identity.checkPassword(ADMIN, Api.PASSWORD)).isTrue();
        assertThat(identity.checkPassword(XINGQING_HANDLER, Api.PASSWORD)).isTrue();
        assertThat(identity.checkPassword(ADMIN, "wrong")).isFalse();
        assertThat(identity.checkPassword(ADMIN, "")).isFalse();
        assertThat(identity.checkPassword("nobody", Api.PASSWORD)).isFalse();
    }

    @Test
    void aDisabledStaffMemberCannotLogInAndIsNotInTheDirectory() {
        String username = "handler.disabled";
        OrgUnit xingqing = units.findByCode(XINGQING).orElseThrow();
        staff.save(new StaffUser(username, "停用的承办人", encoder.encode(Api.PASSWORD), xingqing, Set.of(Role.HANDLER)));
        jdbc.update("update staff_user set enabled = false where username = ?", username);

        assertThat(identity.checkPassword(username, Api.PASSWORD)).isFalse();
        assertThat(identity.createUserQuery().userId(username).count()).isZero();
        assertThat(handlersOfXingqing()).contains(XINGQING_HANDLER).doesNotContain(username);
        assertThat(identity.createGroupQuery().groupMember(username).count()).isZero();
    }

    @Test
    void countsAndPagesFollowTheRequestedOrder() {
        List<String> ascending = identity.createUserQuery().orderByUserId().asc().list().stream()
                .map(User::getId)
                .toList();
        List<String> descending = new ArrayList<>(ascending);
        Collections.reverse(descending);

        assertThat(identity.createUserQuery().count()).isEqualTo(ascending.size());
        assertThat(identity.createUserQuery().orderByUserId().asc().listPage(2, 3))
                .extracting(User::getId)
                .containsExactlyElementsOf(ascending.subList(2, 5));
        assertThat(identity.createUserQuery().orderByUserId().desc().list())
                .extracting(User::getId)
                .containsExactlyElementsOf(descending);
        assertThat(identity.createGroupQuery()
                        .groupType(EngineGroups.ROLE)
                        .orderByGroupId()
                        .desc()
                        .listPage(0, 2))
                .extracting(Group::getId)
                .containsExactly("operator", "operaton-admin");
        assertThat(identity.createGroupQuery().groupMember(XINGQING_HANDLER).count())
                .isEqualTo(2);
    }

    @Test
    void nameSearchesMatchAsTheWebappsLikeQueriesDoIgnoringCase() {
        assertThat(identity.createUserQuery().userFirstNameLike("%兴庆区%").list())
                .allSatisfy(user -> assertThat(user.getFirstName()).contains("兴庆区"))
                .extracting(User::getId)
                .contains(XINGQING_HANDLER, XINGQING_LEADER, "inspector.xingqing")
                .doesNotContain(JINFENG_HANDLER);
        assertThat(identity.createGroupQuery()
                        .groupNameLike("%case HANDLER%")
                        .groupType(EngineGroups.ROLE)
                        .list())
                .extracting(Group::getId)
                .containsExactly("handler");
        assertThat(identity.createGroupQuery().groupName("承办人 / Case handler").count())
                .isOne();
    }

    @Test
    void theDirectoryIsReadOnlyWithoutTenantsOrNativeQueries() {
        assertThat(identity.isReadOnly()).isTrue();
        assertThat(identity.createTenantQuery().count()).isZero();
        assertThat(identity.createUserQuery().memberOfTenant("any").count()).isZero();
        assertThat(identity.createGroupQuery().memberOfTenant("any").list()).isEmpty();
        assertThat(identity.createUserQuery().potentialStarter("any").list()).isEmpty();
        assertThatThrownBy(identity::createNativeUserQuery).isInstanceOf(BadUserRequestException.class);
    }
}
