package org.xinfang.petition.attachment;

import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.channels.Channels;
import java.nio.channels.FileChannel;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.security.DigestInputStream;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.UUID;
import java.util.regex.Pattern;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;
import org.xinfang.petition.privacy.FileCipher;

/**
 * The files themselves, on the filesystem under {@code petition.attachments.dir}: a file arrives in the scratch
 * area ({@code tmp/}) in clear, is checked there, then sealed ({@link FileCipher}, under the data keys) and its
 * clear copy removed before the request touches the database; attaching moves the sealed file to its generated
 * name ({@code ab/<uuid>}), which is also its associated data, so a file moved to another name does not open. A
 * file kept in a transaction that then rolls back is removed again, so the store never holds a file that no row
 * names. Every change of a stored file is a new file moved over the old in one step, so a crash leaves either.
 */
@Component
class ContentStore {

    private static final Logger log = LoggerFactory.getLogger(ContentStore.class);
    private static final Pattern KEY = Pattern.compile("[0-9a-f]{2}/[0-9a-f-]{36}");

    private final Path root;
    private final Path scratch;
    private final FileCipher cipher;

    ContentStore(AttachmentProperties properties, FileCipher cipher) {
        this.root = properties.dir().toAbsolutePath().normalize();
        this.scratch = root.resolve("tmp");
        this.cipher = cipher;
    }

    /** Copies an upload into the scratch area, with its SHA-256, stopping as soon as it exceeds {@code maxSize}. */
    Staged stage(InputStream content, long maxSize) throws IOException {
        Files.createDirectories(scratch);
        Path staged = Files.createTempFile(scratch, "upload-", ".part");
        MessageDigest sha256 = sha256();
        try (InputStream in = new DigestInputStream(content, sha256);
                var out = Files.newOutputStream(staged)) {
            byte[] buffer = new byte[64 * 1024];
            long size = 0;
            for (int read; (read = in.read(buffer)) != -1; ) {
                size += read;
                if (size > maxSize) {
                    throw new TooLarge();
                }
                out.write(buffer, 0, read);
            }
            return new Staged(staged, size, HexFormat.of().formatHex(sha256.digest()));
        } catch (IOException | RuntimeException e) {
            discard(staged);
            throw e;
        }
    }

    /**
     * Seals a checked file under the name it will be kept by, still in the scratch area, and removes the clear
     * copy: from here on the file exists only encrypted.
     */
    Sealed seal(Path staged) {
        String id = UUID.randomUUID().toString();
        String key = id.substring(0, 2) + "/" + id;
        try (InputStream clear = Files.newInputStream(staged)) {
            Path sealed = Files.createTempFile(scratch, "sealed-", ".part");
            try {
                writeSealed(clear, sealed, key);
            } catch (IOException | RuntimeException e) {
                discard(sealed);
                throw e;
            }
            return new Sealed(key, sealed);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } finally {
            discard(staged);
        }
    }

    /** Moves a sealed file to its generated name; removed again if the current transaction rolls back. */
    void keep(CheckedFile file) {
        if (!TransactionSynchronizationManager.isSynchronizationActive()) {
            throw new IllegalStateException("Attachments are kept only inside a transaction");
        }
        Path target = locate(file.storageKey());
        try {
            Files.createDirectories(target.getParent());
            Files.move(file.sealed(), target, StandardCopyOption.ATOMIC_MOVE);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
            @Override
            public void afterCompletion(int status) {
                if (status != STATUS_COMMITTED) {
                    discard(target);
                }
            }
        });
    }

    /** Removes a stored file once the current transaction commits (and not if it rolls back). */
    void removeAfterCommit(String key) {
        Path file = locate(key);
        TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
            @Override
            public void afterCommit() {
                discard(file);
            }
        });
    }

    /**
     * The clear content of a stored file, decrypted as it is read. The whole file is authenticated first, so a
     * file altered or cut short fails here ({@link FileCipher.DamagedFile}) rather than half-way through a download.
     */
    InputStream open(String key) throws IOException {
        Path file = locate(key);
        try (InputStream whole = cipher.open(Files.newInputStream(file), key)) {
            whole.transferTo(OutputStream.nullOutputStream());
        }
        return cipher.open(Files.newInputStream(file), key);
    }

    /**
     * Brings a stored file under the active key: a file in clear (kept before files were encrypted) is sealed, a
     * file under an older key re-encrypted, a current one left alone. The new version is written beside the old
     * and moved over it only when complete and on disk, and only if its content still has the SHA-256 its record
     * holds, so that a file altered in clear is not sealed as if it were genuine.
     */
    Resealed reseal(String key, String sha256) throws IOException {
        Path file = locate(key);
        if (!Files.exists(file)) {
            log.warn("Attachment file {} is missing from the store", key);
            return Resealed.MISSING;
        }
        boolean sealed = FileCipher.isSealed(file);
        if (sealed && cipher.isCurrent(file)) {
            return Resealed.CURRENT;
        }
        Files.createDirectories(scratch);
        Path next = Files.createTempFile(scratch, "reseal-", ".part");
        try (InputStream clear = sealed ? cipher.open(Files.newInputStream(file), key) : Files.newInputStream(file)) {
            if (!writeSealed(clear, next, key).equals(sha256)) {
                throw new FileCipher.DamagedFile("attachment file " + key + " does not match its record");
            }
            Files.move(next, file, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
        } finally {
            discard(next);
        }
        return sealed ? Resealed.REENCRYPTED : Resealed.SEALED;
    }

    /** Seals {@code clear} into {@code target}, forced to disk; answers the SHA-256 of the clear content. */
    private String writeSealed(InputStream clear, Path target, String key) throws IOException {
        MessageDigest sha256 = sha256();
        try (FileChannel channel =
                        FileChannel.open(target, StandardOpenOption.WRITE, StandardOpenOption.TRUNCATE_EXISTING);
                OutputStream out = new BufferedOutputStream(Channels.newOutputStream(channel), 64 * 1024)) {
            cipher.seal(new DigestInputStream(clear, sha256), out, key);
            out.flush();
            channel.force(true);
        }
        return HexFormat.of().formatHex(sha256.digest());
    }

    /** The file of a storage key; keys are ours, but checked so that no path can ever leave the store. */
    Path locate(String key) {
        if (!KEY.matcher(key).matches()) {
            throw new IllegalArgumentException("Not a storage key");
        }
        return root.resolve(key);
    }

    /** Where uploads are checked and sealed before they are attached. */
    Path scratch() {
        return scratch;
    }

    void discard(Path file) {
        try {
            Files.deleteIfExists(file);
        } catch (IOException e) {
            log.warn("Could not remove {} from the attachment store: {}", file.getFileName(), e.getMessage());
        }
    }

    private static MessageDigest sha256() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    record Staged(Path path, long size, String sha256) {}

    /** A checked file sealed in the scratch area under the storage key it will be kept by. */
    record Sealed(String key, Path path) {}

    /** What {@link #reseal} found and did. */
    enum Resealed {
        CURRENT,
        SEALED,
        REENCRYPTED,
        MISSING
    }

    /** The upload is larger than allowed; said while copying, because a declared size may lie. */
    static final class TooLarge extends IOException {
        TooLarge() {
            super("upload too large");
        }
    }
}
