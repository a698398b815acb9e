package org.xinfang.petition.absence;

import jakarta.validation.Valid;
import java.net.URI;
import java.util.List;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;
import org.xinfang.petition.absence.Absences.AbsenceRequest;
import org.xinfang.petition.absence.Absences.AbsenceView;

/** AB岗: a staff member's own absences, and those they stand in for. */
@RestController
@RequestMapping("/api/v1/absences")
class AbsenceController {

    private final Absences absences;

    AbsenceController(Absences absences) {
        this.absences = absences;
    }

    /** AB岗: records the signed-in staff member's absence and the colleague of the same unit and roles who stands in. */
    @PostMapping
    ResponseEntity<AbsenceView> record(@Valid @RequestBody AbsenceRequest request) {
        AbsenceView recorded = absences.record(request);
        return ResponseEntity.created(URI.create("/api/v1/absences/" + recorded.id()))
                .body(recorded);
    }

    /** The signed-in staff member's absences and those they stand in for, current and coming. */
    @GetMapping
    List<AbsenceView> mine() {
        return absences.mine();
    }
}
