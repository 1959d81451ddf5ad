package nl.samenspel.wmo.internal;

import org.osgi.service.metatype.annotations.AttributeDefinition;
import org.osgi.service.metatype.annotations.ObjectClassDefinition;

@ObjectClassDefinition(name = "Samenspel Wmo", description = "The Wmo module: its region and where refused files are kept")
public @interface WmoConfig {

    String PID = "nl.samenspel.wmo";

    @AttributeDefinition(name = "Regio", description = "Id of the region whose Wmo support this module holds (regional-config/regios/)")
    String regio() default "wmo-ijssel-vecht";

    @AttributeDefinition(name = "Map voor afgewezen bestanden",
            description = "Where a refused upload is kept, with its report beside it; default ${karaf.data}/wmo/afgewezen")
    String afgewezenMap() default "";
}
