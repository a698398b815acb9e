package org.xinfang.petition.consultation;

import io.swagger.v3.oas.annotations.responses.ApiResponse;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.validation.Valid;
import java.net.URI;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.web.PageableDefault;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.xinfang.petition.abuse.LookupThrottle;
import org.xinfang.petition.consultation.Asking.AskedConsultation;
import org.xinfang.petition.consultation.ConsultationDesk.AnswerRequest;
import org.xinfang.petition.consultation.ConsultationDesk.PublicationRequest;
import org.xinfang.petition.consultation.ConsultationDesk.QueueItem;
import org.xinfang.petition.consultation.ConsultationDesk.RerouteRequest;
import org.xinfang.petition.consultation.PublicConsultations.PublicQa;
import org.xinfang.petition.security.CurrentStaff;
import org.xinfang.petition.shared.PetitionException;
import org.xinfang.petition.shared.PlainText;
import org.xinfang.petition.shared.SortableBy;

/** 在线咨询: asking and following a question (public), the staff queue and actions, the public Q&A list. */
@RestController
@RequestMapping("/api/v1")
class ConsultationController {

    private final Asking asking;
    private final ConsultationDesk desk;
    private final PublicConsultations published;
    private final LookupThrottle throttle;
    private final CurrentStaff currentStaff;

    ConsultationController(
            Asking asking,
            ConsultationDesk desk,
            PublicConsultations published,
            LookupThrottle throttle,
            CurrentStaff currentStaff) {
        this.asking = asking;
        this.desk = desk;
        this.published = published;
        this.throttle = throttle;
        this.currentStaff = currentStaff;
    }

    /**
     * Anyone asks, without an account; the answer carries the tracking number and the one-time query code. Limited
     * per client address (429 beyond).
     */
    @ApiResponse(responseCode = "429", description = "提交过于频繁 · the client address's submissions are used up")
    @PostMapping("/consultations")
    ResponseEntity<AskedConsultation> ask(@Valid @RequestBody AskRequest request, HttpServletRequest http) {
        AskedConsultation asked = asking.ask(request, http.getRemoteAddr());
        return ResponseEntity.created(URI.create("/api/v1/consultations/" + asked.trackingNumber()))
                .body(asked);
    }

    /**
     * With the query code: the asker's view, throttled against guessing like the complaint lookup. Without: the
     * staff record, for staff who may see it.
     */
    @ApiResponse(responseCode = "429", description = "查询过于频繁 · too many failed lookups of this case or address")
    @GetMapping("/consultations/{trackingNumber}")
    Object view(
            @PathVariable String trackingNumber,
            @RequestParam(required = false) String queryCode,
            HttpServletRequest http) {
        if (queryCode != null) {
            return throttle.guard(trackingNumber, http.getRemoteAddr(), () -> asking.view(trackingNumber, queryCode));
        }
        if (currentStaff.find().isEmpty()) {
            throw PetitionException.unauthenticated("authentication-required");
        }
        return desk.detail(trackingNumber);
    }

    /**
     * The staff queue: a department sees what was routed to it, the petition office everything; the oldest question
     * first, or as {@code sort} asks ({@code askedAt}, {@code dueAt}, asc or desc).
     */
    @GetMapping("/consultations")
    Page<QueueItem> queue(
            @RequestParam(required = false) ConsultationStatus status,
            @SortableBy({ConsultationDesk.ASKED_AT, ConsultationDesk.DUE_AT})
                    @PageableDefault(size = 20, sort = ConsultationDesk.ASKED_AT)
                    Pageable page) {
        return desk.queue(status, page);
    }

    /** Answers a consultation (咨询), by the department it was routed to. */
    @PostMapping("/consultations/{trackingNumber}/answer")
    ResponseEntity<Void> answer(@PathVariable String trackingNumber, @Valid @RequestBody AnswerRequest request) {
        desk.answer(trackingNumber, request.text());
        return ResponseEntity.noContent().build();
    }

    /** Sends a consultation back to the petition office to route it elsewhere, saying why. */
    @PostMapping("/consultations/{trackingNumber}/reroute")
    ResponseEntity<Void> reroute(@PathVariable String trackingNumber, @Valid @RequestBody RerouteRequest request) {
        desk.reroute(trackingNumber, request.department(), request.reason());
        return ResponseEntity.noContent().build();
    }

    /** Decides whether a consultation's answer is published (公开答复), by the petition office. */
    @PostMapping("/consultations/{trackingNumber}/publication")
    ResponseEntity<Void> decidePublication(
            @PathVariable String trackingNumber, @Valid @RequestBody PublicationRequest request) {
        desk.decidePublication(trackingNumber, request.publish(), request.publicQuestion(), request.publicAnswer());
        return ResponseEntity.noContent().build();
    }

    /** 公众问答: the published Q&A, newest first, those with the words of {@code q} if given; open to everyone. */
    @GetMapping("/public/consultations")
    Page<PublicQa> publicList(
            @RequestParam(required = false) @PlainText String q,
            @RequestParam(defaultValue = "0") int page,
            @RequestParam(defaultValue = "20") int size) {
        return published.list(q, page, size);
    }
}
