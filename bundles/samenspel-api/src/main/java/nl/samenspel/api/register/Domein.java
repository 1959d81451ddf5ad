package nl.samenspel.api.register;

import java.util.Optional;
import nl.samenspel.api.code.Gecodeerd;

/** The legal domain a region collaborates in; the code ({@code beschermd-wonen}) is what configuration files and the API use. */
public enum Domein implements Gecodeerd {
    JEUGDHULP,
    WMO,
    BESCHERMD_WONEN;

    /** The Karaf feature of the module that serves this domain; a node of a member municipality boots it. */
    public String moduleFeature() {
        return "samenspel-" + code();
    }

    public static Optional<Domein> vanCode(String code) {
        return Gecodeerd.vanCode(Domein.class, code);
    }
}
