package nl.samenspel.invoer;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.StreamReadConstraints;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import java.io.IOException;
import java.io.UncheckedIOException;

/**
 * The JSON form in which the hub publishes a module's master data to its nodes
 * ({@link Invoermodule#stamgegevens()}, {@link Invoermodule#hubStamgegevens}). Each module
 * defines its document as a record with a version; this class writes it, and reads it back
 * within bounds: the hub is authenticated, but what it sends is still not trusted to be small
 * or of a form this node knows.
 */
public final class Stamgegevensdocument {

    /** A module's document: its form's version comes first, so a node refuses a form it does not know rather than misread it. */
    public interface Versie {
        int versie();
    }

    private static final ObjectMapper JSON = new ObjectMapper(JsonFactory.builder()
            .streamReadConstraints(StreamReadConstraints.builder().maxNestingDepth(8).maxStringLength(64 * 1024).build()).build())
            .registerModule(new JavaTimeModule())
            .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS)
            .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES);

    private Stamgegevensdocument() {
    }

    /** Added to what only the check against the hub's master data found. */
    public static final String VOLGENS_HUB = " (volgens de stamgegevens van de hub, die de batch anders weigert;"
            + " docs/uitwisseling.md, \"Stamgegevens\")";

    /**
     * Adds to a file's report what the same checks found against the hub's master data and not
     * against this installation's own, each named as the hub's.
     */
    public static void volgensHub(java.util.List<Regelfout> fouten, java.util.List<Regelfout> volgensHub) {
        volgensHub.stream().filter(f -> !fouten.contains(f))
                .map(f -> new Regelfout(f.plaats(), f.veld(), f.melding() + VOLGENS_HUB)).forEach(fouten::add);
    }

    public static byte[] schrijf(Versie document) {
        try {
            return JSON.writeValueAsBytes(document);
        } catch (JsonProcessingException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * @throws IllegalArgumentException for a document that does not read as {@code vorm}, or has
     *                                  another version than {@code versie}; the message never repeats the document
     */
    public static <T extends Versie> T lees(byte[] document, Class<T> vorm, int versie) {
        T gelezen;
        try {
            gelezen = JSON.readValue(document, vorm);
        } catch (JsonProcessingException e) {
            throw new IllegalArgumentException("de stamgegevens van de hub zijn onleesbaar: " + e.getOriginalMessage()
                    + (e.getLocation() == null ? "" : " (regel " + e.getLocation().getLineNr() + ", kolom " + e.getLocation().getColumnNr() + ")"));
        } catch (IOException e) {
            throw new IllegalArgumentException("de stamgegevens van de hub zijn onleesbaar: " + e.getMessage());
        }
        if (gelezen == null || gelezen.versie() != versie) {
            throw new IllegalArgumentException("de stamgegevens van de hub hebben versie " + (gelezen == null ? "geen" : gelezen.versie())
                    + "; dit knooppunt leest versie " + versie + " (werk het knooppunt bij)");
        }
        return gelezen;
    }
}
