package org.xinfang.petition.web;

import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import org.springframework.stereotype.Component;
import org.xinfang.petition.organization.Role;
import org.xinfang.petition.security.StaffPrincipal;

/** The workbench's menu: each section for the roles that work in it, in the order of a case's life. */
@Component
class WorkbenchMenu {

    /** One menu entry: its label's message code, where it leads and who sees it. */
    record Item(String label, String path, Set<Role> roles) {}

    private static final Set<Role> ALL = EnumSet.allOf(Role.class);
    private static final Set<Role> CASEWORK =
            EnumSet.of(Role.CLERK, Role.OPERATOR, Role.HANDLER, Role.BUREAU_LEADER, Role.INSPECTOR, Role.ADMIN);
    /** Operators enter cases but browse none (security.CaseScopes). */
    private static final Set<Role> BROWSE_CASES = EnumSet.complementOf(EnumSet.of(Role.OPERATOR));

    /** Who issues supervision orders (supervision.SupervisorScopes): inspectors, discipline inspectors, the office. */
    private static final Set<Role> SUPERVISORS =
            EnumSet.of(Role.INSPECTOR, Role.DISCIPLINE_INSPECTOR, Role.OFFICE_LEADER);

    /** Who reads the assessment (assessment.AssessmentAccess): not operators, who see no cases. */
    private static final Set<Role> ASSESSMENT =
            EnumSet.of(Role.CLERK, Role.INSPECTOR, Role.ADMIN, Role.BUREAU_LEADER, Role.HANDLER);

    private static final List<Item> ITEMS = List.of(
            new Item("menu.home", "/workbench", ALL),
            new Item("menu.tasks", "/workbench/tasks", EnumSet.of(Role.CLERK, Role.HANDLER, Role.BUREAU_LEADER)),
            new Item("menu.cases", "/workbench/cases", BROWSE_CASES),
            new Item("menu.intake", "/workbench/intake", EnumSet.of(Role.OPERATOR, Role.CLERK)),
            new Item("menu.triage", "/workbench/triage", EnumSet.of(Role.CLERK)),
            new Item("menu.callbacks", "/workbench/callbacks", EnumSet.of(Role.CLERK)),
            new Item("menu.extensions", "/workbench/extensions", EnumSet.of(Role.CLERK, Role.BUREAU_LEADER)),
            new Item("menu.publication", "/workbench/publication", EnumSet.of(Role.CLERK)),
            new Item("menu.disclosures", "/workbench/disclosures", EnumSet.of(Role.CLERK, Role.INSPECTOR)),
            new Item("menu.surveys", "/workbench/surveys", EnumSet.of(Role.CLERK)),
            new Item("menu.consultations", "/workbench/consultations", EnumSet.of(Role.CLERK, Role.HANDLER)),
            new Item("menu.inbox", "/workbench/inbox", EnumSet.of(Role.HANDLER, Role.BUREAU_LEADER)),
            new Item("menu.supervision", "/workbench/supervision", SUPERVISORS),
            // A bureau answers its orders from its inbox; the orders' list is the supervisors'.
            new Item("menu.orders", "/workbench/supervision/orders", SUPERVISORS),
            new Item(
                    "menu.accountability",
                    "/workbench/supervision/accountability",
                    EnumSet.of(Role.INSPECTOR, Role.DISCIPLINE_INSPECTOR)),
            new Item(
                    "menu.visits",
                    "/workbench/supervision/visits",
                    EnumSet.of(Role.INSPECTOR, Role.DISCIPLINE_INSPECTOR)),
            new Item("menu.summary", "/workbench/supervision/summary", EnumSet.of(Role.INSPECTOR, Role.OFFICE_LEADER)),
            new Item("menu.monitor", "/workbench/monitor", CASEWORK),
            new Item("menu.absences", "/workbench/absences", ALL),
            new Item(
                    "menu.bulletins",
                    "/workbench/bulletins",
                    EnumSet.of(Role.CLERK, Role.INSPECTOR, Role.BUREAU_LEADER)),
            new Item("menu.assessment.ranking", "/workbench/assessment/ranking", ASSESSMENT),
            new Item("menu.assessment.indicators", "/workbench/assessment/indicators", ASSESSMENT),
            new Item(
                    "menu.assessment.exclusions",
                    "/workbench/assessment/exclusions",
                    EnumSet.of(Role.CLERK, Role.INSPECTOR, Role.ADMIN, Role.BUREAU_LEADER)),
            new Item("menu.assessment.weights", "/workbench/assessment/weights", ASSESSMENT),
            new Item("menu.staff", "/workbench/admin/staff", EnumSet.of(Role.ADMIN)),
            new Item("menu.units", "/workbench/admin/units", EnumSet.of(Role.ADMIN)),
            new Item("menu.evaluators", "/workbench/admin/evaluators", EnumSet.of(Role.ADMIN)),
            new Item("menu.open311", "/workbench/admin/open311-clients", EnumSet.of(Role.ADMIN)),
            new Item("menu.calendar", "/workbench/admin/calendar", EnumSet.of(Role.ADMIN)),
            new Item("menu.audit", "/workbench/admin/audit", EnumSet.of(Role.ADMIN)),
            new Item("menu.outbox", "/workbench/admin/outbox", EnumSet.of(Role.ADMIN)));

    List<Item> of(StaffPrincipal staff) {
        return ITEMS.stream()
                .filter(item -> item.roles().stream().anyMatch(staff::hasRole))
                .toList();
    }
}
