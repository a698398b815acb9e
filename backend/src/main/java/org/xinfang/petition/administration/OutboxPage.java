package org.xinfang.petition.administration;

import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.domain.Sort;
import org.springframework.data.web.PageableDefault;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import org.springframework.web.util.UriComponentsBuilder;
import org.xinfang.petition.messaging.Outbox;
import org.xinfang.petition.messaging.Outbox.MessageView;
import org.xinfang.petition.messaging.OutboxMessage.Status;
import org.xinfang.petition.shared.PetitionException;
import org.xinfang.petition.shared.SortableBy;
import org.xinfang.petition.web.PageController;
import org.xinfang.petition.web.Pager;

/** 发件箱 in the workbench: the messages to complainants by state, and another round of attempts for one. */
@PageController
@RequestMapping("/workbench/admin/outbox")
class OutboxPage {

    private final Outbox outbox;
    private final FieldErrors fieldErrors;

    OutboxPage(Outbox outbox, FieldErrors fieldErrors) {
        this.outbox = outbox;
        this.fieldErrors = fieldErrors;
    }

    @GetMapping
    String list(
            @RequestParam(required = false) Status status,
            @SortableBy({"id", "createdAt", "attempts"})
                    @PageableDefault(size = 20, sort = "id", direction = Sort.Direction.DESC)
                    Pageable pageable,
            Model model) {
        Page<MessageView> page = outbox.list(status, pageable);
        model.addAttribute("page", page);
        model.addAttribute("pager", Pager.of(page));
        model.addAttribute("status", status);
        model.addAttribute("statuses", List.of(Status.values()));
        return "admin/outbox";
    }

    /** Retries one message; one sent already, or being delivered right now, is refused with the reason. */
    @PostMapping("/{id}/retry")
    String retry(
            @PathVariable long id,
            @RequestParam(required = false) Status status,
            Locale locale,
            RedirectAttributes redirect) {
        try {
            outbox.retry(id);
            redirect.addFlashAttribute("done", "outbox.retried");
        } catch (PetitionException refused) {
            redirect.addFlashAttribute(
                    "refusal", fieldErrors.of(refused, locale).get(FieldErrors.FORM));
        }
        redirect.addFlashAttribute("retriedId", id);
        return "redirect:"
                + UriComponentsBuilder.fromPath("/workbench/admin/outbox")
                        .queryParamIfPresent("status", Optional.ofNullable(status))
                        .build()
                        .toUriString();
    }
}
