package org.xinfang.petition.process;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.Optional;
import org.operaton.bpm.engine.AuthorizationException;
import org.operaton.bpm.engine.BadUserRequestException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.web.filter.OncePerRequestFilter;
import org.xinfang.petition.shared.PetitionException;
import org.xinfang.petition.shared.Problems;

/**
 * Answers every failure at the engine's own doors (the webapps' engine API, /engine-rest) as our API does: an RFC
 * 7807 problem in both languages with the status its cause deserves (our refusal with its own, 409 for the loser of
 * a race, 404 for a task the engine does not grant the caller), never the engine's words: no class names, SQL or ids of records
 * the caller may not know of. The webapps show a failure's {@code message}, so the problem carries one.
 */
class EngineDoorAnswers extends OncePerRequestFilter {

    private static final Logger log = LoggerFactory.getLogger(EngineDoorAnswers.class);

    private final Problems problems;

    EngineDoorAnswers(Problems problems) {
        this.problems = problems;
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        HeldErrorResponse held = new HeldErrorResponse(response);
        EngineDoorFailure.open();
        Optional<RuntimeException> failure;
        try {
            chain.doFilter(request, held);
        } finally {
            failure = EngineDoorFailure.close();
        }
        if (held.isHoldingError() && !response.isCommitted()) {
            ProblemDetail problem = problemFor(HttpStatus.resolve(held.getStatus()), failure, request);
            problem.setProperty("message", problem.getDetail());
            problems.write(response, problem);
        }
    }

    private ProblemDetail problemFor(
            HttpStatus status, Optional<RuntimeException> failure, HttpServletRequest request) {
        Optional<PetitionException> refusal = failure.flatMap(Problems::refusalIn);
        if (refusal.isPresent()) {
            return problems.of(refusal.get());
        }
        Optional<Throwable> race = failure.flatMap(Problems::concurrentChangeIn);
        if (race.isPresent()) {
            log.warn(
                    "Concurrent change at {} {}, answered 409: {}",
                    request.getMethod(),
                    request.getRequestURI(),
                    race.get().getClass().getSimpleName());
            return problems.lostRace(race.get());
        }
        if (failure.filter(AuthorizationException.class::isInstance).isPresent()) {
            // Only webapp staff lack grants, and only on the tasks of others: to them those are no tasks at all.
            return problems.ofStatus(HttpStatus.NOT_FOUND);
        }
        if (failure.filter(BadUserRequestException.class::isInstance).isPresent()) {
            return problems.problem(HttpStatus.BAD_REQUEST, "engine.bad-request");
        }
        HttpStatus shown = status == null ? HttpStatus.INTERNAL_SERVER_ERROR : status;
        if (shown.is5xxServerError()) {
            if (failure.isPresent()) {
                log.error("Unexpected failure at {} {}", request.getMethod(), request.getRequestURI(), failure.get());
            } else {
                log.error(
                        "Unexpected failure at {} {}: status {}", request.getMethod(), request.getRequestURI(), shown);
            }
            return problems.problem(HttpStatus.INTERNAL_SERVER_ERROR, "internal-error");
        }
        return problems.ofStatus(shown);
    }
}
