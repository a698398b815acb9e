package org.xinfang.petition.bulletin;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.YearMonth;
import java.util.List;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;
import org.xinfang.petition.bulletin.BulletinStore.Version;
import org.xinfang.petition.bulletin.Bulletins.Listed;

@RestController
@RequestMapping("/api/v1/bulletins")
class BulletinController {

    static final MediaType XLSX =
            MediaType.parseMediaType("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");

    private final Bulletins bulletins;

    BulletinController(Bulletins bulletins) {
        this.bulletins = bulletins;
    }

    /** Each month's newest bulletin, newest month first, with where to download it. */
    @GetMapping
    List<BulletinView> list() {
        return bulletins.list().stream().map(BulletinView::of).toList();
    }

    /** Generates the first bulletin of a closed month. */
    @PostMapping("/{month}")
    @ResponseStatus(HttpStatus.CREATED)
    BulletinView generate(@PathVariable YearMonth month) {
        return BulletinView.of(new Listed(bulletins.generate(month), 1));
    }

    /** Generates a new version of a month's bulletin; the older versions are kept. */
    @PostMapping("/{month}/versions")
    @ResponseStatus(HttpStatus.CREATED)
    BulletinView regenerate(@PathVariable YearMonth month) {
        Version version = bulletins.regenerate(month);
        return BulletinView.of(new Listed(version, version.version()));
    }

    /** A month's bulletin (通报) as PDF, the latest version unless one is named. */
    @GetMapping("/{month}.pdf")
    ResponseEntity<byte[]> pdf(@PathVariable YearMonth month, @RequestParam(required = false) Integer version) {
        return download(bulletins.pdf(month, version), MediaType.APPLICATION_PDF, month + ".pdf");
    }

    /** A month's bulletin (通报) as a spreadsheet, the latest version unless one is named. */
    @GetMapping("/{month}.xlsx")
    ResponseEntity<byte[]> workbook(@PathVariable YearMonth month, @RequestParam(required = false) Integer version) {
        return download(bulletins.workbook(month, version), XLSX, month + ".xlsx");
    }

    static ResponseEntity<byte[]> download(byte[] file, MediaType type, String name) {
        return ResponseEntity.ok()
                .contentType(type)
                .header(
                        HttpHeaders.CONTENT_DISPOSITION,
                        ContentDisposition.attachment()
                                .filename("考核通报-" + name, StandardCharsets.UTF_8)
                                .build()
                                .toString())
                .body(file);
    }

    /** A month's newest bulletin as listed: its version, how many there are, who made it when, and its files. */
    record BulletinView(
            YearMonth month,
            int version,
            int versions,
            String generatedBy,
            Instant generatedAt,
            String pdf,
            String workbook) {

        static BulletinView of(Listed listed) {
            Version newest = listed.newest();
            String base = "/api/v1/bulletins/" + newest.month();
            return new BulletinView(
                    newest.month(),
                    newest.version(),
                    listed.versions(),
                    newest.generatedBy(),
                    newest.generatedAt(),
                    base + ".pdf",
                    base + ".xlsx");
        }
    }
}
