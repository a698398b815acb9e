package org.xinfang.petition.survey;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.springframework.context.support.DefaultMessageSourceResolvable;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.web.multipart.MultipartFile;
import org.xinfang.petition.audit.AuditTrail;
import org.xinfang.petition.intake.PhoneNumbers;
import org.xinfang.petition.organization.OrgUnit;
import org.xinfang.petition.organization.Organisation;
import org.xinfang.petition.privacy.BlindIndex;
import org.xinfang.petition.shared.PetitionException;
import org.xinfang.petition.shared.PetitionException.FieldViolation;
import org.xinfang.petition.shared.PlainText;

/**
 * 导入服务对象: a clerk imports a list of the people another police service served in a month (110/119/122 callers,
 * visitors at a window), a CSV or an Excel workbook ({@link ServiceUserFile}), before the month is drawn. Every row is
 * checked (each column given, a name of plain text, a phone in mainland China, a bureau's code, a known service, a
 * day of the month and not after today); a list with any bad row is refused as a whole, naming each row's bad
 * columns ({@code rows[5].phone}), and nothing is kept. A person is kept once a month, by phone: a phone repeated in
 * the list or imported before for the month is counted, not kept again. Names and phones are encrypted; the import
 * is audited with its counts, never the people.
 */
@Service
class ImportingServiceUsers {

    static final String IMPORTED = "SURVEY_SERVICE_USERS_IMPORTED";

    /** The most bad cells a refusal lists; the rest are counted. */
    static final int MAX_LISTED = 100;

    private static final int MAX_NAME = 50;
    private static final int MAX_ECHO = 20;
    private static final List<DateTimeFormatter> DATES = List.of(
            DateTimeFormatter.ofPattern("uuuu-M-d"),
            DateTimeFormatter.ofPattern("uuuu/M/d"),
            DateTimeFormatter.ofPattern("uuuu.M.d"),
            DateTimeFormatter.ofPattern("uuuuMMdd"));

    private final ServiceUserRepository serviceUsers;
    private final SurveyDrawRepository draws;
    private final SurveyMonthLock monthLock;
    private final Organisation organisation;
    private final BlindIndex blindIndex;
    private final ClerksOnly clerks;
    private final AuditTrail audit;
    private final SurveyProperties properties;
    private final Clock clock;

    ImportingServiceUsers(
            ServiceUserRepository serviceUsers,
            SurveyDrawRepository draws,
            SurveyMonthLock monthLock,
            Organisation organisation,
            BlindIndex blindIndex,
            ClerksOnly clerks,
            AuditTrail audit,
            SurveyProperties properties,
            Clock clock) {
        this.serviceUsers = serviceUsers;
        this.draws = draws;
        this.monthLock = monthLock;
        this.organisation = organisation;
        this.blindIndex = blindIndex;
        this.clerks = clerks;
        this.audit = audit;
        this.properties = properties;
        this.clock = clock;
    }

    @Transactional
    public ImportView importList(YearMonth month, MultipartFile file) {
        String by = clerks.check().username();
        refuseIfDrawn(month);
        List<ServiceUserFile.Line> lines = ServiceUserFile.read(
                file == null ? null : file.getOriginalFilename(), contentOf(file), properties.maxImportRows());
        List<FieldViolation> violations = new ArrayList<>();
        Map<String, ServiceUserRow> byPhone = new LinkedHashMap<>();
        int repeated = 0;
        for (ServiceUserFile.Line line : lines) {
            Optional<ServiceUserRow> row = check(line, month, violations);
            if (row.isPresent() && byPhone.putIfAbsent(row.get().phone(), row.get()) != null) {
                repeated++;
            }
        }
        refuseIfAny(violations);
        // Read and checked before the month's turn, so a long file keeps no draw waiting; checked again in turn.
        monthLock.hold(month);
        refuseIfDrawn(month);
        Set<String> before = serviceUsers.phoneIndexesOf(month.toString());
        Instant now = clock.instant();
        List<ServiceUser> imported = byPhone.values().stream()
                .map(row ->
                        new ServiceUser(month.toString(), row, blindIndex.of(BlindIndex.PHONE, row.phone()), by, now))
                .filter(user -> !before.contains(user.getPhoneIndex()))
                .toList();
        try {
            serviceUsers.saveAllAndFlush(imported);
        } catch (DataIntegrityViolationException concurrent) {
            // The same phone imported for the month by someone else a moment earlier (the unique month and phone).
            throw PetitionException.conflict("survey.import.concurrent", month);
        }
        int importedBefore = byPhone.size() - imported.size();
        audit.recordChange(
                IMPORTED,
                null,
                "survey " + month + ": " + imported.size() + " service users imported from a list of " + lines.size()
                        + " rows (" + repeated + " repeating a phone of the list, " + importedBefore
                        + " imported before)");
        return new ImportView(
                month.toString(),
                lines.size(),
                imported.size(),
                repeated,
                importedBefore,
                serviceUsers.countsOf(month.toString()));
    }

    /** How many were imported for the month so far, per bureau and service. */
    private void refuseIfDrawn(YearMonth month) {
        if (draws.existsByMonth(month.toString())) {
            throw PetitionException.conflict("survey.import.drawn", month);
        }
    }

    @Transactional(readOnly = true)
    public List<ImportedCount> importedOf(YearMonth month) {
        clerks.check();
        return serviceUsers.countsOf(month.toString());
    }

