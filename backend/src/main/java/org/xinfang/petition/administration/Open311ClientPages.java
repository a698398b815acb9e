package org.xinfang.petition.administration;

import java.util.Locale;
import java.util.Map;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import org.xinfang.petition.open311.Open311Clients;
import org.xinfang.petition.open311.Open311Clients.NewClient;
import org.xinfang.petition.shared.PetitionException;
import org.xinfang.petition.web.PageController;

/**
 * Open311 应用管理 in the workbench: the client applications, registering one and revoking it, through {@link
 * Open311Clients}. An api_key is shown on the page that answers the registration and nowhere else: it is not put
 * in the session nor in a redirect.
 */
@PageController
@RequestMapping("/workbench/admin/open311-clients")
class Open311ClientPages {

    private static final String LIST = "admin/open311-clients";
    private static final String KEY = "admin/open311-client-key";

    private final Open311Clients clients;
    private final FieldErrors fieldErrors;

    Open311ClientPages(Open311Clients clients, FieldErrors fieldErrors) {
        this.clients = clients;
        this.fieldErrors = fieldErrors;
    }

    @GetMapping
    String list(Model model) {
        return listWith(model, "", Map.of());
    }

    @PostMapping
    String register(@RequestParam String name, Locale locale, Model model) {
        try {
            Open311Clients.Registered registered = clients.register(new NewClient(name));
            model.addAttribute("client", registered.client());
            model.addAttribute("key", registered.key());
            model.addAttribute("done", "open311.registered.done");
            return KEY;
        } catch (PetitionException refused) {
            return listWith(model, name, fieldErrors.of(refused, locale));
        }
    }

    @PostMapping("/{id}/revoke")
    String revoke(@PathVariable Long id, Locale locale, Model model, RedirectAttributes redirect) {
        try {
            clients.revoke(id);
            redirect.addFlashAttribute("done", "open311.revoked.done");
            return "redirect:/workbench/admin/open311-clients";
        } catch (PetitionException refused) {
            return listWith(model, "", fieldErrors.of(refused, locale));
        }
    }

    private String listWith(Model model, String name, Map<String, String> errors) {
        model.addAttribute("clients", clients.all());
        model.addAttribute("name", name);
        model.addAttribute("errors", errors);
        return LIST;
    }
}
