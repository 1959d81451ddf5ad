package nl.samenspel.api.register;

import java.util.Arrays;
import java.util.Optional;

/** The legal domain a region collaborates in; the code is what configuration files and the API use. */
public enum Domein {
    JEUGDHULP("jeugdhulp"),
    WMO("wmo"),
    BESCHERMD_WONEN("beschermd-wonen");

    private final String code;

    Domein(String code) {
        this.code = code;
    }

    public String code() {
        return code;
    }

    /** The Karaf feature of the module that serves this domain; a node of a member municipality boots it. */
    public String moduleFeature() {
        return "samenspel-" + code;
    }

    public static Optional<Domein> vanCode(String code) {
        return Arrays.stream(values()).filter(d -> d.code.equals(code)).findFirst();
    }
}
