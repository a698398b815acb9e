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
import org.xinfang.petition.open311.Open311ClientView;
import org.xinfang.petition.open311.Open311Clients;
import org.xinfang.petition.open311.Open311Clients.NewClient;
import org.xinfang.petition.open311.Open311Clients.Registered;

/** Open311 applications for administrators: registering one (its api_key shown once) and revoking it. */
@RestController
@RequestMapping("/api/v1/admin/open311-clients")
class Open311ClientAdminController {

    private final Open311Clients clients;

    Open311ClientAdminController(Open311Clients clients) {
        this.clients = clients;
    }

    /** Every Open311 application, revoked ones too; never a key. */
    @GetMapping
    List<Open311ClientView> list() {
        return clients.all();
    }

    /** Registers an Open311 application (201); the answer holds its api_key, which is never shown again. */
    @PostMapping
    ResponseEntity<Registered> register(@Valid @RequestBody NewClient request) {
        Registered registered = clients.register(request);
        return ResponseEntity.created(URI.create(
                        "/api/v1/admin/open311-clients/" + registered.client().id()))
                .body(registered);
    }

    /** Revokes the application for good: its api_key stops filing; the cases it filed stay. */
    @PostMapping("/{id}/revoke")
    Open311ClientView revoke(@PathVariable Long id) {
        return clients.revoke(id);
    }
}
