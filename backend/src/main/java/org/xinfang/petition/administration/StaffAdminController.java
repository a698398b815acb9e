package org.xinfang.petition.administration;

import jakarta.validation.Valid;
import java.net.URI;
import java.util.Set;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.web.PageableDefault;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.xinfang.petition.organization.Role;
import org.xinfang.petition.organization.StaffAdministration;
import org.xinfang.petition.organization.StaffAdministration.NewStaff;
import org.xinfang.petition.organization.StaffAdministration.StaffFilter;
import org.xinfang.petition.shared.PlainText;
import org.xinfang.petition.shared.SortableBy;

/** 用户管理 for administrators (the whole /api/v1/admin tree is theirs): staff accounts, their units and roles. */
@RestController
@RequestMapping("/api/v1/admin/staff")
class StaffAdminController {

    private final StaffAdministration staff;

    StaffAdminController(StaffAdministration staff) {
        this.staff = staff;
    }

    /** Staff accounts, filtered and paged, for administrators. */
    @GetMapping
    Page<StaffView> list(
            @RequestParam(required = false) String unit,
            @RequestParam(required = false) Role role,
            @RequestParam(required = false) String name,
            @SortableBy({"username", "displayName", "enabled"}) @PageableDefault(size = 50, sort = "username")
                    Pageable page) {
        return staff.find(new StaffFilter(unit, role, name), page).map(StaffView::of);
    }

    /** One staff account: unit, roles and whether it is enabled. */
    @GetMapping("/{username}")
    StaffView get(@PathVariable String username) {
        return StaffView.of(staff.get(username));
    }

    /** Creates an enabled account (201); a login already taken is refused (409). */
    @PostMapping
    ResponseEntity<StaffView> create(@Valid @RequestBody NewStaff request) {
        StaffView created = StaffView.of(staff.create(request));
        return ResponseEntity.created(URI.create("/api/v1/admin/staff/" + created.username()))
                .body(created);
    }

    /** Disables a staff account: it can no longer sign in, and its sessions and tokens end. */
    @PostMapping("/{username}/disable")
    StaffView disable(@PathVariable String username) {
        return StaffView.of(staff.disable(username));
    }

    /** Enables a disabled staff account again. */
    @PostMapping("/{username}/enable")
    StaffView enable(@PathVariable String username) {
        return StaffView.of(staff.enable(username));
    }

    /** Moves a staff member to another unit. */
    @PutMapping("/{username}/unit")
    StaffView move(@PathVariable String username, @Valid @RequestBody UnitChange change) {
        return StaffView.of(staff.moveTo(username, change.unit()));
    }

    /** Changes a staff member's roles. */
    @PutMapping("/{username}/roles")
    StaffView changeRoles(@PathVariable String username, @Valid @RequestBody RolesChange change) {
        return StaffView.of(staff.changeRoles(username, change.roles()));
    }

    /**
     * Sets a new password and unlocks the account (204): tokens issued under the old one stop working, and the owner
     * must change the password before doing anything else.
     */
    @PutMapping("/{username}/password")
    ResponseEntity<Void> resetPassword(@PathVariable String username, @Valid @RequestBody PasswordChange change) {
        staff.resetPassword(username, change.password());
        return ResponseEntity.noContent().build();
    }

    record UnitChange(@PlainText String unit) {}

    record RolesChange(Set<Role> roles) {}

    record PasswordChange(@PlainText String password) {}
}
