package org.xinfang.petition.attachment;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import org.apache.tika.config.TikaConfig;
import org.apache.tika.detect.Detector;
import org.apache.tika.exception.EncryptedDocumentException;
import org.apache.tika.exception.TikaException;
import org.apache.tika.exception.WriteLimitReachedException;
import org.apache.tika.io.TikaInputStream;
import org.apache.tika.metadata.Metadata;
import org.apache.tika.metadata.PDF;
import org.apache.tika.parser.AutoDetectParser;
import org.apache.tika.parser.ParseContext;
import org.apache.tika.parser.Parser;
import org.apache.tika.parser.ocr.TesseractOCRConfig;
import org.apache.tika.sax.BodyContentHandler;
import org.apache.tika.sax.SecureContentHandler;
import org.apache.tika.sax.WriteOutContentHandler;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.DisposableBean;
import org.springframework.stereotype.Component;
import org.springframework.web.multipart.MultipartFile;
import org.xinfang.petition.attachment.ContentStore.Staged;
import org.xinfang.petition.attachment.ZipContainer.Finding;
import org.xinfang.petition.shared.PetitionException;
import org.xml.sax.SAXException;

/**
 * Checks uploaded files before anything is written for them: count and sizes; the type detected by Tika from
 * the content (never from the name or the client's content type) against the allow-list; the name's extension
 * against that type; zip containers for bombs and DTDs; and a parse that must succeed, unencrypted, within the
 * time limit, which also yields the text. Each refusal names the file ({@code files[2]}).
 */
@Component
class FileInspector implements DisposableBean {

    private static final Logger log = LoggerFactory.getLogger(FileInspector.class);
    private static final long MEGABYTE = 1024 * 1024;

    private final AttachmentProperties limits;
    private final ContentStore store;
    private final Detector detector;
    private final Parser parser;
    private final ExecutorService workers = Executors.newCachedThreadPool(task -> {
        Thread thread = new Thread(task, "attachment-inspection");
        thread.setDaemon(true);
        return thread;
    });

    FileInspector(AttachmentProperties limits, ContentStore store) {
        this.limits = limits;
        this.store = store;
        TikaConfig tika = TikaConfig.getDefaultConfig();
        this.detector = tika.getDetector();
        this.parser = new AutoDetectParser(tika);
    }

    CheckedFiles check(List<MultipartFile> uploads) {
        if (uploads.size() > limits.maxFiles()) {
            throw PetitionException.invalid("files", "attachment.too-many", limits.maxFiles());
        }
        long total = uploads.stream().mapToLong(MultipartFile::getSize).sum();
        if (total > limits.maxTotalSize().toBytes()) {
            throw PetitionException.tooLarge(
                    "files",
                    "attachment.total-too-large",
                    megabytes(limits.maxTotalSize().toBytes()));
        }
        List<CheckedFile> checked = new ArrayList<>();
        try {
            for (int i = 0; i < uploads.size(); i++) {
                checked.add(check("files[" + i + "]", uploads.get(i)));
            }
            return new CheckedFiles(checked, store);
        } catch (RuntimeException e) {
            checked.forEach(file -> store.discard(file.sealed()));
            throw e;
        }
    }

    private CheckedFile check(String field, MultipartFile upload) {
        String name = FileNames.sanitise(upload.getOriginalFilename());
        long maxSize = limits.maxFileSize().toBytes();
        if (upload.getSize() > maxSize) {
            throw PetitionException.tooLarge(field, "attachment.file-too-large", name, megabytes(maxSize));
        }
        Staged staged;
        try (InputStream content = upload.getInputStream()) {
            staged = store.stage(content, maxSize);
        } catch (ContentStore.TooLarge e) {
            throw PetitionException.tooLarge(field, "attachment.file-too-large", name, megabytes(maxSize));
        } catch (IOException e) {
            throw PetitionException.invalid(field, "attachment.unreadable", name);
        }
        try {
            if (staged.size() == 0) {
                throw PetitionException.invalid(field, "attachment.empty", name);
            }
            Inspection inspection = withinTimeLimit(field, name, () -> inspect(field, name, staged.path()));
            ContentStore.Sealed sealed = store.seal(staged.path());
            return new CheckedFile(
                    sealed.path(),
                    sealed.key(),
                    name,
                    inspection.type(),
                    staged.size(),
                    staged.sha256(),
                    inspection.text());
        } catch (RuntimeException e) {
            store.discard(staged.path());
            throw e;
        }
    }

