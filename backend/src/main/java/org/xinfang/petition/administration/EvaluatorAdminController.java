package org.xinfang.petition.administration;

import jakarta.validation.Valid;
import java.net.URI;
import java.util.List;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;
import org.xinfang.petition.evaluation.EvaluatorDevices;
import org.xinfang.petition.evaluation.EvaluatorDevices.NewEvaluator;
import org.xinfang.petition.evaluation.EvaluatorDevices.Registered;
import org.xinfang.petition.evaluation.EvaluatorView;

/** 评价器管理 for administrators: the window evaluators, their keys (shown once) and revocation. */
@RestController
@RequestMapping("/api/v1/admin/evaluators")
class EvaluatorAdminController {

    private final EvaluatorDevices evaluators;

    EvaluatorAdminController(EvaluatorDevices evaluators) {
        this.evaluators = evaluators;
    }

    /** Every evaluator, revoked ones too; never a key. */
    @GetMapping
    List<EvaluatorView> list() {
        return evaluators.all();
    }

    /** One window evaluator (评价器): its unit, services and state, never its key. */
    @GetMapping("/{id}")
    EvaluatorView get(@PathVariable Long id) {
        return evaluators.get(id);
    }

    /** Registers an evaluator (201); the answer holds its key, which is never shown again. */
    @PostMapping
    ResponseEntity<Registered> register(@Valid @RequestBody NewEvaluator request) {
        Registered registered = evaluators.register(request);
        return ResponseEntity.created(URI.create(
                        "/api/v1/admin/evaluators/" + registered.device().id()))
                .body(registered);
    }

    /** Replaces the evaluator's key: the old one stops working; the answer holds the new key, shown once. */
    @PostMapping("/{id}/rotate-key")
    Registered rotate(@PathVariable Long id) {
        return evaluators.rotate(id);
    }

    /** Revokes the evaluator for good: its key stops working; its ratings stay counted. */
    @PostMapping("/{id}/revoke")
    EvaluatorView revoke(@PathVariable Long id) {
        return evaluators.revoke(id);
    }
}
