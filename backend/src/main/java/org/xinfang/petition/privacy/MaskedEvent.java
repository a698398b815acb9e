package org.xinfang.petition.privacy;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.classic.spi.IThrowableProxy;
import ch.qos.logback.classic.spi.LoggerContextVO;
import ch.qos.logback.classic.spi.StackTraceElementProxy;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import org.slf4j.Marker;
import org.slf4j.event.KeyValuePair;

/**
 * A logging event as every encoder sees it: its message, key-value pairs and exceptions' messages masked by
 * {@link LogMasking}, the rest (time, level, logger, MDC) as logged.
 */
record MaskedEvent(ILoggingEvent event) implements ILoggingEvent {

    @Override
    public String getFormattedMessage() {
        return LogMasking.mask(event.getFormattedMessage());
    }

    @Override
    public String getMessage() {
        return LogMasking.mask(event.getMessage());
    }

    /** The arguments are in the formatted message already; given apart they would escape the masking. */
    @Override
    public Object[] getArgumentArray() {
        return null;
    }

    @Override
    public List<KeyValuePair> getKeyValuePairs() {
        List<KeyValuePair> pairs = event.getKeyValuePairs();
        return pairs == null
                ? null
                : pairs.stream()
                        .map(pair -> new KeyValuePair(
                                pair.key, pair.value instanceof String text ? LogMasking.mask(text) : pair.value))
                        .toList();
    }

    @Override
    public IThrowableProxy getThrowableProxy() {
        return MaskedThrowable.of(event.getThrowableProxy());
    }

    @Override
    public String getThreadName() {
        return event.getThreadName();
    }

    @Override
    public Level getLevel() {
        return event.getLevel();
    }

    @Override
    public String getLoggerName() {
        return event.getLoggerName();
    }

    @Override
    public LoggerContextVO getLoggerContextVO() {
        return event.getLoggerContextVO();
    }

    @Override
    public StackTraceElement[] getCallerData() {
        return event.getCallerData();
    }

    @Override
    public boolean hasCallerData() {
        return event.hasCallerData();
    }

    @Override
    public List<Marker> getMarkerList() {
        return event.getMarkerList();
    }

    @Override
    public Map<String, String> getMDCPropertyMap() {
        return event.getMDCPropertyMap();
    }

    @Override
    @SuppressWarnings("deprecation")
    public Map<String, String> getMdc() {
        return event.getMdc();
    }

    @Override
    public long getTimeStamp() {
        return event.getTimeStamp();
    }

    @Override
    public int getNanoseconds() {
        return event.getNanoseconds();
    }

    @Override
    public Instant getInstant() {
        return event.getInstant();
    }

    @Override
    public long getSequenceNumber() {
        return event.getSequenceNumber();
    }

    @Override
    public void prepareForDeferredProcessing() {
        event.prepareForDeferredProcessing();
    }

    /** An exception as the stack trace shows it, its message and its causes' masked. */
    record MaskedThrowable(IThrowableProxy proxy) implements IThrowableProxy {

        static IThrowableProxy of(IThrowableProxy proxy) {
            return proxy == null ? null : new MaskedThrowable(proxy);
        }

        @Override
        public String getMessage() {
            return LogMasking.mask(proxy.getMessage());
        }

        @Override
        public String getOverridingMessage() {
            return LogMasking.mask(proxy.getOverridingMessage());
        }

        @Override
        public String getClassName() {
            return proxy.getClassName();
        }

        @Override
        public StackTraceElementProxy[] getStackTraceElementProxyArray() {
            return proxy.getStackTraceElementProxyArray();
        }

        @Override
        public int getCommonFrames() {
            return proxy.getCommonFrames();
        }

        @Override
        public IThrowableProxy getCause() {
            return of(proxy.getCause());
        }

        @Override
        public IThrowableProxy[] getSuppressed() {
            IThrowableProxy[] suppressed = proxy.getSuppressed();
            return suppressed == null
                    ? null
                    : Arrays.stream(suppressed).map(MaskedThrowable::of).toArray(IThrowableProxy[]::new);
        }

        @Override
        public boolean isCyclic() {
            return proxy.isCyclic();
        }
    }
}
