package org.xinfang.petition.attachment;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
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

/**
 * The files themselves, on the filesystem under {@code petition.attachments.dir}: a file arrives in the scratch
 * area ({@code tmp/}), is checked there, and is moved to a generated name ({@code ab/<uuid>}) when it is attached.
 * A file kept in a transaction that then rolls back is removed again, so the store never holds a file that no
 * row names.
 */
@Component
class ContentStore {

  private static final Logger log = LoggerFactory.getLogger(ContentStore.class);
  private static final Pattern KEY = Pattern.compile("[0-9a-f]{2}/[0-9a-f-]{36}");

  private final Path root;
  private final Path scratch;

  ContentStore(AttachmentProperties properties) {
    this.root = properties.dir().toAbsolutePath().normalize();
    this.scratch = root.resolve("tmp");
  }

  /** Copies an upload into the scratch area, with its SHA-256, stopping as soon as it exceeds {@code maxSize}. */
  Staged stage(InputStream content, long maxSize) throws IOException {
    Files.createDirectories(scratch);
    Path staged = Files.createTempFile(scratch, "upload-", ".part");
    MessageDigest sha256 = sha256();
    try (InputStream in = new DigestInputStream(content, sha256); var out = Files.newOutputStream(staged)) {
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

  /** Moves a staged file to its generated name; removed again if the current transaction rolls back. */
  String keep(Path staged) {
    if (!TransactionSynchronizationManager.isSynchronizationActive()) {
      throw new IllegalStateException("Attachments are kept only inside a transaction");
    }
    String id = UUID.randomUUID().toString();
    String key = id.substring(0, 2) + "/" + id;
    Path target = root.resolve(key);
    try {
      Files.createDirectories(target.getParent());
      Files.move(staged, target, StandardCopyOption.ATOMIC_MOVE);
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
    return key;
  }

  /** The file of a storage key; keys are ours, but checked so that no path can ever leave the store. */
  Path locate(String key) {
    if (!KEY.matcher(key).matches()) {
      throw new IllegalArgumentException("Not a storage key");
    }
    return root.resolve(key);
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

  /** The upload is larger than allowed; said while copying, because a declared size may lie. */
  static final class TooLarge extends IOException {
    TooLarge() {
      super("upload too large");
    }
  }
}
