package org.xinfang.petition.demo;

import static org.xinfang.petition.organization.AdminLevel.CITY;
import static org.xinfang.petition.organization.AdminLevel.COUNTY;
import static org.xinfang.petition.organization.AdminLevel.PROVINCE;

import java.util.EnumSet;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.core.annotation.Order;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;
import org.xinfang.petition.organization.AdminLevel;
import org.xinfang.petition.organization.OrgUnit;
import org.xinfang.petition.organization.OrganisationSetup;
import org.xinfang.petition.organization.Region;
import org.xinfang.petition.organization.Role;
import org.xinfang.petition.organization.UnitKind;

/**
 * A demo province (宁夏回族自治区: two cities with three counties each), its public-security bureaus, the petition
 * office, and one login per role; inspectors at every level, so that supervision can climb county → city →
 * province, and discipline inspectors (纪检监察) at the province and in 银川. Every demo password is {@value #PASSWORD}. Seeded once, into an empty database.
 */
@Component
@Order(1)
@ConditionalOnProperty(name = "petition.demo.organisation", havingValue = "true")
class DemoOrganisation implements ApplicationRunner {

    static final String PASSWORD = "demo123";

    private final OrganisationSetup organisation;
    private final PasswordEncoder encoder;
    private String passwordHash;

    DemoOrganisation(OrganisationSetup organisation, PasswordEncoder encoder) {
        this.organisation = organisation;
        this.encoder = encoder;
    }

    @Override
    @Transactional
    public void run(ApplicationArguments args) {
        if (!organisation.isEmpty()) {
            return;
        }
        passwordHash = encoder.encode(PASSWORD);
        OrgUnit department = bureau(
                "640000",
                "宁夏回族自治区",
                "Ningxia",
                PROVINCE,
                null,
                "宁夏回族自治区公安厅",
                "Ningxia Public Security Department",
                null,
                "ningxia");
        OrgUnit office = organisation.addUnit(
                "petition-640000",
                "自治区公安厅信访办",
                "Petition Office",
                UnitKind.PETITION_OFFICE,
                department.getRegion(),
                department);
        OrgUnit yinchuan = bureau(
                "640100",
                "银川市",
                "Yinchuan",
                CITY,
                "640000",
                "银川市公安局",
                "Yinchuan Public Security Bureau",
                department,
                "yinchuan");
        bureau(
                "640104",
                "兴庆区",
                "Xingqing District",
                COUNTY,
                "640100",
                "银川市公安局兴庆区分局",
                "Xingqing Sub-bureau",
                yinchuan,
                "xingqing");
        bureau(
                "640105",
                "西夏区",
                "Xixia District",
                COUNTY,
                "640100",
                "银川市公安局西夏区分局",
                "Xixia Sub-bureau",
                yinchuan,
                "xixia");
        bureau(
                "640106",
                "金凤区",
                "Jinfeng District",
                COUNTY,
                "640100",
                "银川市公安局金凤区分局",
                "Jinfeng Sub-bureau",
                yinchuan,
                "jinfeng");
        OrgUnit shizuishan = bureau(
                "640200",
                "石嘴山市",
                "Shizuishan",
                CITY,
                "640000",
                "石嘴山市公安局",
                "Shizuishan Public Security Bureau",
                department,
                "shizuishan");
        bureau(
                "640202",
                "大武口区",
                "Dawukou District",
                COUNTY,
                "640200",
                "石嘴山市公安局大武口区分局",
                "Dawukou Sub-bureau",
                shizuishan,
                "dawukou");
        bureau(
                "640205",
                "惠农区",
                "Huinong District",
                COUNTY,
                "640200",
                "石嘴山市公安局惠农区分局",
                "Huinong Sub-bureau",
                shizuishan,
                "huinong");
        bureau(
                "640221",
                "平罗县",
                "Pingluo County",
                COUNTY,
                "640200",
                "平罗县公安局",
                "Pingluo County Public Security Bureau",
                shizuishan,
                "pingluo");

        user("admin", "系统管理员 Administrator", department, Role.ADMIN);
        user("inspector", "督察 赵强 (自治区)", department, Role.INSPECTOR);
        user("inspector.yinchuan", "督察 孙丽 (银川)", yinchuan, Role.INSPECTOR);
        user("inspector.shizuishan", "督察 马军 (石嘴山)", shizuishan, Role.INSPECTOR);
        // 纪检监察: the conduct cases of the province, and of one city
        user("discipline", "纪检监察 刘洋 (自治区)", department, Role.DISCIPLINE_INSPECTOR);
        user("discipline.yinchuan", "纪检监察 陈静 (银川)", yinchuan, Role.DISCIPLINE_INSPECTOR);
        user("clerk", "信访办 王芳", office, Role.CLERK);
        // a second clerk, to whom a case can be handed over (首问负责)
        user("clerk.b", "信访办 李明", office, Role.CLERK);
        user("operator", "12389 话务员 李娜", office, Role.OPERATOR);
        // the office's leader, who approves its refusals (否定报备), and is a clerk of it too
        organisation.addStaff(
                "leader.office", "信访办主任 张华", passwordHash, office, EnumSet.of(Role.CLERK, Role.OFFICE_LEADER));
    }

    private OrgUnit bureau(
            String code,
            String regionZh,
            String regionEn,
            AdminLevel level,
            String parentRegion,
            String nameZh,
            String nameEn,
            OrgUnit parent,
            String login) {
        Region region = organisation.addRegion(code, regionZh, regionEn, level, parentRegion);
        OrgUnit bureau =
                organisation.addUnit("psb-" + code, nameZh, nameEn, UnitKind.PUBLIC_SECURITY_BUREAU, region, parent);
        user("handler." + login, nameZh + " 承办人", bureau, Role.HANDLER);
        user("leader." + login, nameZh + " 负责人", bureau, Role.BUREAU_LEADER);
        if (level == COUNTY) {
            user("inspector." + login, nameZh + " 督察", bureau, Role.INSPECTOR);
        }
        return bureau;
    }

    private void user(String username, String displayName, OrgUnit unit, Role role) {
        organisation.addStaff(username, displayName, passwordHash, unit, EnumSet.of(role));
    }
}