    private Inspection withinTimeLimit(String field, String name, Callable<Inspection> work) {
        Future<Inspection> inspection = workers.submit(work);
        try {
            return inspection.get(limits.extractionTimeout().toMillis(), TimeUnit.MILLISECONDS);
        } catch (TimeoutException e) {
            inspection.cancel(true);
            throw PetitionException.invalid(field, "attachment.too-slow", name);
        } catch (InterruptedException e) {
            inspection.cancel(true);
            Thread.currentThread().interrupt();
            throw PetitionException.invalid(field, "attachment.unreadable", name);
        } catch (ExecutionException e) {
            if (e.getCause() instanceof PetitionException refusal) {
                throw refusal;
            }
            log.info("Attachment inspection failed: {}", e.getCause().getClass().getName());
            throw PetitionException.invalid(field, "attachment.malformed", name);
        }
    }

    private Inspection inspect(String field, String name, Path file) throws IOException {
        if (ZipContainer.isZip(file)) {
            Finding finding = ZipContainer.inspect(file, limits);
            switch (finding) {
                case BOMB -> throw PetitionException.invalid(field, "attachment.bomb", name);
                case EXTERNAL_ENTITY -> throw PetitionException.invalid(field, "attachment.external-entity", name);
                case MALFORMED -> throw PetitionException.invalid(field, "attachment.malformed", name);
                case SAFE -> {}
            }
        }
        String type = detect(file);
        if (AllowedTypes.isEncrypted(type)) {
            throw PetitionException.invalid(field, "attachment.encrypted", name);
        }
        if (!AllowedTypes.isAllowed(type)) {
            throw PetitionException.invalid(field, "attachment.type-not-allowed", name, type);
        }
        if (!AllowedTypes.nameFits(type, name)) {
            throw PetitionException.invalid(field, "attachment.extension-mismatch", name, type);
        }
        return new Inspection(type, parse(field, name, file, type));
    }

    /** The type from the content alone: the metadata tells Tika neither the name nor the client's type. */
    private String detect(Path file) throws IOException {
        try (TikaInputStream in = TikaInputStream.get(file)) {
            return detector.detect(in, new Metadata()).getBaseType().toString();
        }
    }

    private String parse(String field, String name, Path file, String type) throws IOException {
        Metadata metadata = new Metadata();
        metadata.set(Metadata.CONTENT_TYPE, type);
        ParseContext context = new ParseContext();
        TesseractOCRConfig noOcr = new TesseractOCRConfig();
        noOcr.setSkipOcr(true);
        context.set(TesseractOCRConfig.class, noOcr);
        WriteOutContentHandler text = new WriteOutContentHandler(limits.maxTextLength());
        try (TikaInputStream in = TikaInputStream.get(file)) {
            SecureContentHandler secure = new SecureContentHandler(new BodyContentHandler(text), in);
            try {
                parser.parse(in, secure, metadata, context);
            } catch (SAXException e) {
                if (!WriteLimitReachedException.isWriteLimitReached(e)) {
                    refuseIfBomb(secure, e, field, name);
                    throw e;
                }
            }
        } catch (EncryptedDocumentException e) {
            throw PetitionException.invalid(field, "attachment.encrypted", name);
        } catch (TikaException e) {
            throw PetitionException.invalid(field, "attachment.malformed", name);
        } catch (SAXException | RuntimeException e) {
            throw PetitionException.invalid(field, "attachment.malformed", name);
        }
        if (Boolean.parseBoolean(metadata.get(PDF.IS_ENCRYPTED))) {
            throw PetitionException.invalid(field, "attachment.encrypted", name);
        }
        return text.toString().strip();
    }

    /** Tika's guard against documents that expand without end (deep nesting, huge output from little input). */
    private static void refuseIfBomb(SecureContentHandler secure, SAXException e, String field, String name) {
        try {
            secure.throwIfCauseOf(e);
        } catch (TikaException bomb) {
            throw PetitionException.invalid(field, "attachment.bomb", name);
        }
    }

    private static long megabytes(long bytes) {
        return bytes / MEGABYTE;
    }

    @Override
    public void destroy() {
        workers.shutdownNow();
    }

    private record Inspection(String type, String text) {}
}
