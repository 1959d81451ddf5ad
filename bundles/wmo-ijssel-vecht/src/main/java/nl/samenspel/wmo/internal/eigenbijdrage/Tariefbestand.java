package nl.samenspel.wmo.internal.eigenbijdrage;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;

/**
 * Reads {@code eigen-bijdrage.csv}: UTF-8, comma separated, lines starting with {@code #} are
 * comments, one header line naming the columns {@code van,tot,bedrag,per} (any order), then one
 * rate per line in order of {@code van}. The file is accepted whole or refused whole
 * ({@link OngeldigeTarieven}) with every error named by line and column, so that a half-read file
 * never gives some months a rate and silently leaves others without one.
 *
 * <p>The input is bounded before it is read: at most {@value #MAX_BYTES} bytes and {@value #MAX_REGELS}
 * lines (a rate changes once a year; a bigger file is a wrong file copied in). Each line is parsed on
 * its own, so a line number is always the line an editor shows; a field cannot span lines here.
 */
public final class Tariefbestand {

    public static final int MAX_BYTES = 64 * 1024;
    public static final int MAX_REGELS = 200;
    /** € 1,000.00: far above any rate, low enough to catch euros typed with their cents twice. */
    public static final long MAX_BEDRAG = 100_000;

    static final String VAN = "van";
    static final String TOT = "tot";
    static final String BEDRAG = "bedrag";
    static final String PER = "per";
    static final List<String> KOLOMMEN = List.of(VAN, TOT, BEDRAG, PER);

    private static final CSVFormat REGEL = CSVFormat.RFC4180.builder().setTrim(true).build();

    private final String naam;
    private final List<Tarieffout> fouten = new ArrayList<>();

    private Tariefbestand(String naam) {
        this.naam = naam;
    }

    /** Reads the file at {@code bestand}; errors name it by its file name. */
    public static Tarieven lees(Path bestand) {
        Path bestandsnaam = bestand.getFileName();
        String naam = bestandsnaam == null ? bestand.toString() : bestandsnaam.toString();
        byte[] inhoud;
        try {
            long grootte = Files.size(bestand);
            if (grootte > MAX_BYTES) {
                throw new OngeldigeTarieven(List.of(teGroot(naam, grootte)));
            }
            try (InputStream in = Files.newInputStream(bestand)) {
                inhoud = in.readNBytes(MAX_BYTES + 1); // the file may have grown since its size was asked
            }
        } catch (NoSuchFileException e) {
            throw new OngeldigeTarieven(List.of(new Tarieffout(naam, 0, "", "bestand ontbreekt")));
        } catch (IOException e) {
            throw new OngeldigeTarieven(List.of(new Tarieffout(naam, 0, "", "onleesbaar: " + e.getClass().getSimpleName())));
        }
        return lees(naam, inhoud);
    }

    /** Reads the rates from {@code inhoud}; {@code naam} is how errors name the file. */
    public static Tarieven lees(String naam, byte[] inhoud) {
        if (inhoud.length > MAX_BYTES) {
            throw new OngeldigeTarieven(List.of(teGroot(naam, inhoud.length)));
        }
        return new Tariefbestand(naam).lees(inhoud);
    }

    private static Tarieffout teGroot(String naam, long grootte) {
        return new Tarieffout(naam, 0, "", "het bestand is " + grootte + " bytes, meer dan de grens van " + MAX_BYTES);
    }

