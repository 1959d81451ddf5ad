package nl.samenspel.invoer;

import java.io.IOException;
import java.io.Reader;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.function.BiConsumer;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.apache.commons.csv.DuplicateHeaderMode;
import nl.samenspel.api.invoer.Invoerlimieten;
import nl.samenspel.api.invoer.Limietoverschrijding;

/**
 * A CSV file of one kind: checks the header against the kind's {@link Kolommen} (every
 * required column, nothing unknown, exactly one of an alternative pair such as {@code bsn}
 * and {@code client}) and hands each line to the kind's reader as a {@link Veldlezer} named
 * "regel n". UTF-8, {@code ;} as separator, a header row.
 */
public final class CsvBestand {

    public static final String BSN = "bsn";
    public static final String CLIENT = "client";

    /** Duplicate and empty header names are let through here and named by {@link #kopIsGoed}: the parser's refusal quotes the whole header. */
    private static final CSVFormat FORMAAT = CSVFormat.DEFAULT.builder().setDelimiter(';').setHeader()
            .setSkipHeaderRecord(true).setIgnoreEmptyLines(false).setTrim(true).setDuplicateHeaderMode(DuplicateHeaderMode.ALLOW_ALL)
            .setAllowMissingColumnNames(true).build();

    private static final CSVFormat REGELFORMAAT = CSVFormat.DEFAULT.builder().setDelimiter(';').setRecordSeparator("")
            .setNullString("").build();

    private CsvBestand() {
    }

    /** The columns of a kind of file. {@code eenVan}: exactly one of these must be present (empty: no such rule). */
    public record Kolommen(List<String> verplicht, List<String> optioneel, List<String> eenVan) {
        public Kolommen {
            verplicht = List.copyOf(verplicht);
            optioneel = List.copyOf(optioneel);
            eenVan = List.copyOf(eenVan);
        }

        public Kolommen(List<String> verplicht, List<String> optioneel) {
            this(verplicht, optioneel, List.of());
        }

        /**
         * The header of the exchange form: every column, with {@code client} (the pseudonym) where the
         * kind names a client, so the hub reads a node's batch with the same reader as any file.
         */
        public List<String> uitwisselkop() {
            List<String> kop = new java.util.ArrayList<>(verplicht);
            kop.addAll(optioneel);
            if (eenVan.contains(CLIENT)) {
                kop.add(CLIENT);
            }
            return kop;
        }
    }

    /** The bytes as UTF-8 text, or null with an error that says how to save the file right. */
    public static String utf8(byte[] inhoud, List<Regelfout> fouten) {
        try {
            return java.nio.charset.StandardCharsets.UTF_8.newDecoder().onMalformedInput(java.nio.charset.CodingErrorAction.REPORT)
                    .onUnmappableCharacter(java.nio.charset.CodingErrorAction.REPORT).decode(java.nio.ByteBuffer.wrap(inhoud)).toString();
        } catch (java.nio.charset.CharacterCodingException e) {
            fouten.add(new Regelfout("bestand", "", "geen UTF-8; sla het bestand op als UTF-8 (CSV UTF-8 in Excel)"));
            return null;
        }
    }

