package nl.samenspel.module;

import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.function.BiFunction;
import java.util.function.Function;
import nl.samenspel.api.privacy.Bsn;
import nl.samenspel.invoer.Veldlezer;

/** A kind of file a module reads, implemented by the module's enum of kinds: what it is called, where it goes, how a record of it is read. */
public interface Invoersoort {

    /** The kind's code: the path segment of an upload and the inbox folder. */
    String code();

    /** Whether a node sends records of this kind to the hub; the kinds the hub owns (master data) stay local. */
    boolean naarHub();

    /**
     * How one record of a kind is read from its fields, whatever the file's format: the module's
     * record, or null when a field was bad (the error is recorded in the {@link Veldlezer}).
     */
    @FunctionalInterface
    interface Lezer {

        /**
         * @param clientkolom {@code bsn} or {@code client}, for a kind about a client
         * @param pseudoniem  a BSN's pseudonym, for a kind about a client
         */
        Object lees(Veldlezer v, String clientkolom, Function<Bsn, String> pseudoniem);

        /** A kind whose record is read from its fields alone. */
        static Lezer van(Function<Veldlezer, ?> lezer) {
            return (v, clientkolom, pseudoniem) -> lezer.apply(v);
        }
    }

    /** How a record of this kind is read. */
    Lezer lezer();

    /** The reader of one file of this kind, with the pseudonyms of its import ({@link Importgang#pseudoniem()}). */
    default BiFunction<Veldlezer, String, Object> lezer(Function<Bsn, String> pseudoniem) {
        Lezer lezer = lezer();
        return (v, clientkolom) -> lezer.lees(v, clientkolom, pseudoniem);
    }

    static <S extends Enum<S> & Invoersoort> Optional<S> vanCode(Class<S> soorten, String code) {
        return Arrays.stream(soorten.getEnumConstants()).filter(s -> s.code().equals(code)).findFirst();
    }

    static <S extends Enum<S> & Invoersoort> List<String> codes(Class<S> soorten) {
        return Arrays.stream(soorten.getEnumConstants()).map(Invoersoort::code).toList();
    }
}
