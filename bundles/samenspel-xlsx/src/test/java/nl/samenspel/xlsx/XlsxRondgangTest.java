package nl.samenspel.xlsx;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;

import org.junit.jupiter.api.Test;

class XlsxRondgangTest {

    private static final long TIEN_TOT_DE_DERTIENDE = 10_000_000_000_000L;

    private static Blad bijdragen() {
        return new Blad("Bijdragen 2025",
                List.of("Gemeente", "Peildatum", "Bijdrage (eurocent)", "Aandeel", "Groei", "Opmerking"),
                List.of(
                        Arrays.asList("Zwolle", LocalDate.of(2025, 1, 1), TIEN_TOT_DE_DERTIENDE,
                                new BigDecimal("0.412345"), new BigDecimal("0.125"), "centrumgemeente"),
                        Arrays.asList("Kampen", LocalDate.of(2024, 12, 31), -123_456L,
                                new BigDecimal("0.000001"), new BigDecimal("-0.0375"), null),
                        Arrays.asList("IJsselmuiden / Ĳsselmuiden", null, 0L, null, null, "é, ë, ĳ, Ĳ, €"),
                        Arrays.asList(null, null, null, null, null, null),
                        Arrays.asList("Dalfsen", LocalDate.of(1900, 3, 1), -TIEN_TOT_DE_DERTIENDE,
                                new BigDecimal("0.999999"), new BigDecimal("1.5"), "regel 1\nregel 2"),
                        Arrays.asList("Staphorst", LocalDate.of(9999, 12, 31), XlsxSchrijver.GROOTSTE_GEHEEL_GETAL,
                                new BigDecimal("123456789.012345"), new BigDecimal("1E-9"), "")))
                .metType("Bijdrage (eurocent)", Kolomtype.EUROCENT)
                .metType("Aandeel", Kolomtype.FRACTIE)
                .metType("Groei", Kolomtype.PERCENTAGE);
    }

    private static Blad gemengd() {
        return new Blad("Gemengd", List.of("tekst", "geheel", "decimaal", "waar", "moment"),
                List.of(
                        Arrays.asList("één", 42L, new BigDecimal("3.14159265358979"), true,
                                LocalDateTime.of(2025, 6, 30, 23, 59, 58)),
                        Arrays.asList("twee", -1L, new BigDecimal("-1234567.89"), false, null)));
    }

    @Test
    void rondgangGeeftExactDezelfdeBladen() throws IOException {
        List<Blad> bladen = List.of(bijdragen(), gemengd());

        byte[] xlsx = XlsxSchrijver.alsBytes(bladen);
        List<Blad> gelezen = XlsxLezer.lees(new ByteArrayInputStream(xlsx));

        assertThat(gelezen).isEqualTo(bladen);
        assertThat(gelezen.get(0).rijen().get(0).get(2)).isInstanceOf(Long.class).isEqualTo(TIEN_TOT_DE_DERTIENDE);
        assertThat(gelezen.get(0).kolomtypen()).containsExactly(Kolomtype.STANDAARD, Kolomtype.STANDAARD,
                Kolomtype.EUROCENT, Kolomtype.FRACTIE, Kolomtype.PERCENTAGE, Kolomtype.STANDAARD);
    }

    @Test
    void isEenEchtXlsxBestand() throws IOException {
        byte[] xlsx = XlsxSchrijver.alsBytes(List.of(bijdragen()));

        List<String> namen = new ArrayList<>();
        try (ZipInputStream zip = new ZipInputStream(new ByteArrayInputStream(xlsx))) {
            for (ZipEntry e = zip.getNextEntry(); e != null; e = zip.getNextEntry()) {
                namen.add(e.getName());
            }
        }
        assertThat(namen).contains("[Content_Types].xml", "xl/workbook.xml", "xl/worksheets/sheet1.xml",
                "xl/styles.xml");
    }

