package org.xinfang.petition.survey;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.Reader;
import java.io.StringReader;
import java.math.BigDecimal;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.DateUtil;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.xinfang.petition.shared.PetitionException;

/**
 * An uploaded list of service users read into its rows: a CSV (UTF-8, with or without a byte order mark, or GB18030
 * as a Chinese Excel saves it) or the first sheet of an Excel workbook (.xlsx). The first non-empty row names the
 * columns ({@link ImportColumn}); empty rows are skipped; each row keeps its number in the file, the header's being
 * 1, as a spreadsheet shows it. What cannot be read is refused naming {@code file}.
 */
final class ServiceUserFile {

    static final String FIELD = "file";

    /** Refuses a workbook whose parts unpack to more than this: a small file may hold a great deal of XML. */
    private static final long MAX_UNPACKED_BYTES = 64L * 1024 * 1024;

    private static final Charset GB18030 = Charset.forName("GB18030");
    private static final byte[] BOM = {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF};

    /** One row of the file: its number and its cells by column, each as text (a date as yyyy-MM-dd). */
    record Line(int row, Map<ImportColumn, String> cells) {

        String cell(ImportColumn column) {
            return cells.getOrDefault(column, "").strip();
        }
    }

    private ServiceUserFile() {}

    /** The rows of the file, at most {@code maxRows} of them. */
    static List<Line> read(String fileName, byte[] content, int maxRows) {
        String name = fileName == null ? "" : fileName.toLowerCase(Locale.ROOT);
        List<List<String>> rows;
        List<Integer> numbers = new ArrayList<>();
        if (name.endsWith(".csv")) {
            rows = csv(content, numbers, maxRows + 2);
        } else if (name.endsWith(".xlsx")) {
            rows = xlsx(content, numbers, maxRows + 2);
        } else {
            throw PetitionException.invalid(FIELD, "survey.import.file-type");
        }
        if (rows.isEmpty()) {
            throw PetitionException.invalid(FIELD, "survey.import.empty");
        }
        Map<Integer, ImportColumn> columns = columns(rows.get(0));
        if (rows.size() == 1) {
            throw PetitionException.invalid(FIELD, "survey.import.empty");
        }
        if (rows.size() - 1 > maxRows) {
            throw PetitionException.tooLarge(FIELD, "survey.import.too-many-rows", maxRows);
        }
        List<Line> lines = new ArrayList<>();
        for (int i = 1; i < rows.size(); i++) {
            Map<ImportColumn, String> cells = new EnumMap<>(ImportColumn.class);
            List<String> row = rows.get(i);
            columns.forEach((index, column) -> cells.put(column, index < row.size() ? row.get(index) : ""));
            lines.add(new Line(numbers.get(i), cells));
        }
        return lines;
    }

    /** Which column is where; every column must be there, each once. */
    private static Map<Integer, ImportColumn> columns(List<String> header) {
        Map<Integer, ImportColumn> columns = new HashMap<>();
        for (int i = 0; i < header.size(); i++) {
            int index = i;
            ImportColumn.ofHeader(header.get(i)).ifPresent(column -> {
                if (columns.containsValue(column)) {
                    throw PetitionException.invalid(FIELD, "survey.import.column-twice", column.header());
                }
                columns.put(index, column);
            });
        }
        for (ImportColumn column : ImportColumn.values()) {
            if (!columns.containsValue(column)) {
                throw PetitionException.invalid(FIELD, "survey.import.column-missing", column.header());
            }
        }
        return columns;
    }

