package org.xinfang.petition.process;

import jakarta.servlet.ServletOutputStream;
import jakarta.servlet.WriteListener;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpServletResponseWrapper;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.Writer;

/**
 * Passes a successful answer through as it is written, but holds back an error answer (status 400 and above): its
 * status and body are dropped, so that the one who wrapped it can answer in its place.
 */
final class HeldErrorResponse extends HttpServletResponseWrapper {

    private int status = SC_OK;
    private boolean holding;

    HeldErrorResponse(HttpServletResponse response) {
        super(response);
    }

    boolean isHoldingError() {
        return holding;
    }

    @Override
    public int getStatus() {
        return status;
    }

    @Override
    public void setStatus(int status) {
        this.status = status;
        holding = status >= SC_BAD_REQUEST;
        if (!holding) {
            super.setStatus(status);
        }
    }

    @Override
    public void sendError(int status) {
        setStatus(status);
    }

    @Override
    public void sendError(int status, String message) {
        setStatus(status);
    }

    @Override
    public ServletOutputStream getOutputStream() throws IOException {
        if (!holding) {
            return super.getOutputStream();
        }
        return new ServletOutputStream() {
            @Override
            public void write(int b) {
                // dropped
            }

            @Override
            public boolean isReady() {
                return true;
            }

            @Override
            public void setWriteListener(WriteListener listener) {
                throw new UnsupportedOperationException("An error answer is written at once");
            }
        };
    }

    @Override
    public PrintWriter getWriter() throws IOException {
        return holding ? new PrintWriter(Writer.nullWriter()) : super.getWriter();
    }

    @Override
    public void setContentLength(int length) {
        if (!holding) {
            super.setContentLength(length);
        }
    }

    @Override
    public void setContentLengthLong(long length) {
        if (!holding) {
            super.setContentLengthLong(length);
        }
    }

    @Override
    public void flushBuffer() throws IOException {
        if (!holding) {
            super.flushBuffer();
        }
    }

    @Override
    public boolean isCommitted() {
        return !holding && super.isCommitted();
    }
}
