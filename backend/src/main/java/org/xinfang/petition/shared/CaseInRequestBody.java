package org.xinfang.petition.shared;

import java.lang.reflect.Method;
import java.lang.reflect.RecordComponent;
import java.lang.reflect.Type;
import java.util.Arrays;
import org.slf4j.MDC;
import org.springframework.core.MethodParameter;
import org.springframework.http.HttpInputMessage;
import org.springframework.http.converter.HttpMessageConverter;
import org.springframework.util.ReflectionUtils;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.servlet.mvc.method.annotation.RequestBodyAdviceAdapter;

/**
 * The case a request body names in its {@code trackingNumber} (the citizen's lookup and their other acts with the
 * query code) as the request's {@link LogCorrelation#TRACKING_NUMBER}, when its path names none.
 */
@ControllerAdvice
class CaseInRequestBody extends RequestBodyAdviceAdapter {

    @Override
    public boolean supports(
            MethodParameter parameter, Type targetType, Class<? extends HttpMessageConverter<?>> converterType) {
        return parameter.getParameterType().isRecord()
                && Arrays.stream(parameter.getParameterType().getRecordComponents())
                        .anyMatch(CaseInRequestBody::isTrackingNumber);
    }

    @Override
    public Object afterBodyRead(
            Object body,
            HttpInputMessage inputMessage,
            MethodParameter parameter,
            Type targetType,
            Class<? extends HttpMessageConverter<?>> converterType) {
        if (MDC.get(LogCorrelation.TRACKING_NUMBER) == null) {
            Arrays.stream(body.getClass().getRecordComponents())
                    .filter(CaseInRequestBody::isTrackingNumber)
                    .findFirst()
                    .map(component -> valueOf(component, body))
                    .filter(value -> TrackingNumbers.IN_TEXT.matcher(value).matches())
                    .ifPresent(value -> MDC.put(LogCorrelation.TRACKING_NUMBER, value));
        }
        return body;
    }

    private static boolean isTrackingNumber(RecordComponent component) {
        return component.getName().equals(LogCorrelation.TRACKING_NUMBER) && component.getType() == String.class;
    }

    /** Null when it cannot be read: a log line without the case is better than a request refused for it. */
    private static String valueOf(RecordComponent component, Object body) {
        try {
            Method accessor = component.getAccessor();
            ReflectionUtils.makeAccessible(accessor);
            return (String) accessor.invoke(body);
        } catch (ReflectiveOperationException | RuntimeException e) {
            return null;
        }
    }
}
