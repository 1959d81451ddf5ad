package nl.samenspel.xlsx;

import java.io.IOException;
import java.io.InputStream;
import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Objects;

import org.apache.poi.UnsupportedFileFormatException;
import org.apache.poi.ooxml.POIXMLException;
import org.apache.poi.openxml4j.exceptions.OpenXML4JRuntimeException;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.DateUtil;
import org.apache.poi.ss.usermodel.FormulaError;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

/**
 * Reads every sheet of an XLSX workbook back into {@link Blad}s, for tests and
 * round-trip checks; the first row is taken as the column titles.
 *
 * <p>Cell values come back as:
 * <ul>
 * <li>text: {@code String};</li>
 * <li>a number without fraction (within ±999,999,999,999,999): {@code Long},
 * also when it was written as {@code Integer} or as a {@code BigDecimal} without
 * fraction;</li>
 * <li>any other number: {@code BigDecimal}, rounded to Excel's 15 significant
 * digits and without trailing zeros ({@code 0.5}, not {@code 0.500000});</li>
 * <li>a date-formatted number: {@code LocalDate}, or {@code LocalDateTime} when
 * it has a time of day;</li>
 * <li>{@code Boolean}; an empty cell or a missing row: {@code null}; a formula:
 * its cached result; an error value: its text, e.g. {@code "#DIV/0!"}.</li>
 * </ul>
 * The {@link Kolomtype} of a column is recognised from the number format of its
 * first numeric data cell; every row is as wide as the widest row of the sheet.
 */
public final class XlsxLezer {

    private static final MathContext EXCEL_PRECISIE = new MathContext(XlsxSchrijver.MAXIMALE_CIJFERS, RoundingMode.HALF_EVEN);

    private XlsxLezer() {
    }

    /**
     * Reads the whole workbook; {@code in} is read to its end but not closed.
     *
     * @throws IOException when reading fails or the bytes are not an XLSX workbook
     */
    public static List<Blad> lees(InputStream in) throws IOException {
        Objects.requireNonNull(in, "in");
        return PoiAanroep.metBundleClassLoader(() -> {
            try (XSSFWorkbook werkmap = new XSSFWorkbook(in)) {
                List<Blad> bladen = new ArrayList<>(werkmap.getNumberOfSheets());
                for (Sheet sheet : werkmap) {
                    bladen.add(leesBlad(sheet));
                }
                return Collections.unmodifiableList(bladen);
            } catch (POIXMLException | OpenXML4JRuntimeException | UnsupportedFileFormatException e) {
                throw new IOException("geen leesbare XLSX-werkmap: " + e.getMessage(), e);
            }
        });
    }

    private static Blad leesBlad(Sheet sheet) {
        int breedte = 0;
        for (Row row : sheet) {
            breedte = Math.max(breedte, row.getLastCellNum());
        }
        Row kop = sheet.getRow(0);
        List<String> kolommen = new ArrayList<>(breedte);
        for (int k = 0; k < breedte; k++) {
            Object titel = kop == null ? null : waarde(kop.getCell(k));
            kolommen.add(titel == null ? "" : titel.toString());
        }
        List<Kolomtype> kolomtypen = new ArrayList<>(Collections.nCopies(breedte, Kolomtype.STANDAARD));
        boolean[] herkend = new boolean[breedte];
        List<List<Object>> rijen = new ArrayList<>();
        for (int r = 1; r <= sheet.getLastRowNum(); r++) {
            Row row = sheet.getRow(r);
            List<Object> rij = new ArrayList<>(breedte);
            for (int k = 0; k < breedte; k++) {
                Cell cel = row == null ? null : row.getCell(k);
                rij.add(waarde(cel));
                if (!herkend[k] && cel != null && isNumeriek(cel)) {
                    kolomtypen.set(k, Kolomtype.vanFormaat(cel.getCellStyle().getDataFormatString()));
                    herkend[k] = true;
                }
            }
            rijen.add(rij);
        }
        return new Blad(sheet.getSheetName(), kolommen, kolomtypen, rijen);
    }

    private static boolean isNumeriek(Cell cel) {
        CellType type = cel.getCellType() == CellType.FORMULA ? cel.getCachedFormulaResultType() : cel.getCellType();
        return type == CellType.NUMERIC;
    }

    private static Object waarde(Cell cel) {
        if (cel == null) {
            return null;
        }
        CellType type = cel.getCellType() == CellType.FORMULA ? cel.getCachedFormulaResultType() : cel.getCellType();
        return switch (type) {
            case STRING -> cel.getStringCellValue();
            case NUMERIC -> getal(cel);
            case BOOLEAN -> cel.getBooleanCellValue();
            case ERROR -> FormulaError.forInt(cel.getErrorCellValue()).getString();
            case BLANK, _NONE, FORMULA -> null;
        };
    }

    private static Object getal(Cell cel) {
        if (DateUtil.isCellDateFormatted(cel)) {
            LocalDateTime moment = cel.getLocalDateTimeCellValue();
            return moment.toLocalTime().equals(LocalTime.MIDNIGHT) ? moment.toLocalDate() : moment;
        }
        double d = cel.getNumericCellValue();
        if (d == Math.rint(d) && Math.abs(d) <= XlsxSchrijver.GROOTSTE_GEHEEL_GETAL) {
            return (long) d;
        }
        return new BigDecimal(d).round(EXCEL_PRECISIE).stripTrailingZeros();
    }
}
