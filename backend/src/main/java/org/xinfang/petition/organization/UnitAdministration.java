package org.xinfang.petition.organization;

import java.util.List;
import java.util.regex.Pattern;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.xinfang.petition.shared.PetitionException;
import org.xinfang.petition.shared.PlainText;

/**
 * 组织机构管理: the administrator's commands on units, for the admin API and the workbench alike; each change is
 * announced as {@link OrganisationChanged} and audited. A unit's code is its identity in the engine's groups
 * ({@code handler@psb-640104}) and in the routing table, so it is never changed; its names may be.
 */
@Service
public class UnitAdministration {

    /** Codes as the demo's: the kind, a dash and the region, such as {@code psb-640104} or {@code petition-640000}. */
    private static final Pattern CODE = Pattern.compile("[a-z0-9][a-z0-9-]{1,31}");

    private final OrgUnitRepository units;
    private final RegionRepository regions;
    private final ApplicationEventPublisher events;

    UnitAdministration(OrgUnitRepository units, RegionRepository regions, ApplicationEventPublisher events) {
        this.units = units;
        this.regions = regions;
        this.events = events;
    }

    /** Every unit, by code. */
    @Transactional(readOnly = true)
    public List<OrgUnit> all() {
        return units.findAllByOrderByCode();
    }

    @Transactional(readOnly = true)
    public OrgUnit get(String code) {
        return unit(code);
    }

    /** Creates a unit; a code taken, even by another administrator a moment earlier, is refused (409). */
    @Transactional
    public OrgUnit create(NewUnit request) {
        String code = request.code() == null ? "" : request.code().strip();
        if (!CODE.matcher(code).matches()) {
            throw PetitionException.invalid("code", "organization.unit-code-format");
        }
        String nameZh = AdministeredNames.checked("nameZh", request.nameZh());
        String nameEn = AdministeredNames.checked("nameEn", request.nameEn());
        if (request.kind() == null) {
            throw PetitionException.invalid("kind", "constraint.NotNull");
        }
        if (request.region() == null || request.region().isBlank()) {
            throw PetitionException.invalid("region", "constraint.NotBlank");
        }
        Region region = regions.findById(request.region().strip())
                .orElseThrow(() -> PetitionException.invalid("region", "constraint.unknown-region"));
        OrgUnit parent = request.parent() == null || request.parent().isBlank()
                ? null
                : units.findByCode(request.parent().strip())
                        .orElseThrow(() -> PetitionException.invalid("parent", "constraint.unknown-unit"));
        if (units.findByCode(code).isPresent()) {
            throw PetitionException.conflict("organization.unit-code-taken", code);
        }
        OrgUnit created;
        try {
            created = units.saveAndFlush(new OrgUnit(code, nameZh, nameEn, request.kind(), region, parent));
        } catch (DataIntegrityViolationException lostRace) {
            throw PetitionException.conflict("organization.unit-code-taken", code);
        }
        events.publishEvent(new OrganisationChanged(
                "UNIT_CREATED",
                code,
                "unit " + code + ": " + request.kind() + " in region " + region.getCode()
                        + (parent == null ? "" : ", under " + parent.getCode())));
        return created;
    }

    @Transactional
    public OrgUnit rename(String code, String nameZh, String nameEn) {
        OrgUnit unit = unit(code);
        unit.rename(AdministeredNames.checked("nameZh", nameZh), AdministeredNames.checked("nameEn", nameEn));
        events.publishEvent(new OrganisationChanged("UNIT_RENAMED", code, "unit " + code + ": renamed"));
        return unit;
    }

    private OrgUnit unit(String code) {
        return units.findByCode(code).orElseThrow(() -> PetitionException.notFound("organization.unknown-unit", code));
    }

    /** A new unit: its code, Chinese and English names, kind, region code and, optionally, parent unit code. */
    public record NewUnit(
            @PlainText String code,
            @PlainText String nameZh,
            @PlainText String nameEn,
            UnitKind kind,
            @PlainText String region,
            @PlainText String parent) {}
}
