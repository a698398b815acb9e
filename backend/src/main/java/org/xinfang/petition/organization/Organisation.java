package org.xinfang.petition.organization;

import java.sql.ResultSet;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.ResultSetExtractor;
import org.springframework.stereotype.Component;

/**
 * What other modules may ask of the organisation: regions, units and staff, read-only. The repositories and the
 * entities' mutators stay inside this module; the entities come back to be read (getters and queries such as
 * {@link Region#codePrefix()}), never changed.
 */
@Component
public class Organisation {

    private static final ResultSetExtractor<Boolean> EXISTS = ResultSet::next;

    private final RegionRepository regions;
    private final OrgUnitRepository units;
    private final StaffUserRepository staff;
    private final JdbcTemplate jdbc;

    Organisation(RegionRepository regions, OrgUnitRepository units, StaffUserRepository staff, JdbcTemplate jdbc) {
        this.regions = regions;
        this.jdbc = jdbc;
        this.units = units;
        this.staff = staff;
    }

    /**
     * Whether a region has this GB/T 2260 code: one plain query outside any transaction, as the citizen's filing asks
     * it before it takes one of the address's submissions.
     */
    public boolean isRegion(String code) {
        return Boolean.TRUE.equals(jdbc.query("select 1 from region where code = ?", EXISTS, code));
    }

    /** The region with this GB/T 2260 code. */
    public Optional<Region> region(String code) {
        return regions.findById(code);
    }

    /** The region with this code, not loaded: for an association of a row being written, the code known to exist. */
    public Region regionReference(String code) {
        return regions.getReferenceById(code);
    }

    /** Every region, by code. */
    public List<Region> regions() {
        return regions.findAllByOrderByCode();
    }

    /** The regions among these codes that exist. */
    public List<Region> regions(Collection<String> codes) {
        return regions.findAllById(codes);
    }

    /** The unit with this code (e.g. {@code psb-640104}). */
    public Optional<OrgUnit> unit(String code) {
        return units.findByCode(code);
    }

    /**
     * The petition office that registers, triages, dispatches and calls back (the clerks' unit): the one nearest
     * the top of the tree, where an installation has more than one.
     */
    public Optional<OrgUnit> petitionOffice() {
        return units.findAllByOrderByCode().stream()
                .filter(unit -> unit.getKind() == UnitKind.PETITION_OFFICE)
                .min(Comparator.comparingInt(Organisation::depth));
    }

    private static int depth(OrgUnit unit) {
        int depth = 0;
        for (OrgUnit above = unit.getParent(); above != null; above = above.getParent()) {
            depth++;
        }
        return depth;
    }

    public Optional<OrgUnit> unitById(Long id) {
        return units.findById(id);
    }

    /** Every unit of the tree. */
    public List<OrgUnit> units() {
        return units.findAll();
    }

    /** The units among these ids that exist. */
    public List<OrgUnit> units(Collection<Long> ids) {
        return units.findAllById(ids);
    }

    /** The staff member with this login, enabled or not. */
    public Optional<StaffUser> staffMember(String username) {
        return staff.findByUsername(username);
    }

    /**
     * Takes these members' rows for the rest of the transaction, so that a change that depends on what they already
     * have (an absence that must not overlap another) is made by one request at a time per member, never globally.
     */
    public void lockStaffMembers(Collection<String> usernames) {
        staff.lockByUsernames(usernames);
    }

    /** The code of the unit a staff member belongs to; empty for an unknown login. */
    public Optional<String> unitCodeOf(String username) {
        return staff.findByUsername(username).map(member -> member.getUnit().getCode());
    }

    /**
     * The enabled logins that share their password hash with another login, enabled or not, by hash. A hash is
     * salted anew for each password set, so only logins seeded with one hash share it: the demo's, whose password is
     * known. Disabled logins count, so that disabling all but one of them does not hide the last.
     */
    public Map<String, List<String>> enabledLoginsSharingAPasswordHash() {
        Map<String, List<String>> byHash = new TreeMap<>();
        jdbc.query(
                "select password_hash, username from staff_user where enabled = true and password_hash in "
                        + "(select password_hash from staff_user group by password_hash "
                        + "having count(*) > 1) order by username",
                row -> {
                    byHash.computeIfAbsent(row.getString(1), hash -> new ArrayList<>())
                            .add(row.getString(2));
                });
        return byHash;
    }

    /** Every enabled staff member, with unit and roles. */
    public List<StaffUser> enabledStaff() {
        return staff.findByEnabledTrue();
    }

    /** The enabled staff of one unit, with unit and roles. */
    public List<StaffUser> staffOf(OrgUnit unit) {
        return staff.findByUnitIdAndEnabledTrue(unit.getId());
    }

    /** Whether an enabled member of the unit holds the role (e.g. whether a unit has inspectors). */
    public boolean anyoneHolds(OrgUnit unit, Role role) {
        return staffOf(unit).stream().anyMatch(member -> member.hasRole(role));
    }
}
