package nl.samenspel.api.code;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * An enum whose constants have a code: the word files, the database and the API use for them. By
 * default the code is the constant's name in lower case with {@code _} as {@code -}
 * ({@code GEEN_TARIEF}: {@code geen-tarief}), so that code and name cannot drift apart; an enum
 * whose codes are no such words (a code that starts with a digit) overrides {@link #code()}.
 * Renaming a constant renames its code: what is stored and exchanged under the old one no longer reads.
 */
public interface Gecodeerd {

    /** Implemented by every enum: {@link Enum#name()}. */
    String name();

    default String code() {
        return name().toLowerCase(Locale.ROOT).replace('_', '-');
    }

    /** The constant of {@code soort} with this code; empty when none has it (also for null). */
    static <E extends Enum<E> & Gecodeerd> Optional<E> vanCode(Class<E> soort, String code) {
        return Arrays.stream(soort.getEnumConstants()).filter(e -> e.code().equals(code)).findFirst();
    }

    /** The codes of {@code soort}, in the order of its constants: the values a file may use, for a message. */
    static <E extends Enum<E> & Gecodeerd> List<String> codes(Class<E> soort) {
        return Arrays.stream(soort.getEnumConstants()).map(Gecodeerd::code).toList();
    }
}
