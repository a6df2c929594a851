package org.allianceregistry.page;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.List;

import org.jspecify.annotations.Nullable;

/**
 * A timeline drawn as SVG on the server: one lane per state (or per kind of chair term),
 * bars for the spans of time, marks for single days. Right to left, the axis runs from
 * the right edge, as the page reads. The picture is decoration for the eye: each page
 * gives the same facts as a table, which is what assistive technology reads.
 */
final class Timeline {

    private static final int WIDTH = 960;

    private static final int LABEL_WIDTH = 190;

    private static final int PAD = 14;

    private static final int LANE_HEIGHT = 30;

    private static final int BAR_HEIGHT = 18;

    private static final int AXIS_HEIGHT = 30;

    /** A row of the timeline. */
    record Lane(String label, List<Span> spans, List<Mark> marks) {
    }

    /**
     * A stretch from {@code start} to {@code end} (exclusive); {@code kind} is its CSS
     * class, {@code text} what is written on it (if it fits), {@code iso3} the state it
     * is about (the page's script highlights that state's rows in the tables while the
     * bar is hovered).
     */
    record Span(LocalDate start, LocalDate end, String kind, String title, @Nullable String text,
            @Nullable String iso3) {
    }

    /** A single day on a lane: a withdrawal or non-renewal, say. */
    record Mark(LocalDate on, String kind, String title) {
    }

    private final LocalDate from;

    private final LocalDate to;

    private final boolean rtl;

    /**
     * The axis runs from 1 January of {@code from}'s year to 1 January after {@code to}.
     */
    Timeline(LocalDate from, LocalDate to, boolean rtl) {
        this.from = LocalDate.of(from.getYear(), 1, 1);
        this.to = LocalDate.of(to.getYear() + 1, 1, 1);
        this.rtl = rtl;
    }

    /**
     * The SVG element. {@code labelId} names the element that describes it (its heading);
     * {@code marker} is a day drawn across every lane (the chosen day).
     */
    String render(String id, String labelId, List<Lane> lanes, @Nullable LocalDate marker,
            @Nullable String markerLabel) {
        int height = lanes.size() * LANE_HEIGHT + AXIS_HEIGHT + PAD;
        StringBuilder svg = new StringBuilder();
        svg.append("<svg xmlns=\"http://www.w3.org/2000/svg\" class=\"timeline\" id=\"")
            .append(escape(id))
            .append("\" viewBox=\"0 0 ")
            .append(WIDTH)
            .append(' ')
            .append(height)
            .append("\" role=\"img\" aria-labelledby=\"")
            .append(escape(labelId))
            .append("\" direction=\"")
            .append(rtl ? "rtl" : "ltr")
            .append("\" data-axis=\"")
            .append(rtl ? "right-to-left" : "left-to-right")
            .append("\">");
        svg.append("<defs>")
            .append("<pattern id=\"")
            .append(id)
            .append("-hatch\" width=\"6\" height=\"6\" patternUnits=\"userSpaceOnUse\" patternTransform=\"rotate(45)\">")
            .append("<rect width=\"6\" height=\"6\" class=\"hatch-ground\"/><line x1=\"0\" y1=\"0\" x2=\"0\" y2=\"6\" class=\"hatch-line\"/>")
            .append("</pattern>")
            .append("<pattern id=\"")
            .append(id)
            .append("-dots\" width=\"6\" height=\"6\" patternUnits=\"userSpaceOnUse\">")
            .append("<rect width=\"6\" height=\"6\" class=\"dots-ground\"/><circle cx=\"3\" cy=\"3\" r=\"1.6\" class=\"dots-dot\"/>")
            .append("</pattern>")
            .append("</defs>");
        axis(svg, lanes.size() * LANE_HEIGHT + PAD / 2);
        int y = PAD / 2;
        for (Lane lane : lanes) {
            lane(svg, id, lane, y);
            y += LANE_HEIGHT;
        }
        if (marker != null && !marker.isBefore(from) && marker.isBefore(to)) {
            double x = x(marker);
            svg.append("<line class=\"as-of\" x1=\"")
                .append(round(x))
                .append("\" x2=\"")
                .append(round(x))
                .append("\" y1=\"0\" y2=\"")
                .append(lanes.size() * LANE_HEIGHT + PAD / 2)
                .append("\"><title>")
                .append(escape(markerLabel == null ? "" : markerLabel))
                .append("</title></line>");
        }
        return svg.append("</svg>").toString();
    }

