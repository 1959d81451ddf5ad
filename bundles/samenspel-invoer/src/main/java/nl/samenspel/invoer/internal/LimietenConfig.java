package nl.samenspel.invoer.internal;

import org.osgi.service.metatype.annotations.AttributeDefinition;
import org.osgi.service.metatype.annotations.ObjectClassDefinition;

/** The bounds on input (docs/security.md, "Begrensde invoer"); the defaults are those of {@code Invoerlimieten.standaard()}. */
@ObjectClassDefinition(name = "Samenspel input bounds",
        description = "Bounds on every upload, inbox file, archive, CSV, XML and JSON input; over a bound, input is refused with the bound named")
@interface LimietenConfig {

    @AttributeDefinition(name = "Upload / inbox file (bytes)", min = "1024")
    long uploadBytes() default 64L * 1024 * 1024;

    @AttributeDefinition(name = "JSON body or model file (bytes)", min = "1024")
    long jsonBytes() default 1024L * 1024;

    @AttributeDefinition(name = "JSON nesting depth", min = "4", max = "1000")
    int jsonDiepte() default 32;

    @AttributeDefinition(name = "JSON array length", min = "10")
    int jsonLijst() default 10_000;

    @AttributeDefinition(name = "JSON string length (characters)", min = "100")
    int jsonTekst() default 10_000;

    @AttributeDefinition(name = "ZIP entries", min = "1")
    int zipBerichten() default 200_000;

    @AttributeDefinition(name = "ZIP inflated size, all entries (bytes)", min = "1024")
    long zipUitgepakt() default 512L * 1024 * 1024;

    @AttributeDefinition(name = "ZIP compression ratio", description = "Inflated / compressed, per entry and for the archive", min = "2")
    int zipVerhouding() default 100;

    @AttributeDefinition(name = "CSV line length (characters)", min = "100")
    int csvRegellengte() default 10_000;

    @AttributeDefinition(name = "CSV fields per line", min = "2")
    int csvVelden() default 100;

    @AttributeDefinition(name = "XML nesting depth", min = "4", max = "1000")
    int xmlDiepte() default 32;

    @AttributeDefinition(name = "Decimal precision (digits)", min = "1", max = "100")
    int decimaalPrecisie() default 20;

    @AttributeDefinition(name = "Decimal scale (digits after the point)", min = "0", max = "50")
    int decimaalSchaal() default 10;
}
