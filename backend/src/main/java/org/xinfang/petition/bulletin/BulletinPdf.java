package org.xinfang.petition.bulletin;

import com.lowagie.text.Document;
import com.lowagie.text.DocumentException;
import com.lowagie.text.Element;
import com.lowagie.text.Font;
import com.lowagie.text.Image;
import com.lowagie.text.PageSize;
import com.lowagie.text.Paragraph;
import com.lowagie.text.Phrase;
import com.lowagie.text.pdf.BaseFont;
import com.lowagie.text.pdf.PdfPCell;
import com.lowagie.text.pdf.PdfPTable;
import com.lowagie.text.pdf.PdfWriter;
import java.awt.Color;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.Arrays;
import java.util.List;
import org.springframework.stereotype.Component;
import org.xinfang.petition.assessment.PublishedResults.ExcludedCase;
import org.xinfang.petition.assessment.PublishedResults.PublishedBureau;
import org.xinfang.petition.assessment.PublishedResults.PublishedFigures;
import org.xinfang.petition.bulletin.MonthBulletin.Line;

/**
 * The bulletin as a PDF (OpenPDF), landscape A4, set in the Chinese font, which it embeds as a subset: the title,
 * the ranking with the change against the month before, each bureau's indicators, the chart of the scores, and the
 * cases left out with their reasons.
 */
@Component
class BulletinPdf {

    private static final Color HEADER = new Color(0xE8, 0xEE, 0xF6);

    private final CjkFont font;

    BulletinPdf(CjkFont font) {
        this.font = font;
    }

    byte[] render(MonthBulletin bulletin, byte[] chart) {
        BaseFont face = font.pdf();
        Font title = new Font(face, 18, Font.BOLD);
        Font heading = new Font(face, 13, Font.BOLD);
        Font body = new Font(face, 9);
        Font small = new Font(face, 8);
        ByteArrayOutputStream pdf = new ByteArrayOutputStream();
        Document document = new Document(PageSize.A4.rotate(), 36, 36, 36, 36);
        try {
            PdfWriter.getInstance(document, pdf);
            document.addTitle(bulletin.title());
            document.open();
            Paragraph head = new Paragraph(bulletin.title(), title);
            head.setAlignment(Element.ALIGN_CENTER);
            document.add(head);
            Paragraph closed = new Paragraph(
                    "考核月已于 %s 由 %s 关账；本通报据关账时封存的结果编制。"
                            .formatted(
                                    BulletinText.time(bulletin.month().closedAt()),
                                    bulletin.month().closedBy()),
                    body);
            closed.setAlignment(Element.ALIGN_CENTER);
            closed.setSpacingAfter(8);
            document.add(closed);

            document.add(section("一、考核排名", heading));
            document.add(ranking(bulletin, body));
            document.add(section("二、各单位指标", heading));
            document.add(indicators(bulletin, small));
            document.newPage();
            document.add(section("三、综合得分图", heading));
            Image image = Image.getInstance(chart);
            image.scaleToFit(PageSize.A4.getHeight() - 72, 360);
            document.add(image);
            document.add(section("四、剔除情况", heading));
            if (bulletin.exclusions().isEmpty()) {
                document.add(new Paragraph("本月无剔除件。", body));
            } else {
                document.add(exclusions(bulletin, body));
            }
        } catch (DocumentException | IOException e) {
            throw new IllegalStateException("the bulletin could not be set", e);
        } finally {
            document.close();
        }
        return pdf.toByteArray();
    }

    private static PdfPTable ranking(MonthBulletin bulletin, Font body) {
        PdfPTable table = table(BulletinText.RANKING_COLUMNS, body, new float[] {1.4f, 3, 0.8f, 1, 0.8f, 1, 1, 1.2f});
        for (Line line : bulletin.lines()) {
            PublishedBureau bureau = line.bureau();
            cells(
                    table,
                    body,
                    BulletinText.rank(bureau),
                    bureau.nameZh(),
                    BulletinText.level(bureau.level()),
                    BulletinText.score(bureau.total()),
                    BulletinText.grade(bureau.grade()),
                    BulletinText.scoreChange(line.scoreChange()),
                    BulletinText.rankChange(line.rankChange()),
                    BulletinText.honours(bureau));
        }
        return table;
    }

    private static PdfPTable indicators(MonthBulletin bulletin, Font body) {
        float[] widths = new float[BulletinText.INDICATOR_COLUMNS.size()];
        Arrays.fill(widths, 1);
        widths[0] = 3.2f;
        PdfPTable table = table(BulletinText.INDICATOR_COLUMNS, body, widths);
        for (Line line : bulletin.lines()) {
            PublishedBureau bureau = line.bureau();
            PublishedFigures f = bureau.figures();
            cells(
                    table,
                    body,
                    bureau.nameZh(),
                    Long.toString(f.received()),
                    Long.toString(f.accepted()),
                    Long.toString(f.returned()),
                    BulletinText.percent(f.onTimeSignForRate()),
                    BulletinText.percent(f.onTimeCompletionRate()),
                    BulletinText.percent(f.returnRate()),
                    BulletinText.percent(f.reopenRate()),
                    BulletinText.percent(f.repeatPetitionRate()),
                    BulletinText.percent(f.resolutionRate()),
                    BulletinText.percent(f.callbackSatisfactionRate()),
                    BulletinText.percent(f.ratingSatisfactionRate()),
                    Long.toString(f.overdue()),
                    Long.toString(f.extensions()),
                    Long.toString(f.supervisionOrders()),
                    Long.toString(f.accountability()),
                    BulletinText.score(bureau.publicEvaluation()),
                    BulletinText.score(bureau.work()),
                    BulletinText.score(bureau.deductions()));
        }
        return table;
    }

    private static PdfPTable exclusions(MonthBulletin bulletin, Font body) {
        PdfPTable table = table(BulletinText.EXCLUSION_COLUMNS, body, new float[] {2.8f, 2.4f, 5, 1.2f, 1.2f, 1.8f});
        for (ExcludedCase excluded : bulletin.exclusions()) {
            cells(
                    table,
                    body,
                    excluded.trackingNumber(),
                    bulletin.bureauName(excluded.bureauCode()),
                    excluded.reason(),
                    excluded.proposedBy(),
                    excluded.decidedBy(),
                    BulletinText.time(excluded.decidedAt()));
        }
        return table;
    }

    private static Paragraph section(String text, Font heading) {
        Paragraph section = new Paragraph(text, heading);
        section.setSpacingBefore(10);
        section.setSpacingAfter(6);
        return section;
    }

    private static PdfPTable table(List<String> columns, Font body, float[] widths) {
        PdfPTable table = new PdfPTable(widths);
        table.setWidthPercentage(100);
        table.setHeaderRows(1);
        for (String column : columns) {
            PdfPCell cell = new PdfPCell(new Phrase(column, body));
            cell.setBackgroundColor(HEADER);
            cell.setHorizontalAlignment(Element.ALIGN_CENTER);
            table.addCell(cell);
        }
        return table;
    }

    private static void cells(PdfPTable table, Font body, String... values) {
        for (String value : values) {
            PdfPCell cell = new PdfPCell(new Phrase(value, body));
            cell.setPadding(3);
            table.addCell(cell);
        }
    }
}
