package org.xinfang.petition.organization;

import java.util.List;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/** Public reference data for the complaint form and clients: regions and units. */
@RestController
@RequestMapping("/api/v1/reference")
class ReferenceController {

    private final Organisation organisation;
    private final OrgUnitRepository units;

    ReferenceController(Organisation organisation, OrgUnitRepository units) {
        this.organisation = organisation;
        this.units = units;
    }

    /** The regions a complaint may be filed in (administrative divisions), in both languages. */
    @GetMapping("/regions")
    List<RegionView> regions() {
        return organisation.regions().stream().map(RegionView::of).toList();
    }

    /** The units of the organisation (bureaus and the petition office), in both languages. */
    @GetMapping("/units")
    @Transactional(readOnly = true)
    List<UnitView> units() {
        return units.findAllByOrderByCode().stream().map(UnitView::of).toList();
    }

    record RegionView(String code, String nameZh, String nameEn, AdminLevel level, String parentCode) {
        static RegionView of(Region region) {
            return new RegionView(
                    region.getCode(),
                    region.getNameZh(),
                    region.getNameEn(),
                    region.getLevel(),
                    region.getParentCode());
        }
    }
}
