package org.xinfang.petition.open311;

import jakarta.servlet.http.HttpServletRequest;
import java.util.List;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.util.MultiValueMap;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.xinfang.petition.abuse.SubmissionKeys;
import org.xinfang.petition.shared.PetitionException;

/**
 * Open311 GeoReport v2 (docs/open311.md): each resource in JSON or XML by its suffix ({@code services.json},
 * {@code requests/XF….xml}), XML without one. Reading is open to anyone; filing needs an application's api_key.
 * Errors are the specification's array of code and description ({@link Open311Errors}).
 */
@RestController
@RequestMapping("/open311/v2")
class Open311Controller {

    private final ServiceCatalogue catalogue;
    private final Open311Filing filing;
    private final ServiceRequests requests;
    private final Jurisdiction jurisdiction;
    private final Open311Writer writer;

    Open311Controller(
            ServiceCatalogue catalogue,
            Open311Filing filing,
            ServiceRequests requests,
            Jurisdiction jurisdiction,
            Open311Writer writer) {
        this.catalogue = catalogue;
        this.filing = filing;
        this.requests = requests;
        this.jurisdiction = jurisdiction;
        this.writer = writer;
    }

    /** Every resource is of our one jurisdiction: another one is not found, whatever was asked. */
    @ModelAttribute
    void jurisdiction(@RequestParam(name = "jurisdiction_id", required = false) String jurisdictionId) {
        jurisdiction.check(jurisdictionId);
    }

    /** GET Service List: our categories, each a realtime service with attributes. */
    @GetMapping({"/services", "/services.{format}"})
    ResponseEntity<byte[]> services(HttpServletRequest http) {
        return writer.services(format(http), catalogue.services(Open311Request.language(http)));
    }

    /** GET Service Definition: the intake form's fields as the service's attributes. */
    @GetMapping("/services/{code}")
    ResponseEntity<byte[]> definition(@PathVariable String code, HttpServletRequest http) {
        return writer.definition(
                format(http), catalogue.definition(Open311Request.withoutFormat(code), Open311Request.language(http)));
    }

    /**
     * POST Service Request ({@code application/x-www-form-urlencoded}): files a complaint as our own API does; the
     * answer's id is the tracking number, its notice holds the one-time query code. An {@code Idempotency-Key}
     * makes a retry answer the same instead of filing again.
     */
    @PostMapping({"/requests", "/requests.{format}"})
    ResponseEntity<byte[]> file(
            @RequestParam MultiValueMap<String, String> form,
            @RequestHeader(name = SubmissionKeys.HEADER, required = false) String idempotencyKey,
            HttpServletRequest http) {
        return writer.requests(HttpStatus.CREATED, format(http), List.of(filing.file(form, idempotencyKey)));
    }

    /** GET Service Requests: by id, or by service, status and range (90 days at most), 1000 at most. */
    @GetMapping({"/requests", "/requests.{format}"})
    ResponseEntity<byte[]> find(
            @RequestParam(name = "service_request_id", required = false) String ids,
            @RequestParam(name = "service_code", required = false) String serviceCodes,
            @RequestParam(name = "status", required = false) String statuses,
            @RequestParam(name = "start_date", required = false) String startDate,
            @RequestParam(name = "end_date", required = false) String endDate,
            HttpServletRequest http) {
        return writer.requests(
                HttpStatus.OK,
                format(http),
                requests.find(
                        new ServiceRequests.Query(ids, serviceCodes, statuses, startDate, endDate),
                        Open311Request.language(http)));
    }

    /** GET Service Request: one case's public view by its tracking number. */
    @GetMapping("/requests/{id}")
    ResponseEntity<byte[]> get(@PathVariable String id, HttpServletRequest http) {
        return writer.requests(
                HttpStatus.OK,
                format(http),
                List.of(requests.get(Open311Request.withoutFormat(id), Open311Request.language(http))));
    }

    /** GET service_request_id from a token: a tracking number kept as a token answers with itself. */
    @GetMapping("/tokens/{token}")
    ResponseEntity<byte[]> token(@PathVariable String token, HttpServletRequest http) {
        return writer.requests(
                HttpStatus.OK, format(http), List.of(requests.token(Open311Request.withoutFormat(token))));
    }

    /** The suffix asked for; one we do not serve is refused (in XML) before anything is done. */
    private static Open311Format format(HttpServletRequest http) {
        if (Open311Format.ofPath(http.getRequestURI()) == null) {
            throw PetitionException.notFound("open311.unknown-format");
        }
        return Open311Request.format(http);
    }
}
