package org.xinfang.petition.messaging;

import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.domain.Sort;
import org.springframework.data.web.PageableDefault;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.xinfang.petition.messaging.Outbox.MessageView;
import org.xinfang.petition.messaging.OutboxMessage.Status;
import org.xinfang.petition.shared.SortableBy;

/** 消息发件箱 for administrators (the whole /api/v1/admin tree is theirs): what went out, what failed, retry. */
@RestController
@RequestMapping("/api/v1/admin/outbox")
class OutboxController {

    private final Outbox outbox;

    OutboxController(Outbox outbox) {
        this.outbox = outbox;
    }

    /** The outbox's messages (SMS, e-mail) with their delivery state, for administrators. */
    @GetMapping
    Page<MessageView> list(
            @RequestParam(required = false) Status status,
            @SortableBy({
                        "id",
                        "createdAt",
                        "sentAt",
                        "nextAttemptAt",
                        "attempts",
                        "status",
                        "milestone",
                        "channel",
                        "trackingNumber"
                    })
                    @PageableDefault(size = 50, sort = "id", direction = Sort.Direction.DESC)
                    Pageable page) {
        return outbox.list(status, page);
    }

    /** Sends a failed message again. */
    @PostMapping("/{id}/retry")
    MessageView retry(@PathVariable long id) {
        return outbox.retry(id);
    }
}
