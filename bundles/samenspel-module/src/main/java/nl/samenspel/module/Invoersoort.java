package nl.samenspel.module;

import java.util.Arrays;
import java.util.List;
import java.util.Optional;

/** A kind of file a module reads, implemented by the module's enum of kinds. */
public interface Invoersoort {

    /** The kind's code: the path segment of an upload and the inbox folder. */
    String code();

    /** Whether a node sends records of this kind to the hub; the kinds the hub owns (master data) stay local. */
    boolean naarHub();

    static <S extends Enum<S> & Invoersoort> Optional<S> vanCode(Class<S> soorten, String code) {
        return Arrays.stream(soorten.getEnumConstants()).filter(s -> s.code().equals(code)).findFirst();
    }

    static <S extends Enum<S> & Invoersoort> List<String> codes(Class<S> soorten) {
        return Arrays.stream(soorten.getEnumConstants()).map(Invoersoort::code).toList();
    }
}
