package org.xinfang.petition.audit;

import jakarta.servlet.http.HttpServletRequest;
import java.util.stream.Collectors;
import org.springframework.stereotype.Component;
import org.springframework.web.context.request.RequestContextHolder;
import org.springframework.web.context.request.ServletRequestAttributes;
import org.xinfang.petition.security.CurrentStaff;
import org.xinfang.petition.security.StaffPrincipal;

/** Who is acting and from where, for an audit entry: a staff member, a citizen on the public API, or the system. */
@Component
class AuditActor {

    static final String CITIZEN = "citizen";
    static final String SYSTEM = "system";

    private final CurrentStaff currentStaff;

    AuditActor(CurrentStaff currentStaff) {
        this.currentStaff = currentStaff;
    }

    AuditRecord record(String knownActor, String action, String trackingNumber, String detail) {
        StaffPrincipal staff = currentStaff.find().orElse(null);
        HttpServletRequest request = currentRequest();
        String actor =
                knownActor != null ? knownActor : staff != null ? staff.username() : request != null ? CITIZEN : SYSTEM;
        boolean staffActs = staff != null && staff.username().equals(actor);
        return new AuditRecord(
                actor,
                staffActs ? staff.roles().stream().map(Enum::name).sorted().collect(Collectors.joining(",")) : null,
                staffActs ? staff.unitCode() : null,
                action,
                trackingNumber,
                detail,
                request == null ? null : request.getRemoteAddr());
    }

    private static HttpServletRequest currentRequest() {
        return RequestContextHolder.getRequestAttributes() instanceof ServletRequestAttributes attributes
                ? attributes.getRequest()
                : null;
    }
}
