package org.xinfang.petition.privacy;

import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.core.encoder.Encoder;
import ch.qos.logback.core.encoder.EncoderBase;

/**
 * An appender's encoder, plain text or JSON alike, handed each event {@link MaskedEvent masked}: no line leaves the
 * node with personal data, whatever a developer logged.
 */
final class MaskingEncoder extends EncoderBase<ILoggingEvent> {

    private final Encoder<ILoggingEvent> encoder;

    MaskingEncoder(Encoder<ILoggingEvent> encoder) {
        this.encoder = encoder;
        setContext(encoder.getContext());
    }

    @Override
    public byte[] headerBytes() {
        return encoder.headerBytes();
    }

    @Override
    public byte[] encode(ILoggingEvent event) {
        return encoder.encode(new MaskedEvent(event));
    }

    @Override
    public byte[] footerBytes() {
        return encoder.footerBytes();
    }

    @Override
    public void start() {
        encoder.start();
        super.start();
    }

    @Override
    public void stop() {
        encoder.stop();
        super.stop();
    }

    @Override
    public boolean isStarted() {
        return encoder.isStarted();
    }
}
