package nl.samenspel.xlsx;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.EnumMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.DataFormat;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

/**
 * Writes sheets as an XLSX workbook: per sheet a bold header row that stays in
 * view when scrolling (frozen pane), column widths estimated from the content,
 * then the rows.
 *
 * <p>Exactness: Excel stores every number as a double and shows at most 15
 * significant digits. So integers must lie within ±999,999,999,999,999 (which
 * holds any realistic amount in eurocents) and a {@code BigDecimal} may have at
 * most 15 significant digits; anything else is refused with an
 * {@link IllegalArgumentException} instead of being rounded silently. A value
 * written under these rules is read back identically by {@link XlsxLezer}.
 *
 * <p>The whole workbook is built in memory (no temporary files), which suits
 * reports of up to some hundred thousand cells. Column widths are computed from
 * the text length, not with POI's {@code autoSizeColumn}, which needs AWT fonts
 * that a headless server may not have.
 */
public final class XlsxSchrijver {

    /** Largest integer magnitude accepted: 15 digits, what Excel shows exactly. */
    public static final long GROOTSTE_GEHEEL_GETAL = 999_999_999_999_999L;

    /** Most significant digits accepted in a {@code BigDecimal}. */
    public static final int MAXIMALE_CIJFERS = 15;

    private static final int MINIMALE_BREEDTE = 6;
    private static final int MAXIMALE_BREEDTE = 80;
    private static final LocalDate EERSTE_DATUM = LocalDate.of(1900, 1, 1);
    private static final LocalDate LAATSTE_DATUM = LocalDate.of(9999, 12, 31);

    private XlsxSchrijver() {
    }

    /**
     * Writes the workbook to {@code uit}. Everything is checked and built before
     * the first byte is written, so on an {@link IllegalArgumentException}
     * nothing has been written. {@code uit} is flushed, not closed.
     *
     * @throws IllegalArgumentException no sheets, an invalid or duplicate sheet name, an
     *                                  unsupported value type, a value that does not fit its
     *                                  {@link Kolomtype}, or a number Excel cannot hold exactly
     */
    public static void schrijf(List<Blad> bladen, OutputStream uit) throws IOException {
        Objects.requireNonNull(bladen, "bladen");
        Objects.requireNonNull(uit, "uit");
        if (bladen.isEmpty()) {
            throw new IllegalArgumentException("een werkmap heeft minstens één blad nodig");
        }
        PoiAanroep.metBundleClassLoader(() -> {
            XSSFWorkbook werkmap = new XSSFWorkbook();
            try {
                Stijlen stijlen = new Stijlen(werkmap);
                Set<String> namen = new HashSet<>();
                for (Blad blad : bladen) {
                    if (!namen.add(blad.naam().toLowerCase(Locale.ROOT))) {
                        throw new IllegalArgumentException("bladnaam '" + blad.naam() + "' komt twee keer voor");
                    }
                    schrijfBlad(werkmap, blad, stijlen);
                }
                werkmap.write(uit);
                uit.flush();
            } finally {
                // An in-memory package would serialise itself once more on close(); revert just drops it.
                werkmap.getPackage().revert();
            }
            return null;
        });
    }

    /** The workbook as bytes, e.g. for an HTTP response or a Camel message body. */
    public static byte[] alsBytes(List<Blad> bladen) throws IOException {
        ByteArrayOutputStream uit = new ByteArrayOutputStream();
        schrijf(bladen, uit);
        return uit.toByteArray();
    }

    private static void schrijfBlad(XSSFWorkbook werkmap, Blad blad, Stijlen stijlen) {
        Sheet sheet = werkmap.createSheet(blad.naam());
        int kolommen = blad.kolommen().size();
        int[] breedte = new int[kolommen];

        Row kop = sheet.createRow(0);
        for (int k = 0; k < kolommen; k++) {
            Cell cel = kop.createCell(k);
            cel.setCellValue(blad.kolommen().get(k));
            cel.setCellStyle(stijlen.kop);
            breedte[k] = tekstBreedte(blad.kolommen().get(k)) + 1;
        }
        sheet.createFreezePane(0, 1);

        int r = 0;
        for (List<Object> rij : blad.rijen()) {
            r++;
            Row row = sheet.createRow(r);
            for (int k = 0; k < kolommen; k++) {
                Object waarde = rij.get(k);
                if (waarde != null) {
                    Kolomtype type = blad.kolomtypen().get(k);
                    try {
                        breedte[k] = Math.max(breedte[k], schrijfCel(row.createCell(k), waarde, type, stijlen));
                    } catch (IllegalArgumentException e) {
                        throw new IllegalArgumentException("blad '" + blad.naam() + "', rij " + r + ", kolom '"
                                + blad.kolommen().get(k) + "': " + e.getMessage(), e);
                    }
                }
            }
        }
        for (int k = 0; k < kolommen; k++) {
            int tekens = Math.min(MAXIMALE_BREEDTE, Math.max(MINIMALE_BREEDTE, breedte[k])) + 2;
            sheet.setColumnWidth(k, tekens * 256);
        }
    }