    private byte[] contentOf(MultipartFile file) {
        if (file == null || file.isEmpty()) {
            throw PetitionException.invalid(ServiceUserFile.FIELD, "survey.import.file-required");
        }
        if (file.getSize() > properties.maxImportSize().toBytes()) {
            throw PetitionException.tooLarge(
                    ServiceUserFile.FIELD,
                    "survey.import.too-large",
                    properties.maxImportSize().toKilobytes());
        }
        try {
            return file.getBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The row if every column of it is right; else its bad columns added to {@code violations}. */
    private Optional<ServiceUserRow> check(
            ServiceUserFile.Line line, YearMonth month, List<FieldViolation> violations) {
        int before = violations.size();
        Cells cells = new Cells(line, violations);
        String name = cells.required(ImportColumn.NAME);
        if (name != null) {
            if (name.codePointCount(0, name.length()) > MAX_NAME) {
                cells.refuse(ImportColumn.NAME, "survey.import.too-long", MAX_NAME);
            } else {
                plainText(name).ifPresent(defect -> cells.refuse(ImportColumn.NAME, "survey.import.defect", defect));
            }
        }
        String phone = cells.required(ImportColumn.PHONE);
        if (phone != null) {
            Optional<String> defect = PhoneNumbers.defectOf(phone);
            if (defect.isPresent()) {
                cells.refuse(ImportColumn.PHONE, "survey.import.defect", resolvable(defect.get(), ImportColumn.PHONE));
            } else {
                phone = PhoneNumbers.toE164(phone);
            }
        }
        String unit = cells.required(ImportColumn.UNIT);
        if (unit != null && organisation.unit(unit).filter(OrgUnit::isBureau).isEmpty()) {
            cells.refuse(ImportColumn.UNIT, "survey.import.not-a-bureau", echo(unit));
        }
        String serviceName = cells.required(ImportColumn.SERVICE);
        PoliceService service =
                serviceName == null ? null : PoliceService.named(serviceName).orElse(null);
        if (serviceName != null && service == null) {
            cells.refuse(ImportColumn.SERVICE, "survey.import.service-unknown", echo(serviceName));
        }
        String day = cells.required(ImportColumn.SERVED_ON);
        LocalDate servedOn = day == null ? null : date(day).orElse(null);
        if (day != null && servedOn == null) {
            cells.refuse(ImportColumn.SERVED_ON, "survey.import.date-unreadable", echo(day));
        } else if (servedOn != null && !YearMonth.from(servedOn).equals(month)) {
            cells.refuse(ImportColumn.SERVED_ON, "survey.import.date-outside-month", servedOn, month);
        } else if (servedOn != null && servedOn.isAfter(LocalDate.now(clock))) {
            cells.refuse(ImportColumn.SERVED_ON, "survey.import.date-in-future", servedOn);
        }
        return violations.size() == before
                ? Optional.of(new ServiceUserRow(name, phone, unit, service, servedOn))
                : Optional.empty();
    }

    /** Beyond {@link #MAX_LISTED} bad cells, the rest counted in one more refusal naming the file. */
    private static void refuseIfAny(List<FieldViolation> violations) {
        if (violations.isEmpty()) {
            return;
        }
        List<FieldViolation> listed = new ArrayList<>(violations.subList(0, Math.min(MAX_LISTED, violations.size())));
        if (violations.size() > MAX_LISTED) {
            listed.add(new FieldViolation(
                    ServiceUserFile.FIELD, "survey.import.more-errors", violations.size() - MAX_LISTED));
        }
        throw PetitionException.invalid(listed);
    }

    private static Optional<DefaultMessageSourceResolvable> plainText(String text) {
        try {
            PlainText.Rule.check("name", text, false);
            return Optional.empty();
        } catch (PetitionException defect) {
            FieldViolation violation = defect.violations().get(0);
            return Optional.of(new DefaultMessageSourceResolvable(
                    new String[] {violation.code()},
                    new Object[] {label(ImportColumn.NAME), violation.args()[0]}));
        }
    }

    private static Optional<LocalDate> date(String text) {
        for (DateTimeFormatter format : DATES) {
            try {
                return Optional.of(LocalDate.parse(text, format));
            } catch (DateTimeParseException next) {
                // the next way of writing a day
            }
        }
        return Optional.empty();
    }

    /** A message of a column's defect, with the column's label, resolved in the language of the refusal. */
    private static DefaultMessageSourceResolvable resolvable(String code, ImportColumn column) {
        return new DefaultMessageSourceResolvable(new String[] {code}, new Object[] {label(column)});
    }

    private static DefaultMessageSourceResolvable label(ImportColumn column) {
        return new DefaultMessageSourceResolvable("field.rows." + column.field());
    }

    /** What the list said, shortened: a value shown back in the refusal (never a name or a phone). */
    private static String echo(String value) {
        return value.length() > MAX_ECHO ? value.substring(0, MAX_ECHO) + "…" : value;
    }

    /** A row's cells, each refusal naming {@code rows[<row>].<column>} with the row's number as argument 1. */
    private record Cells(ServiceUserFile.Line line, List<FieldViolation> violations) {

        String required(ImportColumn column) {
            String value = line.cell(column);
            if (value.isEmpty()) {
                refuse(column, "survey.import.blank");
                return null;
            }
            return value;
        }

        void refuse(ImportColumn column, String code, Object... args) {
            Object[] all = new Object[args.length + 1];
            all[0] = line.row();
            System.arraycopy(args, 0, all, 1, args.length);
            violations.add(new FieldViolation("rows[" + line.row() + "]." + column.field(), code, all));
        }
    }
}
