package nl.samenspel.api.register;

import java.util.Objects;

/**
 * A municipality.
 *
 * @param code CBS gemeentecode, four digits with leading zeros (e.g. {@code 0193} for Zwolle)
 * @param naam the municipality's name
 * @param oin  Organisatie-identificatienummer, 20 digits; the exchange uses it to recognise a node's certificate
 */
public record Gemeente(String code, String naam, String oin) {

    public Gemeente {
        Objects.requireNonNull(code, "code");
        Objects.requireNonNull(naam, "naam");
        Objects.requireNonNull(oin, "oin");
    }

    /** True when {@code code} has the form of a CBS gemeentecode (four digits); says nothing about existence. */
    public static boolean isGeldigeCode(String code) {
        return code != null && code.matches("\\d{4}");
    }
}
