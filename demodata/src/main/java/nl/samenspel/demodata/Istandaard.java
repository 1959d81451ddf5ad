package nl.samenspel.demodata;

import java.util.Map;

/**
 * The two message standards the demo writes. iJw and iWmo 3.2 share every message structure
 * and differ only in namespace, BerichtCode and the XSD versions the header declares, so one
 * set of message writers serves both, told apart by this value.
 */
enum Istandaard {

    IJW("ijw", "jw", "0.1.0", "0.1.0", Map.of("301", "436", "305", "438", "307", "440", "323", "490")),
    IWMO("iwmo", "wmo", "1.0.0", "1.0.0", Map.of("301", "414", "305", "418", "307", "420", "323", "484"));

    private final String code;
    private final String berichtvoorvoegsel;
    private final String basisschemaXsdVersie;
    private final String berichtXsdVersie;
    private final Map<String, String> berichtcodes;

    Istandaard(String code, String berichtvoorvoegsel, String basisschemaXsdVersie, String berichtXsdVersie,
            Map<String, String> berichtcodes) {
        this.code = code;
        this.berichtvoorvoegsel = berichtvoorvoegsel;
        this.basisschemaXsdVersie = basisschemaXsdVersie;
        this.berichtXsdVersie = berichtXsdVersie;
        this.berichtcodes = berichtcodes;
    }

    /** The prefix the basisschema namespace gets in a written message: {@code ijw} or {@code iwmo}. */
    String prefix() {
        return code;
    }

    /** The message name of a number: {@code jw301}, {@code wmo323}. */
    String bericht(String nummer) {
        berichtcode(nummer);
        return berichtvoorvoegsel + nummer;
    }

    /** The namespace of a message, {@code http://www.istandaarden.nl/iwmo/3_2/wmo301/schema}. */
    String namespace(String bericht) {
        return "http://www.istandaarden.nl/" + code + "/3_2/" + bericht + "/schema";
    }

    String basisschema() {
        return namespace("basisschema");
    }

    /** Header/BerichtCode of a message number (301, 305, 307, 323). */
    String berichtcode(String nummer) {
        String berichtcode = berichtcodes.get(nummer);
        if (berichtcode == null) {
            throw new IllegalArgumentException("no " + code + " message " + nummer);
        }
        return berichtcode;
    }

    /** The versions the shared 3.2 XSDs of this standard declare in their appinfo. */
    String basisschemaXsdVersie() {
        return basisschemaXsdVersie;
    }

    String berichtXsdVersie() {
        return berichtXsdVersie;
    }
}
