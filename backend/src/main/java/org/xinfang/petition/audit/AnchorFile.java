package org.xinfang.petition.audit;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.List;

/**
 * A file of checkpoints outside the database: this node's, one line per anchoring, only ever appended to, or one
 * an operator made of the lines the log collector kept. Each
 * line is one write to a file opened for appending, so lines written at once (by two nodes sharing the path, or
 * two threads) never interleave on a local file system; give each node its own local path all the same.
 */
class AnchorFile {

    private final Path path;

    AnchorFile(Path path) {
        this.path = path;
    }

    Path path() {
        return path;
    }

    void append(Checkpoint checkpoint) throws IOException {
        Path parent = path.toAbsolutePath().getParent();
        if (parent != null) {
            Files.createDirectories(parent);
        }
        ByteBuffer line = ByteBuffer.wrap((checkpoint.line() + "\n").getBytes(StandardCharsets.US_ASCII));
        try (FileChannel out = FileChannel.open(
                path, StandardOpenOption.CREATE, StandardOpenOption.WRITE, StandardOpenOption.APPEND)) {
            while (line.hasRemaining()) {
                out.write(line);
            }
        }
    }

    /**
     * Every line so far, none before the first anchoring; bytes that are not UTF-8 do not stop the reading, they
     * fail their line.
     */
    List<String> lines() throws IOException {
        return Files.exists(path)
                ? new String(Files.readAllBytes(path), StandardCharsets.UTF_8)
                        .lines()
                        .toList()
                : List.of();
    }
}
