package org.xinfang.petition.screening;

import java.time.LocalDate;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.format.annotation.DateTimeFormat.ISO;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.xinfang.petition.screening.RepeatPetitionIndicator.Indicator;

@RestController
class IndicatorController {

    private final RepeatPetitionIndicator repeatPetitions;

    IndicatorController(RepeatPetitionIndicator repeatPetitions) {
        this.repeatPetitions = repeatPetitions;
    }

    /** 重复信访率 per bureau and region, for complaints received from {@code from} to {@code to} (both included). */
    @GetMapping("/api/v1/indicators/repeat-petitions")
    Indicator repeatPetitions(
            @RequestParam(required = false) @DateTimeFormat(iso = ISO.DATE) LocalDate from,
            @RequestParam(required = false) @DateTimeFormat(iso = ISO.DATE) LocalDate to,
            @RequestParam(required = false) String region) {
        return repeatPetitions.of(from, to, region);
    }
}
