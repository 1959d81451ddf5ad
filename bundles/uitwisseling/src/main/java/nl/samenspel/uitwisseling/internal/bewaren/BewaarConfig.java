package nl.samenspel.uitwisseling.internal.bewaren;

import org.osgi.service.metatype.annotations.AttributeDefinition;
import org.osgi.service.metatype.annotations.ObjectClassDefinition;

/** How long files with personal data are kept on this installation (docs/privacy.md). */
@ObjectClassDefinition(name = "Samenspel retention of kept files",
        description = "Days that read and refused files stay on disk before the daily clean-up deletes them")
@interface BewaarConfig {

    String PID = "nl.samenspel.bewaren";

    @AttributeDefinition(name = "Klaar (days)", description = "Accepted originals in the exchange's klaar/; their records are stored", min = "1")
    int klaarDagen() default 30;

    @AttributeDefinition(name = "Fout (days)", description = "Refused inbox files and their reports in the exchange's fout/", min = "1")
    int foutDagen() default 90;

    @AttributeDefinition(name = "Afgewezen (days)", description = "Refused uploads in each module's refused-files folder", min = "1")
    int afgewezenDagen() default 90;

    @AttributeDefinition(name = "Interval (hours)", description = "How often the clean-up runs; it also runs a minute after the start", min = "1")
    int intervalUren() default 24;
}