    /**
     * One record as a CSV line in the format {@link #lees} reads (separator {@code ;}, quotes where
     * needed, no line end); null values become empty fields.
     */
    public static String regel(List<String> waarden) {
        StringBuilder sb = new StringBuilder();
        try {
            REGELFORMAAT.printRecord(sb, waarden.toArray());
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e); // a StringBuilder does not throw
        }
        return sb.toString();
    }

    /** Which client column a header has: {@code bsn} or {@code client}; null when neither. */
    public static String clientkolom(Set<String> kolommen) {
        return kolommen.contains(BSN) ? BSN : kolommen.contains(CLIENT) ? CLIENT : null;
    }

    /** Reads every line with the default bounds; see {@link #lees(String, Kolommen, Invoerlimieten, List, BiConsumer)}. */
    public static Set<String> lees(String tekst, Kolommen soort, List<Regelfout> fouten, BiConsumer<Veldlezer, Set<String>> perRegel) {
        return lees(tekst, soort, Invoerlimieten.standaard(), fouten, perRegel);
    }

    /**
     * Reads every line; a bad header stops at the header (the lines cannot be read without it). A
     * line longer than {@code csvRegellengte} characters or with more than {@code csvVelden}
     * fields refuses the file at once, with the bound as the error's field; the lines are
     * measured before the parser sees them, so no such line is ever split into fields. No error
     * repeats a cell or a header name that could hold a person's data: the parser's own messages
     * quote them, so they are replaced by words of our own with the line number.
     *
     * @return the header's columns, or an empty set when the header was refused
     */
    public static Set<String> lees(String tekst, Kolommen soort, Invoerlimieten limieten, List<Regelfout> fouten,
                                   BiConsumer<Veldlezer, Set<String>> perRegel) {
        String zonderBom = tekst.startsWith("\uFEFF") ? tekst.substring(1) : tekst;
        if (!regelsPassen(zonderBom, limieten, fouten)) {
            return Set.of();
        }
        CSVParser parser = null;
        // where the next record starts: a broken quote is reported there, not where the parser gave up (often the last line)
        long volgende = 1;
        try (Reader reader = new StringReader(zonderBom)) {
            parser = FORMAAT.parse(reader);
            volgende = parser.getCurrentLineNumber() + 1;
            List<String> kop = parser.getHeaderNames();
            if (kop.size() > limieten.csvVelden()) {
                fouten.add(grens("kopregel", "csvVelden", limieten.csvVelden(), "de kopregel heeft meer dan " + limieten.csvVelden() + " kolommen"));
                return Set.of();
            }
            Set<String> kolommen = new LinkedHashSet<>(kop);
            if (!kopIsGoed(kop, soort, fouten)) {
                return Set.of();
            }
            for (java.util.Iterator<CSVRecord> regels = parser.iterator(); regels.hasNext(); volgende = parser.getCurrentLineNumber() + 1) {
                CSVRecord record = regels.next();
                // empty lines are read as records and skipped here, so that "regel n" is the line an editor shows
                if (record.size() == 1 && record.get(0).isEmpty()) {
                    continue;
                }
                String plaats = "regel " + (record.getRecordNumber() + 1);
                if (record.size() > limieten.csvVelden()) {
                    fouten.add(grens(plaats, "csvVelden", limieten.csvVelden(), "de regel heeft meer dan " + limieten.csvVelden() + " velden"));
                    return kolommen;
                }
                if (lengte(record) > limieten.csvRegellengte()) {
                    // a quoted field can hold line ends: the record, not only the physical line, is bounded
                    fouten.add(grens(plaats, "csvRegellengte", limieten.csvRegellengte(), "de regel is langer dan "
                            + limieten.csvRegellengte() + " tekens"));
                    return kolommen;
                }
                if (!record.isConsistent()) {
                    fouten.add(new Regelfout(plaats, "", record.size() + " velden, de kopregel heeft er " + kolommen.size()));
                    continue;
                }
                perRegel.accept(new Veldlezer(plaats, k -> record.isMapped(k) ? record.get(k) : null, fouten), kolommen);
            }
            return kolommen;
        } catch (IOException | UncheckedIOException | IllegalArgumentException | IllegalStateException e) {
            // commons-csv reports a broken quote this way, in words that quote the cells around it
            fouten.add(new Regelfout(parser == null ? "kopregel" : "regel " + volgende, "", "geen leesbare CSV vanaf deze regel: een"
                    + " aanhalingsteken (\") staat midden in een veld of wordt niet gesloten; zet een veld met ; of \" tussen \" en"
                    + " schrijf een \" erin als \"\""));
            return Set.of();
        }
    }

    /**
     * Every physical line within the bound, measured before parsing; false with the error named. A
     * line ends at LF, CRLF or a lone CR, as the parser reads it; the search for LF is the fast path.
     */
    /**
     * Whether every physical line fits the bound, in one pass over the text (a line ends at LF, CR
     * or CRLF), before commons-csv holds any line: it would read a line of any length whole.
     */
    private static boolean regelsPassen(String tekst, Invoerlimieten limieten, List<Regelfout> fouten) {
        int max = limieten.csvRegellengte();
        int regel = 1;
        int lengte = 0;
        for (int i = 0; i < tekst.length(); i++) {
            char c = tekst.charAt(i);
            if (c == '\n' || c == '\r') {
                if (c == '\r' && i + 1 < tekst.length() && tekst.charAt(i + 1) == '\n') {
                    i++;
                }
                regel++;
                lengte = 0;
            } else if (++lengte > max) {
                fouten.add(grens(regel == 1 ? "kopregel" : "regel " + regel, "csvRegellengte", max, "de regel is langer dan " + max + " tekens"));
                return false;
            }
        }
        return true;
    }

    private static long lengte(CSVRecord record) {
        long som = record.size();
        for (String waarde : record) {
            som += waarde.length();
        }
        return som;
    }

    private static Regelfout grens(String plaats, String sleutel, long waarde, String melding) {
        return new Regelfout(plaats, sleutel, new Limietoverschrijding(sleutel, waarde, melding).getMessage());
    }

    /**
     * Every required column present, nothing unknown, nothing twice, no column without a name. A
     * header name is repeated only when it is one of the kind's own columns: a file without a
     * header has a line of data there, and that could be a BSN or a name.
     */
    private static boolean kopIsGoed(List<String> kop, Kolommen soort, List<Regelfout> fouten) {
        int voor = fouten.size();
        List<String> bekend = new ArrayList<>(soort.verplicht());
        bekend.addAll(soort.optioneel());
        bekend.addAll(soort.eenVan());
        Set<String> kolommen = new LinkedHashSet<>(kop);
        for (String kolom : soort.verplicht()) {
            if (!kolommen.contains(kolom)) {
                fouten.add(new Regelfout("kopregel", kolom, "kolom ontbreekt; verwacht (gescheiden door ;): " + String.join(";", soort.verplicht())));
            }
        }
        if (!soort.eenVan().isEmpty() && soort.eenVan().stream().filter(kolommen::contains).count() != 1) {
            fouten.add(new Regelfout("kopregel", String.join("/", soort.eenVan()), "precies een van de kolommen "
                    + String.join(" en ", soort.eenVan()) + " hoort erin"));
        }
        Set<String> gezien = new java.util.HashSet<>();
        for (int i = 0; i < kop.size(); i++) {
            String kolom = kop.get(i);
            String positie = "kolom " + (i + 1);
            if (kolom == null || kolom.isBlank()) {
                fouten.add(new Regelfout("kopregel", positie, "de kolom heeft geen naam; bekend: " + String.join(", ", bekend)));
            } else if (!bekend.contains(kolom)) {
                String bedoeld = lijktOp(kolom, bekend, kolommen);
                fouten.add(new Regelfout("kopregel", positie, "onbekende kolom" + (bedoeld == null ? "" : " (bedoeld: " + bedoeld + "?)")
                        + "; bekend: " + String.join(", ", bekend)));
            } else if (!gezien.add(kolom)) {
                fouten.add(new Regelfout("kopregel", kolom, "de kolom staat er twee keer in (ook als " + positie + ")"));
            }
        }
        return fouten.size() == voor;
    }

    /**
     * The known column, not in the header yet, that an unknown name most likely meant: one starts
     * with the other, one abbreviates the other, or they differ in at most a third of their letters. Named instead of the
     * unknown name itself, which is not repeated.
     */
    private static String lijktOp(String kolom, List<String> bekend, Set<String> aanwezig) {
        String klein = kolom.strip().toLowerCase(java.util.Locale.ROOT);
        String beste = null;
        int besteAfstand = Integer.MAX_VALUE;
        for (String b : bekend) {
            if (aanwezig.contains(b)) {
                continue;
            }
            int afstand = klein.length() >= 3 && (b.startsWith(klein) || klein.startsWith(b)) || afkorting(klein, b) ? 0 : afstand(klein, b);
            if (afstand <= Math.max(1, b.length() / 3) && afstand < besteAfstand) {
                beste = b;
                besteAfstand = afstand;
            }
        }
        return beste;
    }

    /** {@code nr} for {@code nummer}: the same first letter, and every letter in the known name's order. */
    private static boolean afkorting(String kort, String lang) {
        if (kort.length() < 2 || kort.length() >= lang.length() || kort.charAt(0) != lang.charAt(0)) {
            return false;
        }
        int j = 0;
        for (int i = 0; i < lang.length() && j < kort.length(); i++) {
            if (lang.charAt(i) == kort.charAt(j)) {
                j++;
            }
        }
        return j == kort.length();
    }

    /** Levenshtein distance; header names are short, and a long one is not compared at all. */
    private static int afstand(String a, String b) {
        if (a.length() > 64) {
            return Integer.MAX_VALUE;
        }
        int[] vorige = new int[b.length() + 1];
        int[] huidige = new int[b.length() + 1];
        for (int j = 0; j <= b.length(); j++) {
            vorige[j] = j;
        }
        for (int i = 1; i <= a.length(); i++) {
            huidige[0] = i;
            for (int j = 1; j <= b.length(); j++) {
                int kosten = a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1;
                huidige[j] = Math.min(Math.min(huidige[j - 1] + 1, vorige[j] + 1), vorige[j - 1] + kosten);
            }
            int[] t = vorige;
            vorige = huidige;
            huidige = t;
        }
        return vorige[b.length()];
    }
}