    @Test
    void integerKomtTerugAlsLongEnBigDecimalZonderNullenAchterDeKomma() throws IOException {
        Blad blad = new Blad("Getallen", List.of("a", "b", "c"),
                List.of(Arrays.asList(7, new BigDecimal("2.500000"), new BigDecimal("12"))));

        Blad gelezen = XlsxLezer.lees(new ByteArrayInputStream(XlsxSchrijver.alsBytes(List.of(blad)))).get(0);

        assertThat(gelezen.rijen().get(0)).containsExactly(7L, new BigDecimal("2.5"), 12L);
    }

    @Test
    void weigertWatExcelNietExactBewaart() {
        assertThatThrownBy(() -> XlsxSchrijver.alsBytes(List.of(new Blad("x", List.of("a"),
                List.of(List.of(XlsxSchrijver.GROOTSTE_GEHEEL_GETAL + 1))))))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("15 cijfers");
        assertThatThrownBy(() -> XlsxSchrijver.alsBytes(List.of(new Blad("x", List.of("a"),
                List.of(List.of(Long.MIN_VALUE))))))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> XlsxSchrijver.alsBytes(List.of(new Blad("x", List.of("a"),
                List.of(List.of(new BigDecimal("0.1234567890123456")))))))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("significante cijfers");
    }

    @Test
    void eurocentKolomWeigertAllesBehalveGeheleGetallen() {
        Blad metDecimaal = new Blad("x", List.of("Bedrag (eurocent)"), List.of(List.of(new BigDecimal("12.34"))))
                .metType("Bedrag (eurocent)", Kolomtype.EUROCENT);
        Blad metTekst = new Blad("x", List.of("Bedrag (eurocent)"), List.of(List.of("12,34")))
                .metType("Bedrag (eurocent)", Kolomtype.EUROCENT);

        assertThatThrownBy(() -> XlsxSchrijver.alsBytes(List.of(metDecimaal)))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("rij 1");
        assertThatThrownBy(() -> XlsxSchrijver.alsBytes(List.of(metTekst)))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void weigertOngeldigeWerkmappen() {
        assertThatThrownBy(() -> XlsxSchrijver.alsBytes(List.of()))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> XlsxSchrijver.alsBytes(List.of(
                new Blad("Blad", List.of("a"), List.of()), new Blad("BLAD", List.of("a"), List.of()))))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("twee keer");
        assertThatThrownBy(() -> XlsxSchrijver.alsBytes(List.of(new Blad("a/b", List.of("a"), List.of()))))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new Blad("x", List.of("a", "b"), List.of(List.of("alleen a"))))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("verwacht 2");
        assertThatThrownBy(() -> XlsxSchrijver.alsBytes(List.of(new Blad("x", List.of("a"),
                List.of(List.of(1.5d))))))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("java.lang.Double");
    }

    @Test
    void schrijftNietsBijEenFoutEnSluitDeStroomNiet() throws IOException {
        ByteArrayOutputStream uit = new ByteArrayOutputStream();
        Blad fout = new Blad("x", List.of("a"), List.of(List.of(1.5d)));

        assertThatThrownBy(() -> XlsxSchrijver.schrijf(List.of(bijdragen(), fout), uit))
                .isInstanceOf(IllegalArgumentException.class);
        assertThat(uit.size()).isZero();

        XlsxSchrijver.schrijf(List.of(gemengd()), uit);
        uit.write('!'); // still open
        assertThat(uit.size()).isGreaterThan(1000);
    }

    @Test
    void geenXlsxGeeftIOException() {
        assertThatThrownBy(() -> XlsxLezer.lees(new ByteArrayInputStream("geen zip".getBytes())))
                .isInstanceOf(IOException.class);
    }

    @Test
    void hersteltDeContextClassLoader() throws IOException {
        ClassLoader eigen = new ClassLoader(null) {
        };
        Thread thread = Thread.currentThread();
        ClassLoader vorige = thread.getContextClassLoader();
        thread.setContextClassLoader(eigen);
        try {
            XlsxLezer.lees(new ByteArrayInputStream(XlsxSchrijver.alsBytes(List.of(gemengd()))));
            assertThat(thread.getContextClassLoader()).isSameAs(eigen);
        } finally {
            thread.setContextClassLoader(vorige);
        }
    }
}
