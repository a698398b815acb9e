package org.xinfang.petition.bulletin;

import java.awt.Color;
import java.awt.Font;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import org.jfree.chart.ChartUtils;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.StandardChartTheme;
import org.jfree.chart.axis.CategoryAxis;
import org.jfree.chart.axis.CategoryLabelPositions;
import org.jfree.chart.axis.NumberAxis;
import org.jfree.chart.plot.CategoryPlot;
import org.jfree.chart.plot.PlotOrientation;
import org.jfree.chart.renderer.category.BarRenderer;
import org.jfree.chart.renderer.category.StandardBarPainter;
import org.jfree.data.category.DefaultCategoryDataset;
import org.springframework.stereotype.Component;
import org.xinfang.petition.bulletin.MonthBulletin.Line;

/** 得分图: each scored bureau's total as a bar, this month beside the month before, drawn with the Chinese font. */
@Component
class ScoreChart {

    static final int WIDTH = 1000;
    static final int HEIGHT = 480;

    private final CjkFont font;

    ScoreChart(CjkFont font) {
        this.font = font;
    }

    /** The chart as a PNG. */
    byte[] png(MonthBulletin bulletin) {
        DefaultCategoryDataset scores = new DefaultCategoryDataset();
        String thisMonth = "%d年%d月"
                .formatted(bulletin.yearMonth().getYear(), bulletin.yearMonth().getMonthValue());
        String monthBefore = "上月";
        for (Line line : bulletin.lines()) {
            if (line.bureau().total() == null) {
                continue;
            }
            scores.addValue(line.bureau().total(), thisMonth, line.bureau().nameZh());
            if (line.before() != null && line.before().total() != null) {
                scores.addValue(
                        line.before().total(), monthBefore, line.bureau().nameZh());
            }
        }
        NumberAxis scoreAxis = new NumberAxis("综合得分");
        scoreAxis.setRange(0, 100);
        CategoryPlot plot = new CategoryPlot(scores, new CategoryAxis("单位"), scoreAxis, new BarRenderer());
        plot.setOrientation(PlotOrientation.VERTICAL);
        JFreeChart chart = new JFreeChart(bulletin.title() + " 综合得分", plot);
        theme().apply(chart);
        chart.getCategoryPlot().getDomainAxis().setCategoryLabelPositions(CategoryLabelPositions.UP_45);
        BarRenderer bars = (BarRenderer) chart.getCategoryPlot().getRenderer();
        bars.setBarPainter(new StandardBarPainter());
        bars.setSeriesPaint(0, new Color(0x1F, 0x4E, 0x8C));
        bars.setSeriesPaint(1, new Color(0x9A, 0xB3, 0xD5));
        chart.setBackgroundPaint(Color.WHITE);
        try (ByteArrayOutputStream png = new ByteArrayOutputStream()) {
            ChartUtils.writeChartAsPNG(png, chart, WIDTH, HEIGHT);
            return png.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private StandardChartTheme theme() {
        Font face = font.awt();
        StandardChartTheme theme = new StandardChartTheme("bulletin");
        theme.setExtraLargeFont(face.deriveFont(Font.PLAIN, 20f));
        theme.setLargeFont(face.deriveFont(Font.PLAIN, 15f));
        theme.setRegularFont(face.deriveFont(Font.PLAIN, 12f));
        theme.setSmallFont(face.deriveFont(Font.PLAIN, 10f));
        return theme;
    }
}
