package org.xinfang.petition.bulletin;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.ClientAnchor;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.springframework.stereotype.Component;
import org.xinfang.petition.assessment.PublishedResults.ExcludedCase;
import org.xinfang.petition.assessment.PublishedResults.PublishedBureau;
import org.xinfang.petition.assessment.PublishedResults.PublishedFigures;
import org.xinfang.petition.bulletin.MonthBulletin.Line;

/**
 * The bulletin as an Excel workbook (Apache POI): a sheet each for the ranking, the indicators and the cases left
 * out, each a header row and a row per line, numbers as numbers (shares as percentages) so that they can be worked
 * on; and the chart on a sheet of its own under the title.
 */
@Component
class BulletinWorkbook {

    static final String RANKING = "排名";
    static final String INDICATORS = "指标";
    static final String EXCLUSIONS = "剔除";
    static final String CHART = "图表";

    static final List<String> RANKING_COLUMNS = withCode(BulletinText.RANKING_COLUMNS);

    byte[] render(MonthBulletin bulletin, byte[] chart) {
        try (XSSFWorkbook workbook = new XSSFWorkbook();
                ByteArrayOutputStream xlsx = new ByteArrayOutputStream()) {
            workbook.getProperties().getCoreProperties().setTitle(bulletin.title());
            Styles styles = new Styles(workbook);
            ranking(workbook.createSheet(RANKING), bulletin, styles);
            indicators(workbook.createSheet(INDICATORS), bulletin, styles);
            exclusions(workbook.createSheet(EXCLUSIONS), bulletin, styles);
            chart(workbook, workbook.createSheet(CHART), bulletin, chart);
            workbook.write(xlsx);
            return xlsx.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void ranking(Sheet sheet, MonthBulletin bulletin, Styles styles) {
        header(sheet, RANKING_COLUMNS, styles);
        int r = 1;
        for (Line line : bulletin.lines()) {
            PublishedBureau bureau = line.bureau();
            Cells row = new Cells(sheet.createRow(r++), styles);
            if (bureau.rank() == null) {
                row.text(BulletinText.rank(bureau));
            } else {
                row.number(bureau.rank());
            }
            row.text(bureau.code());
            row.text(bureau.nameZh());
            row.text(BulletinText.level(bureau.level()));
            row.decimal(bureau.total());
            row.text(bureau.grade() == null ? "" : BulletinText.grade(bureau.grade()));
            row.decimal(line.scoreChange());
            row.number(line.rankChange());
            row.text(BulletinText.honours(bureau));
        }
        fit(sheet, RANKING_COLUMNS.size());
    }

    private static void indicators(Sheet sheet, MonthBulletin bulletin, Styles styles) {
        header(sheet, withCode(BulletinText.INDICATOR_COLUMNS), styles);
        int r = 1;
        for (Line line : bulletin.lines()) {
            PublishedBureau bureau = line.bureau();
            PublishedFigures f = bureau.figures();
            Cells row = new Cells(sheet.createRow(r++), styles);
            row.text(bureau.code());
            row.text(bureau.nameZh());
            row.number(f.received());
            row.number(f.accepted());
            row.number(f.returned());
            row.share(f.onTimeSignForRate());
            row.share(f.onTimeCompletionRate());
            row.share(f.returnRate());
            row.share(f.reopenRate());
            row.share(f.repeatPetitionRate());
            row.share(f.resolutionRate());
            row.share(f.callbackSatisfactionRate());
            row.share(f.ratingSatisfactionRate());
            row.number(f.overdue());
            row.number(f.extensions());
            row.number(f.supervisionOrders());
            row.number(f.accountability());
            row.decimal(bureau.publicEvaluation());
            row.decimal(bureau.work());
            row.decimal(bureau.deductions());
        }
        fit(sheet, BulletinText.INDICATOR_COLUMNS.size() + 1);
    }

    private static void exclusions(Sheet sheet, MonthBulletin bulletin, Styles styles) {
        header(sheet, BulletinText.EXCLUSION_COLUMNS, styles);
        int r = 1;
        for (ExcludedCase excluded : bulletin.exclusions()) {
            Cells row = new Cells(sheet.createRow(r++), styles);
            row.text(excluded.trackingNumber());
            row.text(bulletin.bureauName(excluded.bureauCode()));
            row.text(excluded.reason());
            row.text(excluded.proposedBy());
            row.text(excluded.decidedBy());
            row.text(BulletinText.time(excluded.decidedAt()));
        }
        fit(sheet, BulletinText.EXCLUSION_COLUMNS.size());
    }

    private static void chart(Workbook workbook, Sheet sheet, MonthBulletin bulletin, byte[] png) {
        sheet.createRow(0).createCell(0).setCellValue(bulletin.title());
        int picture = workbook.addPicture(png, Workbook.PICTURE_TYPE_PNG);
        ClientAnchor anchor = workbook.getCreationHelper().createClientAnchor();
        anchor.setCol1(0);
        anchor.setRow1(2);
        sheet.createDrawingPatriarch().createPicture(anchor, picture).resize();
    }

    private static void header(Sheet sheet, List<String> columns, Styles styles) {
        Cells row = new Cells(sheet.createRow(0), styles);
        columns.forEach(row::heading);
        sheet.createFreezePane(0, 1);
    }

    private static void fit(Sheet sheet, int columns) {
        for (int c = 0; c < columns; c++) {
            sheet.setColumnWidth(c, c == 2 && sheet.getSheetName().equals(EXCLUSIONS) ? 60 * 256 : 16 * 256);
        }
    }

    private static List<String> withCode(List<String> columns) {
        List<String> withCode = new ArrayList<>(columns);
        withCode.add(withCode.indexOf("单位"), "单位代码");
        return List.copyOf(withCode);
    }

    private record Styles(CellStyle heading, CellStyle decimal, CellStyle share) {

        Styles(Workbook workbook) {
            this(workbook.createCellStyle(), workbook.createCellStyle(), workbook.createCellStyle());
            org.apache.poi.ss.usermodel.Font bold = workbook.createFont();
            bold.setBold(true);
            heading.setFont(bold);
            decimal.setDataFormat(workbook.createDataFormat().getFormat("0.00"));
            share.setDataFormat(workbook.createDataFormat().getFormat("0.00%"));
        }
    }

    /** The cells of a row, left to right; an empty value leaves its cell blank. */
    private static final class Cells {

        private final Row row;
        private final Styles styles;
        private int column;

        Cells(Row row, Styles styles) {
            this.row = row;
            this.styles = styles;
        }

        void heading(String text) {
            row.createCell(column++).setCellValue(text);
            row.getCell(column - 1).setCellStyle(styles.heading());
        }

        void text(String text) {
            row.createCell(column++).setCellValue(text);
        }

        void number(Number number) {
            if (number == null) {
                row.createCell(column++);
            } else {
                row.createCell(column++).setCellValue(number.doubleValue());
            }
        }

        void decimal(BigDecimal number) {
            number(number);
            row.getCell(column - 1).setCellStyle(styles.decimal());
        }

        void share(Double share) {
            number(share);
            row.getCell(column - 1).setCellStyle(styles.share());
        }
    }
}
