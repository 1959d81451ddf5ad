package nl.samenspel.invoer;

import java.io.IOException;
import java.io.Reader;
import java.io.StringReader;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.function.BiConsumer;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;

/**
 * A CSV file of one kind: checks the header against the kind's {@link Kolommen} (every
 * required column, nothing unknown, exactly one of an alternative pair such as {@code bsn}
 * and {@code client}) and hands each line to the kind's reader as a {@link Veldlezer} named
 * "regel n". UTF-8, {@code ;} as separator, a header row.
 */
public final class CsvBestand {

    public static final String BSN = "bsn";
    public static final String CLIENT = "client";

    private static final CSVFormat FORMAAT = CSVFormat.DEFAULT.builder().setDelimiter(';').setHeader()
            .setSkipHeaderRecord(true).setIgnoreEmptyLines(false).setTrim(true).build();

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

    /**
     * Reads every line; a bad header stops at the header (the lines cannot be read without it).
     *
     * @return the header's columns, or an empty set when the header was refused
     */
    public static Set<String> lees(String tekst, Kolommen soort, List<Regelfout> fouten, BiConsumer<Veldlezer, Set<String>> perRegel) {
        try (Reader reader = new StringReader(tekst.startsWith("\uFEFF") ? tekst.substring(1) : tekst);
             CSVParser parser = FORMAAT.parse(reader)) {
            Set<String> kolommen = new LinkedHashSet<>(parser.getHeaderNames());
            if (!kopIsGoed(kolommen, soort, fouten)) {
                return Set.of();
            }
            for (CSVRecord record : parser) {
                // empty lines are read as records and skipped here, so that "regel n" is the line an editor shows
                if (record.size() == 1 && record.get(0).isEmpty()) {
                    continue;
                }
                String plaats = "regel " + (record.getRecordNumber() + 1);
                if (!record.isConsistent()) {
                    fouten.add(new Regelfout(plaats, "", record.size() + " velden, de kopregel heeft er " + kolommen.size()));
                    continue;
                }
                perRegel.accept(new Veldlezer(plaats, k -> record.isMapped(k) ? record.get(k) : null, fouten), kolommen);
            }
            return kolommen;
        } catch (IOException | IllegalArgumentException | IllegalStateException e) {
            // commons-csv reports a broken quote or a duplicate header this way
            fouten.add(new Regelfout("bestand", "", "geen leesbare CSV: " + e.getMessage()));
            return Set.of();
        }
    }

    private static boolean kopIsGoed(Set<String> kolommen, Kolommen soort, List<Regelfout> fouten) {
        int voor = fouten.size();
        List<String> bekend = new ArrayList<>(soort.verplicht());
        bekend.addAll(soort.optioneel());
        for (String kolom : soort.verplicht()) {
            if (!kolommen.contains(kolom)) {
                fouten.add(new Regelfout("kopregel", kolom, "kolom ontbreekt; verwacht (gescheiden door ;): " + String.join(";", soort.verplicht())));
            }
        }
        if (!soort.eenVan().isEmpty()) {
            bekend.addAll(soort.eenVan());
            if (soort.eenVan().stream().filter(kolommen::contains).count() != 1) {
                fouten.add(new Regelfout("kopregel", String.join("/", soort.eenVan()), "precies een van de kolommen "
                        + String.join(" en ", soort.eenVan()) + " hoort erin"));
            }
        }
        for (String kolom : kolommen) {
            if (!bekend.contains(kolom)) {
                fouten.add(new Regelfout("kopregel", kolom, "onbekende kolom; bekend: " + String.join(", ", bekend)));
            }
        }
        return fouten.size() == voor;
    }
}
