package org.xinfang.petition.administration;

import jakarta.validation.Valid;
import java.net.URI;
import java.util.List;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;
import org.xinfang.petition.organization.UnitAdministration;
import org.xinfang.petition.organization.UnitAdministration.NewUnit;
import org.xinfang.petition.organization.UnitView;
import org.xinfang.petition.shared.PlainText;

/** 单位管理 for administrators: the units of the organisation tree. */
@RestController
@RequestMapping("/api/v1/admin/units")
class UnitAdminController {

    private final UnitAdministration units;

    UnitAdminController(UnitAdministration units) {
        this.units = units;
    }

    /** The units of the organisation tree, for administrators. */
    @GetMapping
    List<UnitView> list() {
        return units.all().stream().map(UnitView::of).toList();
    }

    /** One unit of the organisation tree. */
    @GetMapping("/{code}")
    UnitView get(@PathVariable String code) {
        return UnitView.of(units.get(code));
    }

    /** Creates a unit (201); a code already taken is refused (409). */
    @PostMapping
    ResponseEntity<UnitView> create(@Valid @RequestBody NewUnit request) {
        UnitView created = UnitView.of(units.create(request));
        return ResponseEntity.created(URI.create("/api/v1/admin/units/" + created.code()))
                .body(created);
    }

    /** Renames a unit, in Chinese and in English. */
    @PutMapping("/{code}/name")
    UnitView rename(@PathVariable String code, @Valid @RequestBody Names names) {
        return UnitView.of(units.rename(code, names.nameZh(), names.nameEn()));
    }

    record Names(@PlainText String nameZh, @PlainText String nameEn) {}
}