    /** The non-empty rows, up to {@code limit} of them (the rest is not read: the list is refused as too long). */
    private static List<List<String>> csv(byte[] content, List<Integer> numbers, int limit) {
        List<List<String>> rows = new ArrayList<>();
        try (Reader text = new StringReader(decode(content));
                CSVParser parser = CSVFormat.DEFAULT
                        .builder()
                        .setIgnoreEmptyLines(true)
                        .setTrim(true)
                        .get()
                        .parse(text)) {
            for (CSVRecord record : parser) {
                if (rows.size() == limit) {
                    break;
                }
                List<String> row = record.toList();
                if (row.stream().allMatch(String::isBlank)) {
                    continue;
                }
                rows.add(row);
                numbers.add(Math.toIntExact(record.getRecordNumber()));
            }
        } catch (IOException | RuntimeException unreadable) {
            throw PetitionException.invalid(FIELD, "survey.import.unreadable");
        }
        return rows;
    }

    /** UTF-8 when the bytes are UTF-8 (a byte order mark dropped), else GB18030, which Chinese Excel writes. */
    private static String decode(byte[] content) {
        int start = content.length >= 3 && content[0] == BOM[0] && content[1] == BOM[1] && content[2] == BOM[2] ? 3 : 0;
        ByteBuffer bytes = ByteBuffer.wrap(content, start, content.length - start);
        try {
            return StandardCharsets.UTF_8
                    .newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(bytes)
                    .toString();
        } catch (CharacterCodingException notUtf8) {
            return new String(content, GB18030);
        }
    }

    private static List<List<String>> xlsx(byte[] content, List<Integer> numbers, int limit) {
        checkUnpackedSize(content);
        List<List<String>> rows = new ArrayList<>();
        try (XSSFWorkbook workbook = new XSSFWorkbook(new ByteArrayInputStream(content))) {
            Sheet sheet = workbook.getSheetAt(0);
            for (Row row : sheet) {
                if (rows.size() == limit) {
                    break;
                }
                List<String> cells = new ArrayList<>();
                for (int i = 0; i < Math.max(0, row.getLastCellNum()); i++) {
                    cells.add(text(row.getCell(i)));
                }
                if (cells.stream().allMatch(String::isBlank)) {
                    continue;
                }
                rows.add(cells);
                numbers.add(row.getRowNum() + 1);
            }
        } catch (IOException | RuntimeException unreadable) {
            throw PetitionException.invalid(FIELD, "survey.import.unreadable");
        }
        return rows;
    }

    /** A cell as text: a date as yyyy-MM-dd, a number as its digits (a phone typed as a number keeps all of them). */
    private static String text(Cell cell) {
        if (cell == null) {
            return "";
        }
        CellType type = cell.getCellType() == CellType.FORMULA ? cell.getCachedFormulaResultType() : cell.getCellType();
        return switch (type) {
            case STRING -> cell.getStringCellValue();
            case NUMERIC ->
                DateUtil.isCellDateFormatted(cell)
                        ? cell.getLocalDateTimeCellValue().toLocalDate().toString()
                        : BigDecimal.valueOf(cell.getNumericCellValue())
                                .stripTrailingZeros()
                                .toPlainString();
            case BOOLEAN -> String.valueOf(cell.getBooleanCellValue());
            default -> "";
        };
    }

    /** Refuses a workbook that unpacks to more than {@link #MAX_UNPACKED_BYTES}, before anything parses it. */
    private static void checkUnpackedSize(byte[] content) {
        long unpacked = 0;
        byte[] buffer = new byte[8192];
        try (ZipInputStream entries = new ZipInputStream(new ByteArrayInputStream(content))) {
            for (ZipEntry entry = entries.getNextEntry(); entry != null; entry = entries.getNextEntry()) {
                for (int n = entries.read(buffer); n > 0; n = entries.read(buffer)) {
                    unpacked += n;
                    if (unpacked > MAX_UNPACKED_BYTES) {
                        throw PetitionException.tooLarge(FIELD, "survey.import.unpacked-too-large");
                    }
                }
            }
        } catch (IOException | IllegalArgumentException unreadable) {
            throw PetitionException.invalid(FIELD, "survey.import.unreadable");
        }
        if (unpacked == 0) {
            throw PetitionException.invalid(FIELD, "survey.import.unreadable");
        }
    }
}
