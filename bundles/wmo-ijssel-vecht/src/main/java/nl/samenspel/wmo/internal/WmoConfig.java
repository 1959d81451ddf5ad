package nl.samenspel.wmo.internal;

import nl.samenspel.module.Moduleimport;
import org.osgi.service.metatype.annotations.AttributeDefinition;
import org.osgi.service.metatype.annotations.ObjectClassDefinition;

@ObjectClassDefinition(name = "Samenspel Wmo", description = "The Wmo module: its region and where refused files are kept")
public @interface WmoConfig {

    String PID = "nl.samenspel.wmo";

    @AttributeDefinition(name = "Regio", description = "Id of the region whose Wmo support this module holds (regional-config/regios/)")
    String regio() default "wmo-ijssel-vecht";

    @AttributeDefinition(name = Moduleimport.AFGEWEZEN_MAP, description = Moduleimport.AFGEWEZEN_MAP_UITLEG + "wmo/afgewezen")
    String afgewezenMap() default "";
}