    private void lane(StringBuilder svg, String id, Lane lane, int y) {
        svg.append("<g class=\"lane\">");
        svg.append("<text class=\"lane-label\" x=\"")
            .append(rtl ? WIDTH - LABEL_WIDTH + 8 : LABEL_WIDTH - 8)
            .append("\" y=\"")
            .append(y + LANE_HEIGHT / 2 + 5)
            .append("\" text-anchor=\"end\">")
            .append(escape(lane.label()))
            .append("</text>");
        int barY = y + (LANE_HEIGHT - BAR_HEIGHT) / 2;
        for (Span span : lane.spans()) {
            double x1 = x(span.start());
            double x2 = x(span.end());
            double left = Math.min(x1, x2);
            double width = Math.max(Math.abs(x2 - x1), 2);
            svg.append("<rect class=\"")
                .append(escape(span.kind()))
                .append("\" x=\"")
                .append(round(left))
                .append("\" y=\"")
                .append(barY)
                .append("\" width=\"")
                .append(round(width))
                .append("\" height=\"")
                .append(BAR_HEIGHT)
                .append('"');
            if (span.iso3() != null) {
                svg.append(" data-iso3=\"").append(escape(span.iso3())).append('"');
            }
            if (span.kind().contains("suspended")) {
                svg.append(" fill=\"url(#").append(id).append("-hatch)\"");
            }
            else if (span.kind().contains("frozen")) {
                svg.append(" fill=\"url(#").append(id).append("-dots)\"");
            }
            svg.append("><title>").append(escape(span.title())).append("</title></rect>");
            if (span.text() != null && width >= span.text().length() * 8 + 4) {
                svg.append("<text class=\"bar-text\" x=\"")
                    .append(round(left + width / 2))
                    .append("\" y=\"")
                    .append(barY + BAR_HEIGHT / 2 + 4)
                    .append("\" text-anchor=\"middle\" aria-hidden=\"true\">")
                    .append(escape(span.text()))
                    .append("</text>");
            }
        }
        for (Mark mark : lane.marks()) {
            double x = x(mark.on());
            svg.append("<g class=\"")
                .append(escape(mark.kind()))
                .append("\"><title>")
                .append(escape(mark.title()))
                .append("</title><line x1=\"")
                .append(round(x))
                .append("\" x2=\"")
                .append(round(x))
                .append("\" y1=\"")
                .append(barY - 4)
                .append("\" y2=\"")
                .append(barY + BAR_HEIGHT + 4)
                .append("\"/><path d=\"M")
                .append(round(x - 5))
                .append(' ')
                .append(barY - 9)
                .append(" l10 10 m0 -10 l-10 10\"/></g>");
        }
        svg.append("</g>");
    }

    private void axis(StringBuilder svg, int y) {
        long years = ChronoUnit.YEARS.between(from, to);
        int step = years > 60 ? 10 : years > 24 ? 5 : years > 10 ? 2 : 1;
        svg.append("<g class=\"axis\"><line x1=\"")
            .append(round(x(from)))
            .append("\" x2=\"")
            .append(round(x(to)))
            .append("\" y1=\"")
            .append(y)
            .append("\" y2=\"")
            .append(y)
            .append("\"/>");
        for (int year = from.getYear(); year <= to.getYear(); year++) {
            if (year % step != 0) {
                continue;
            }
            double x = x(LocalDate.of(year, 1, 1));
            svg.append("<line class=\"tick\" x1=\"")
                .append(round(x))
                .append("\" x2=\"")
                .append(round(x))
                .append("\" y1=\"0\" y2=\"")
                .append(y + 5)
                .append("\"/><text x=\"")
                .append(round(x))
                .append("\" y=\"")
                .append(y + 20)
                .append("\" text-anchor=\"middle\">")
                .append(year)
                .append("</text>");
        }
        svg.append("</g>");
    }

    /** Where a day falls, mirrored right to left. */
    double x(LocalDate day) {
        double total = ChronoUnit.DAYS.between(from, to);
        double share = ChronoUnit.DAYS.between(from, day) / total;
        share = Math.max(0, Math.min(1, share));
        double plot = WIDTH - LABEL_WIDTH - PAD;
        double ltr = LABEL_WIDTH + share * plot;
        return rtl ? WIDTH - ltr : ltr;
    }

    private static String round(double value) {
        return String.valueOf(Math.round(value * 10) / 10.0);
    }

    static String escape(String text) {
        StringBuilder escaped = new StringBuilder(text.length());
        for (char c : text.toCharArray()) {
            switch (c) {
                case '<' -> escaped.append("&lt;");
                case '>' -> escaped.append("&gt;");
                case '&' -> escaped.append("&amp;");
                case '"' -> escaped.append("&quot;");
                case '\'' -> escaped.append("&#39;");
                default -> escaped.append(c);
            }
        }
        return escaped.toString();
    }

}
