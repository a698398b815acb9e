package org.xinfang.petition.privacy;

import java.io.IOException;
import java.io.InputStream;

/**
 * The clear content of a sealed stream, one authenticated segment at a time: a segment is given out only after
 * its tag checks, and it is opened as the last one exactly when nothing follows it.
 */
final class OpenedFile extends InputStream {

    private final InputStream sealed;
    private final FileSegments segments;
    private final byte[] stored;
    private final byte[] clear;
    /** The first byte of the next segment, read ahead to learn whether the current one is the last; -1 at the end. */
    private int ahead = -1;

    private boolean finished;
    private int position;
    private int limit;

    OpenedFile(InputStream sealed, FileSegments segments, int segmentBytes) {
        this.sealed = sealed;
        this.segments = segments;
        this.stored = new byte[segmentBytes + FileSegments.TAG_BYTES];
        this.clear = new byte[segmentBytes];
    }

    @Override
    public int read() throws IOException {
        byte[] one = new byte[1];
        return read(one, 0, 1) < 0 ? -1 : one[0] & 0xff;
    }

    @Override
    public int read(byte[] buffer, int offset, int length) throws IOException {
        if (length == 0) {
            return 0;
        }
        while (position == limit) {
            if (finished) {
                return -1;
            }
            nextSegment();
        }
        int count = Math.min(length, limit - position);
        System.arraycopy(clear, position, buffer, offset, count);
        position += count;
        return count;
    }

    private void nextSegment() throws IOException {
        int length = 0;
        if (ahead >= 0) {
            stored[length++] = (byte) ahead;
        }
        length += sealed.readNBytes(stored, length, stored.length - length);
        ahead = length == stored.length ? sealed.read() : -1;
        if (length < FileSegments.TAG_BYTES) {
            throw new FileCipher.DamagedFile("cut short");
        }
        boolean last = ahead < 0;
        limit = segments.run(stored, length, clear, last);
        position = 0;
        finished = last;
    }

    @Override
    public void close() throws IOException {
        sealed.close();
    }
}
