package nl.samenspel.jeugdhulp.internal;

import nl.samenspel.module.Moduleimport;
import org.osgi.service.metatype.annotations.AttributeDefinition;
import org.osgi.service.metatype.annotations.ObjectClassDefinition;

@ObjectClassDefinition(name = "Samenspel jeugdhulp", description = "The youth-care module: its region and where refused files are kept")
public @interface JeugdhulpConfig {

    String PID = "nl.samenspel.jeugdhulp";

    @AttributeDefinition(name = "Regio", description = "Id of the region whose youth care this module holds (regional-config/regios/)")
    String regio() default "jeugdhulp-ijsselland";

    @AttributeDefinition(name = Moduleimport.AFGEWEZEN_MAP, description = Moduleimport.AFGEWEZEN_MAP_UITLEG + "jeugdhulp/afgewezen")
    String afgewezenMap() default "";
}