    private Tarieven lees(byte[] inhoud) {
        String tekst;
        try {
            tekst = StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT).decode(ByteBuffer.wrap(inhoud)).toString();
        } catch (CharacterCodingException e) {
            throw weiger(new Tarieffout(naam, 0, "", "geen geldige UTF-8 tekst; sla het bestand op als UTF-8"));
        }
        List<String> regels = regels(tekst.startsWith("\uFEFF") ? tekst.substring(1) : tekst);
        if (regels.size() > MAX_REGELS) {
            throw weiger(new Tarieffout(naam, MAX_REGELS + 1, "", "het bestand heeft meer dan " + MAX_REGELS + " regels"));
        }
        int kopregel = 0;
        while (kopregel < regels.size() && overslaan(regels.get(kopregel))) {
            kopregel++;
        }
        if (kopregel == regels.size()) {
            throw weiger(new Tarieffout(naam, 0, "", "geen kopregel; verwacht: " + String.join(",", KOLOMMEN)));
        }
        Map<String, Integer> kolommen = kop(kopregel + 1, regels.get(kopregel));
        if (!fouten.isEmpty()) {
            throw new OngeldigeTarieven(fouten);
        }
        List<Tarief> tarieven = new ArrayList<>();
        int vorigeRegel = 0;
        for (int i = kopregel + 1; i < regels.size(); i++) {
            if (overslaan(regels.get(i))) {
                continue;
            }
            int nummer = i + 1;
            Optional<Tarief> tarief = tarief(nummer, regels.get(i), kolommen);
            if (tarief.isEmpty()) {
                continue;
            }
            if (!tarieven.isEmpty()) {
                volgorde(nummer, tarief.get(), vorigeRegel, tarieven.get(tarieven.size() - 1));
            }
            tarieven.add(tarief.get());
            vorigeRegel = nummer;
        }
        if (fouten.isEmpty() && tarieven.isEmpty()) {
            fouten.add(new Tarieffout(naam, 0, "", "geen enkel tarief; een regel per periode: van,tot,bedrag,per"));
        }
        if (!fouten.isEmpty()) {
            throw new OngeldigeTarieven(fouten);
        }
        return new Tarieven(tarieven);
    }

    private OngeldigeTarieven weiger(Tarieffout fout) {
        fouten.add(fout);
        return new OngeldigeTarieven(fouten);
    }

    /** The physical lines; a line ends at LF, CRLF or a lone CR. A line end after the last line adds no line. */
    private static List<String> regels(String tekst) {
        List<String> uit = new ArrayList<>();
        int begin = 0;
        for (int i = 0; i < tekst.length(); i++) {
            char c = tekst.charAt(i);
            if (c == '\n' || c == '\r') {
                uit.add(tekst.substring(begin, i));
                if (c == '\r' && i + 1 < tekst.length() && tekst.charAt(i + 1) == '\n') {
                    i++;
                }
                begin = i + 1;
            }
        }
        if (begin < tekst.length()) {
            uit.add(tekst.substring(begin));
        }
        return uit;
    }

    private static boolean overslaan(String regel) {
        String s = regel.strip();
        return s.isEmpty() || s.startsWith("#");
    }

    /** The fields of one line, or empty with the error named when the line is no CSV. */
    private Optional<List<String>> velden(int nummer, String regel) {
        try (CSVParser parser = CSVParser.parse(regel, REGEL)) {
            List<CSVRecord> records = parser.getRecords();
            if (records.size() == 1) {
                return Optional.of(records.get(0).toList());
            }
        } catch (IOException | UncheckedIOException | IllegalStateException e) {
            // commons-csv reports an unclosed quote this way; fall through to our own words
        }
        fouten.add(new Tarieffout(naam, nummer, "", "geen leesbare CSV-regel: een aanhalingsteken (\") wordt niet gesloten"));
        return Optional.empty();
    }

    /** Column → position; every known column exactly once, nothing else. */
    private Map<String, Integer> kop(int nummer, String regel) {
        Map<String, Integer> kolommen = new HashMap<>();
        Optional<List<String>> velden = velden(nummer, regel);
        if (velden.isEmpty()) {
            return kolommen;
        }
        List<String> namen = velden.get();
        for (int i = 0; i < namen.size(); i++) {
            String kolom = namen.get(i);
            if (!KOLOMMEN.contains(kolom)) {
                fouten.add(new Tarieffout(naam, nummer, "kolom " + (i + 1), (kolom.isEmpty() ? "kolom zonder naam" : "onbekende kolom " + toon(kolom))
                        + "; verwacht: " + String.join(",", KOLOMMEN)));
            } else if (kolommen.putIfAbsent(kolom, i) != null) {
                fouten.add(new Tarieffout(naam, nummer, kolom, "de kolom staat er twee keer in"));
            }
        }
        for (String kolom : KOLOMMEN) {
            if (!kolommen.containsKey(kolom)) {
                fouten.add(new Tarieffout(naam, nummer, kolom, "kolom ontbreekt in de kopregel; verwacht: " + String.join(",", KOLOMMEN)));
            }
        }
        return kolommen;
    }

    /** One rate line, or empty with every error of the line named. */
    private Optional<Tarief> tarief(int nummer, String regel, Map<String, Integer> kolommen) {
        Optional<List<String>> gelezen = velden(nummer, regel);
        if (gelezen.isEmpty()) {
            return Optional.empty();
        }
        List<String> velden = gelezen.get();
        if (velden.size() != kolommen.size()) {
            fouten.add(new Tarieffout(naam, nummer, "", velden.size() + " velden, de kopregel heeft er " + kolommen.size()));
            return Optional.empty();
        }
        int voor = fouten.size();
        LocalDate van = datum(nummer, VAN, velden.get(kolommen.get(VAN)), false);
        LocalDate tot = datum(nummer, TOT, velden.get(kolommen.get(TOT)), true);
        if (van != null && van.getDayOfMonth() != 1) {
            fouten.add(new Tarieffout(naam, nummer, VAN, van + " is niet de eerste dag van een maand; een tarief geldt voor hele maanden"));
        }
        if (tot != null && !tot.equals(YearMonth.from(tot).atEndOfMonth())) {
            fouten.add(new Tarieffout(naam, nummer, TOT, tot + " is niet de laatste dag van een maand; een tarief geldt voor hele maanden"));
        }
        if (van != null && tot != null && tot.isBefore(van)) {
            fouten.add(new Tarieffout(naam, nummer, TOT, tot + " ligt voor van " + van));
        }
        Long bedrag = bedrag(nummer, velden.get(kolommen.get(BEDRAG)));
        String perTekst = velden.get(kolommen.get(PER));
        Optional<Tariefeenheid> per = Tariefeenheid.vanCode(perTekst);
        if (per.isEmpty()) {
            fouten.add(new Tarieffout(naam, nummer, PER, (perTekst.isEmpty() ? "leeg" : "onbekend: " + toon(perTekst))
                    + "; verwacht maand of 4-weken"));
        }
        if (fouten.size() > voor) {
            return Optional.empty();
        }
        return Optional.of(new Tarief(van, tot, bedrag, per.get()));
    }

    /** An ISO date; empty is allowed only where {@code leegMag} (an open {@code tot}). Null when empty or wrong. */
    private LocalDate datum(int nummer, String kolom, String tekst, boolean leegMag) {
        if (tekst.isEmpty()) {
            if (!leegMag) {
                fouten.add(new Tarieffout(naam, nummer, kolom, "leeg; verwacht een datum JJJJ-MM-DD"));
            }
            return null;
        }
        if (tekst.matches("\\d{4}-\\d{2}-\\d{2}")) {
            try {
                return LocalDate.parse(tekst);
            } catch (DateTimeParseException e) {
                // a well-formed but impossible date such as 2025-02-30: named below
            }
        }
        fouten.add(new Tarieffout(naam, nummer, kolom, toon(tekst) + " is geen datum JJJJ-MM-DD"));
        return null;
    }

    private Long bedrag(int nummer, String tekst) {
        if (tekst.matches("\\d{1,9}")) {
            long bedrag = Long.parseLong(tekst);
            if (bedrag > 0 && bedrag <= MAX_BEDRAG) {
                return bedrag;
            }
            fouten.add(new Tarieffout(naam, nummer, BEDRAG, bedrag + " ligt niet tussen 1 en " + MAX_BEDRAG + " eurocent"));
            return null;
        }
        fouten.add(new Tarieffout(naam, nummer, BEDRAG, (tekst.isEmpty() ? "leeg" : toon(tekst) + " is geen geheel aantal eurocenten")
                + "; schrijf 2100 voor € 21,00"));
        return null;
    }

    /** Periods in order of {@code van}, not overlapping, and only the last one open. */
    private void volgorde(int nummer, Tarief deze, int vorigeRegel, Tarief vorige) {
        if (deze.van().isBefore(vorige.van())) {
            fouten.add(new Tarieffout(naam, nummer, VAN, deze.van() + " ligt voor van " + vorige.van() + " van regel " + vorigeRegel
                    + "; zet de perioden op volgorde van van"));
        } else if (vorige.tot() == null) {
            fouten.add(new Tarieffout(naam, nummer, VAN, "overlapt met regel " + vorigeRegel + ", die geen tot heeft (open); alleen de laatste"
                    + " periode mag open zijn"));
        } else if (!deze.van().isAfter(vorige.tot())) {
            fouten.add(new Tarieffout(naam, nummer, VAN, deze.van() + " overlapt met regel " + vorigeRegel + " (tot " + vorige.tot() + ")"));
        }
    }

    /** A value in an error, quoted and cut short: the file is the operator's own, but a line may be anything. */
    private static String toon(String tekst) {
        return "'" + (tekst.length() > 30 ? tekst.substring(0, 30) + "…" : tekst) + "'";
    }
}
