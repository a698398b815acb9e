package org.xinfang.petition.privacy;

import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.xinfang.petition.shared.PetitionException;

/** Key rotation for administrators (docs/privacy.md). */
@RestController
@RequestMapping("/api/v1/admin/privacy")
class RotationController {

    private final KeyRotation rotation;

    RotationController(KeyRotation rotation) {
        this.rotation = rotation;
    }

    /** Re-encrypts every value under the active key and recomputes the blind indexes; answers the counts. */
    @PostMapping("/rotation")
    KeyRotation.Report rotate(@RequestParam(defaultValue = "500") int batchSize) {
        if (batchSize < 1 || batchSize > 10_000) {
            throw PetitionException.invalid("batchSize", "privacy.batch-size");
        }
        return rotation.rotate(batchSize);
    }
}
