package nl.samenspel.register.internal.laden;

import java.io.IOException;
import java.io.Reader;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;

/**
 * Reads a configuration CSV (RFC 4180, comma separated, UTF-8, header line) and
 * reports structural problems with the line number; the callers check the values.
 */
final class CsvBestand {

    private static final CSVFormat FORMAAT = CSVFormat.RFC4180.builder()
            .setHeader()
            .setSkipHeaderRecord(true)
            .setIgnoreEmptyLines(true)
            .setTrim(true)
            .setCommentMarker('#')
            .build();

    record Inhoud(List<String> kolommen, List<Regel> regels) {
    }

    /** A record with the line it is on, as an editor numbers lines (the header is line 1). */
    record Regel(long nummer, CSVRecord record) {
        String waar() {
            return "regel " + nummer;
        }

        String waar(String kolom) {
            return "regel " + nummer + ", kolom " + kolom;
        }

        String waarde(String kolom) {
            return record.isMapped(kolom) && record.isSet(kolom) ? record.get(kolom) : "";
        }
    }

    private CsvBestand() {
    }

    static Optional<Inhoud> lees(Path bestand, String naam, Fouten fouten) {
        if (!Files.isRegularFile(bestand)) {
            fouten.voegToe(naam, "", "bestand ontbreekt");
            return Optional.empty();
        }
        if (!Grootte.past(bestand, Grootte.CSV, naam, fouten)) {
            return Optional.empty();
        }
        try (Reader reader = StandardCharsets.UTF_8.newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT)
                .decode(java.nio.ByteBuffer.wrap(Files.readAllBytes(bestand)))
                .toString()
                .transform(java.io.StringReader::new);
             CSVParser parser = FORMAAT.parse(reader)) {
            List<String> kolommen = parser.getHeaderNames();
            List<Regel> regels = new java.util.ArrayList<>();
            long vorige = parser.getCurrentLineNumber();
            for (CSVRecord record : parser) {
                // the parser has consumed the record's line end, except on a last line without one
                long nu = parser.getCurrentLineNumber();
                Regel regel = new Regel(nu > vorige ? nu : nu + 1, record);
                vorige = nu;
                if (!record.isConsistent()) {
                    fouten.voegToe(naam, regel.waar(), record.size() + " velden, de kopregel heeft er " + kolommen.size());
                }
                regels.add(regel);
            }
            return Optional.of(new Inhoud(kolommen, regels));
        } catch (CharacterCodingException e) {
            fouten.voegToe(naam, "", "geen geldige UTF-8 tekst; sla het bestand op als CSV UTF-8");
        } catch (IOException | IllegalArgumentException | IllegalStateException e) {
            fouten.voegToe(naam, "", "onleesbaar als CSV: " + e.getMessage());
        }
        return Optional.empty();
    }
}
