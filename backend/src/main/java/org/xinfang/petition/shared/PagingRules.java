package org.xinfang.petition.shared;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.core.MethodParameter;
import org.springframework.data.domain.Pageable;
import org.springframework.web.method.HandlerMethod;
import org.springframework.web.servlet.HandlerInterceptor;

/**
 * The paging of every list endpoint, checked before Spring Data reads it, which would quietly fall back to its
 * defaults: {@code page} a whole number from 0, {@code size} from 1 to {@code petition.paging.max-size}, and each
 * {@code sort} a property the endpoint allows ({@link SortableBy}), optionally followed by {@code asc} or
 * {@code desc}. Anything else is refused (400) naming {@code page}, {@code size} or {@code sort}.
 */
class PagingRules implements HandlerInterceptor {

    private static final String PAGE = "page";
    private static final String SIZE = "size";
    private static final String SORT = "sort";
    private static final Set<String> DIRECTIONS = Set.of("asc", "desc");

    private final Limits limits;

    PagingRules(Limits limits) {
        this.limits = limits;
    }

    @Override
    public boolean preHandle(HttpServletRequest request, HttpServletResponse response, Object handler) {
        if (handler instanceof HandlerMethod method) {
            Arrays.stream(method.getMethodParameters())
                    .filter(parameter -> Pageable.class.equals(parameter.getParameterType()))
                    .forEach(pageable -> check(request, sortable(pageable)));
        }
        return true;
    }

    private void check(HttpServletRequest request, List<String> sortable) {
        String page = request.getParameter(PAGE);
        if (page != null && wholeNumber(PAGE, page) < 0) {
            throw PetitionException.invalid(PAGE, "constraint.Min", 0);
        }
        String size = request.getParameter(SIZE);
        if (size != null) {
            int value = wholeNumber(SIZE, size);
            if (value < 1) {
                throw PetitionException.invalid(SIZE, "constraint.Min", 1);
            }
            if (value > limits.maxSize()) {
                throw PetitionException.invalid(SIZE, "constraint.Max", limits.maxSize());
            }
        }
        String[] sorts = request.getParameterValues(SORT);
        for (String sort : sorts == null ? new String[0] : sorts) {
            checkSort(sort, sortable);
        }
    }

    /** {@code property[,property…][,asc|desc]}, as Spring Data reads it. */
    private static void checkSort(String sort, List<String> sortable) {
        String[] parts = sort.split(",", -1);
        int properties = parts.length > 1
                        && DIRECTIONS.contains(parts[parts.length - 1].strip().toLowerCase(Locale.ROOT))
                ? parts.length - 1
                : parts.length;
        for (int i = 0; i < properties; i++) {
            if (!sortable.contains(parts[i].strip())) {
                throw PetitionException.invalid(
                        SORT,
                        "constraint.sort-property",
                        parts[i].strip(),
                        sortable.isEmpty() ? "-" : String.join(", ", sortable));
            }
        }
    }

    private static int wholeNumber(String field, String value) {
        try {
            return Integer.parseInt(value.strip());
        } catch (NumberFormatException e) {
            throw PetitionException.invalid(field, "constraint.unreadable");
        }
    }

    private static List<String> sortable(MethodParameter pageable) {
        SortableBy allowed = pageable.getParameterAnnotation(SortableBy.class);
        return allowed == null ? List.of() : List.of(allowed.value());
    }

    /** @param maxSize the largest page a list serves */
    @ConfigurationProperties("petition.paging")
    record Limits(@DefaultValue("2000") int maxSize) {}
}
