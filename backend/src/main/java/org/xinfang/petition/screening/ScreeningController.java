package org.xinfang.petition.screening;

import jakarta.validation.Valid;
import java.util.List;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;
import org.xinfang.petition.screening.FlagChanges.FlagChange;

/** The petition office's screening of a case: its likely repeats, and its flags. */
@RestController
@RequestMapping("/api/v1/complaints/{trackingNumber}")
class ScreeningController {

    private final LikelyRepeats likelyRepeats;
    private final FlagChanges flagChanges;

    ScreeningController(LikelyRepeats likelyRepeats, FlagChanges flagChanges) {
        this.likelyRepeats = likelyRepeats;
        this.flagChanges = flagChanges;
    }

    /** 疑似重复件: earlier cases of the same complainant about a similar matter, the most similar first. */
    @GetMapping("/likely-repeats")
    List<LikelyRepeat> likelyRepeats(@PathVariable String trackingNumber) {
        return likelyRepeats.forCase(trackingNumber);
    }

    /** Sets the case's flags (联名, 集体, 越级) with a reason; answers the flags as they now are. */
    @PutMapping("/flags")
    FlagsView changeFlags(@PathVariable String trackingNumber, @Valid @RequestBody FlagChange change) {
        return flagChanges.change(trackingNumber, change);
    }
}
