package nl.samenspel.beschermdwonen.internal.domein;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/** The code lists of the module's files; a code is the constant's name in lower case with hyphens. */
public final class Codes {

    private Codes() {
    }

    /** What kind of facility: protected housing inside, at home, shelter, women's shelter. */
    public enum Soort { INTRAMURAAL_BW, BESCHERMD_THUIS, MAATSCHAPPELIJKE_OPVANG, VROUWENOPVANG }

    /** The form of a placement; a full package at home may last at most six months. */
    public enum Vorm { INTRAMURAAL, VOLLEDIG_PAKKET_THUIS, BESCHERMD_THUIS, OPVANG }

    public enum Eindreden { UITSTROOM_ZELFSTANDIG, ANDERE_ZORG, OVERLEDEN, ANDERS }

    public enum Tariefeenheid { DAG, MAAND }

    public static String code(Enum<?> e) {
        return e.name().toLowerCase(Locale.ROOT).replace('_', '-');
    }

    public static <E extends Enum<E>> Optional<E> van(Class<E> soort, String code) {
        return Arrays.stream(soort.getEnumConstants()).filter(e -> code(e).equals(code)).findFirst();
    }

    public static <E extends Enum<E>> List<String> codes(Class<E> soort) {
        return Arrays.stream(soort.getEnumConstants()).map(Codes::code).toList();
    }
}