    /** Writes one non-null value; returns its estimated display width in characters. */
    private static int schrijfCel(Cell cel, Object waarde, Kolomtype type, Stijlen stijlen) {
        if (waarde instanceof String tekst) {
            alleenStandaard(type, waarde);
            cel.setCellValue(tekst);
            return tekstBreedte(tekst);
        }
        if (waarde instanceof Long || waarde instanceof Integer) {
            long getal = ((Number) waarde).longValue();
            if (getal > GROOTSTE_GEHEEL_GETAL || getal < -GROOTSTE_GEHEEL_GETAL) {
                throw new IllegalArgumentException(getal + " heeft meer dan 15 cijfers; Excel bewaart dat niet exact");
            }
            cel.setCellValue((double) getal);
            cel.setCellStyle(type == Kolomtype.STANDAARD ? stijlen.geheelGetal : stijlen.van(type));
            int cijfers = Long.toString(Math.abs(getal)).length() + (getal < 0 ? 1 : 0);
            return switch (type) {
                case STANDAARD -> cijfers;
                case EUROCENT -> cijfers + (cijfers - 1) / 3 + 3;
                case FRACTIE -> cijfers + 7;
                case PERCENTAGE -> cijfers + 6;
            };
        }
        if (waarde instanceof BigDecimal getal) {
            if (type == Kolomtype.EUROCENT) {
                throw new IllegalArgumentException("eurocent moet een geheel getal (Long) zijn, niet de BigDecimal "
                        + getal.toPlainString());
            }
            BigDecimal genormaliseerd = getal.stripTrailingZeros();
            if (genormaliseerd.precision() > MAXIMALE_CIJFERS) {
                throw new IllegalArgumentException(getal.toPlainString() + " heeft meer dan " + MAXIMALE_CIJFERS
                        + " significante cijfers; Excel bewaart dat niet exact (rond eerst af)");
            }
            double d = getal.doubleValue();
            if (Double.isInfinite(d) || Math.abs(d) > 9.99999999999999e307
                    || (getal.signum() != 0 && Math.abs(d) < 2.2250738585072014e-308)) {
                throw new IllegalArgumentException(getal + " valt buiten het bereik van Excel");
            }
            cel.setCellValue(d);
            if (type != Kolomtype.STANDAARD) {
                cel.setCellStyle(stijlen.van(type));
            }
            int heleCijfers = Math.max(1, genormaliseerd.precision() - genormaliseerd.scale()) + (d < 0 ? 1 : 0);
            return switch (type) {
                case STANDAARD -> Math.min(genormaliseerd.toPlainString().length(), 12);
                case FRACTIE -> heleCijfers + 7;
                case PERCENTAGE -> heleCijfers + 6;
                case EUROCENT -> throw new AssertionError();
            };
        }
        if (waarde instanceof LocalDate datum) {
            alleenStandaard(type, waarde);
            binnenBereik(datum);
            cel.setCellValue(datum);
            cel.setCellStyle(stijlen.datum);
            return 10;
        }
        if (waarde instanceof LocalDateTime moment) {
            alleenStandaard(type, waarde);
            binnenBereik(moment.toLocalDate());
            cel.setCellValue(moment);
            cel.setCellStyle(stijlen.datumTijd);
            return 19;
        }
        if (waarde instanceof Boolean waar) {
            alleenStandaard(type, waarde);
            cel.setCellValue(waar);
            return 5;
        }
        throw new IllegalArgumentException("waarden van type " + waarde.getClass().getName()
                + " worden niet ondersteund (wel String, Long, Integer, BigDecimal, LocalDate, LocalDateTime, Boolean)");
    }

    private static void alleenStandaard(Kolomtype type, Object waarde) {
        if (type != Kolomtype.STANDAARD) {
            throw new IllegalArgumentException("een " + type + "-kolom bevat alleen getallen, niet "
                    + waarde.getClass().getSimpleName() + " '" + waarde + "'");
        }
    }

    private static void binnenBereik(LocalDate datum) {
        if (datum.isBefore(EERSTE_DATUM) || datum.isAfter(LAATSTE_DATUM)) {
            throw new IllegalArgumentException("datum " + datum + " ligt buiten het bereik van Excel (1900-01-01 t/m 9999-12-31)");
        }
    }

    private static int tekstBreedte(String tekst) {
        int breedste = 0;
        for (String regel : tekst.split("\n", -1)) {
            breedste = Math.max(breedste, regel.codePointCount(0, regel.length()));
        }
        return breedste;
    }

    /** Cell styles are per workbook and limited in number, so each is made once. */
    private static final class Stijlen {
        final CellStyle kop;
        final CellStyle geheelGetal;
        final CellStyle datum;
        final CellStyle datumTijd;
        private final Map<Kolomtype, CellStyle> perType = new EnumMap<>(Kolomtype.class);

        Stijlen(XSSFWorkbook werkmap) {
            DataFormat formaten = werkmap.createDataFormat();
            Font vet = werkmap.createFont();
            vet.setBold(true);
            kop = werkmap.createCellStyle();
            kop.setFont(vet);
            geheelGetal = metFormaat(werkmap, formaten, "0");
            datum = metFormaat(werkmap, formaten, "yyyy-mm-dd");
            datumTijd = metFormaat(werkmap, formaten, "yyyy-mm-dd hh:mm:ss");
            for (Kolomtype type : Kolomtype.values()) {
                type.formaat().ifPresent(f -> perType.put(type, metFormaat(werkmap, formaten, f)));
            }
        }

        CellStyle van(Kolomtype type) {
            return perType.get(type);
        }

        private static CellStyle metFormaat(XSSFWorkbook werkmap, DataFormat formaten, String formaat) {
            CellStyle stijl = werkmap.createCellStyle();
            stijl.setDataFormat(formaten.getFormat(formaat));
            return stijl;
        }
    }
}
